import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

test('Chromium finds the app installable, with the manifest icons it needs', async ({ baseURL }) => {
	// Installability is reported only in a persistent (non-incognito) context.
	const profile = mkdtempSync(join(tmpdir(), 'qaitala-pwa-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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

test('the service worker precaches every page and every bank', async ({ page }) => {
	await page.goto('/en/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
		return urls;
	});
	const index = await (await page.request.get('/banks/index.json')).json();
	for (const lang of ['kk', 'ru', 'en']) {
		expect(cached).toContain(`/${lang}/`);
		expect(cached).toContain(`/${lang}/settings/`);
		expect(cached).toContain(`/${lang}/study/due/`);
		for (const topic of index.topics) {
			expect(cached).toContain(`/banks/${lang}/${topic.id}.json`);
			expect(cached).toContain(`/${lang}/study/${topic.id}/`);
		}
	}
	expect(cached).toContain('/banks/index.json');
});
