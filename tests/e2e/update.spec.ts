import { createServer, type Server } from 'node:http';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { test, expect, cardsLeft, waitForServiceWorkerControl } from './fixtures';

// A copy of the build served on its own port, so the test can publish a "new version": vite preview serves .svelte-kit/output, not build/.
let root: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'qaitala-update-'));
	cpSync('build', root, { recursive: true });
	const serve = sirv(root, { dev: true }); // dev: re-read files on every request
	server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(root, { recursive: true, force: true });
});

test('a new version is announced, applied only on "Reload", and progress survives it', async ({ page }) => {
	await page.goto(`${origin}/en/study/eu-kz-institutions/`);
	await waitForServiceWorkerControl(page);
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const left = await cardsLeft(page);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect.poll(() => cardsLeft(page)).toBe(left - 1);
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

	// Publish a new version: any change to sw.js makes the browser install it and leave it waiting.
	appendFileSync(join(root, 'sw.js'), '\n// next version\n');
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	await expect(page.getByText('A new version of Qaitala is available.')).toBeVisible();
	// Still the old version until the student chooses: the session goes on.
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect.poll(() => cardsLeft(page)).toBe(left - 2);

	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	expect(await cardsLeft(page)).toBe(left - 2);
	await expect(page.getByText('A new version of Qaitala is available.')).toBeHidden();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
	const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
	expect(waiting).toBeNull();
});
