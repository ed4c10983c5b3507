import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForPacks, waitForServiceWorkerControl } from './fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

test('Chromium finds the app installable, with the manifest icons it needs', async ({ baseURL }) => {
	// Installability is reported only in a persistent (non-incognito) context.
	const profile = mkdtempSync(join(tmpdir(), 'qaitala-pwa-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/kk/`);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { errors } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);

		const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
		const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
		expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
		expect(manifest.theme_color).toMatch(/^#/);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the service worker keeps the shell and the student’s language, and another language once chosen', async ({
	page
}) => {
	const cachedPaths = () =>
		page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
			return urls;
		});
	await page.goto('/en/');
	await waitForServiceWorkerControl(page);
	const index = await (await page.request.get('/banks/index.json')).json();
	let cached = await cachedPaths();
	expect(cached).toContain('/banks/index.json');
	expect(cached).toContain('/404.html');
	expect(cached).toContain('/en/');
	expect(cached).toContain('/en/study/due/__data.json');
	for (const topic of index.topics) {
		expect(cached).toContain(`/banks/en/${topic.id}.json`);
		expect(cached).toContain(`/en/study/${topic.id}/__data.json`);
		expect(cached).toContain(`/en/quiz/${topic.id}/__data.json`);
	}
	// What a student of English alone never opens is not downloaded: other languages, instructors' tools.
	expect(cached.filter((path) => /^\/(ru|kk)\/|^\/banks\/(ru|kk)\//.test(path))).toEqual([]);
	expect(cached.filter((path) => path.endsWith('.wasm'))).toEqual([]);

	// Russian chosen: its pages and banks are kept too.
	await page.goto('/ru/');
	await waitForPacks(page, ['pages-ru', 'banks-ru']);
	cached = await cachedPaths();
	expect(cached).toContain('/ru/');
	for (const topic of index.topics) {
		expect(cached).toContain(`/banks/ru/${topic.id}.json`);
		expect(cached).toContain(`/ru/study/${topic.id}/__data.json`);
	}
});
