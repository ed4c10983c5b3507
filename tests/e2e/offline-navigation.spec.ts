import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorkerControl } from './fixtures';

/**
 * Offline, every link is tapped (client-side navigation, not a reload): SvelteKit then asks for
 * `__data.json?x-sveltekit-invalidated=…`, which must still be answered from the precache.
 */
const HOME_HEADING = { kk: 'Тақырыптарыңыз', ru: 'Ваши темы', en: 'Your topics' } as const;

/** Same-origin paths linked from the page, without duplicates, in page order. */
async function internalLinks(page: Page): Promise<string[]> {
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return [...new Set(hrefs.filter((href) => !href.includes('#')))];
}

/** Taps the first link to `href` the way a finger does, waits for the page and checks it is no error page. */
async function tapAndCheck(page: Page, href: string): Promise<void> {
	await page
		.locator(`a[href="${href}"]`)
		.first()
		.evaluate((a: HTMLAnchorElement) => a.click());
	await page.waitForURL((url) => url.pathname === href);
	await expect(page.locator('h1').first(), href).toBeVisible();
	await expect(page.locator('main.error'), `${href} offline`).toHaveCount(0);
}

for (const language of ['kk', 'ru', 'en'] as const) {
	test(`${language}: offline, every link on the home page opens by a tap`, async ({ page, context }) => {
		test.setTimeout(90_000); // ~35 pages, each a real client-side navigation
		await page.goto(`/${language}/`);
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);

		const home = page.getByRole('heading', { level: 1, name: HOME_HEADING[language] });
		await expect(home).toBeVisible();
		const links = await internalLinks(page);
		expect(links.filter((href) => href.includes('/study/')).length).toBeGreaterThanOrEqual(14);
		expect(links.filter((href) => href.includes('/quiz/')).length).toBeGreaterThanOrEqual(14);

		for (const href of links) {
			if (href === `/${language}/`) continue;
			await tapAndCheck(page, href);
			await page.goBack();
			await expect(home).toBeVisible();
		}
		await context.setOffline(false);
	});
}

test('ru: offline, a tapped study link shows a card and a tapped quiz link a question', async ({ page, context }) => {
	await page.goto('/ru/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);

	await tapAndCheck(page, '/ru/study/eu-aid-programmes/');
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	await page.goBack();
	await tapAndCheck(page, '/ru/quiz/eu-aid-programmes/');
	await expect(page.getByRole('button', { name: 'Проверить' })).toBeVisible();
	await context.setOffline(false);
});

test('kk: offline, pages opened afresh with a query (several topics, free practice) still load', async ({
	page,
	context
}) => {
	await page.goto('/kk/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.goto('/kk/study/mix/?topic=kz-china&topic=kz-usa');
	await expect(page.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();
	await page.goto('/kk/quiz/kz-china/?practice=free');
	await expect(page.getByRole('note')).toHaveText('Еркін жаттығу: мұндағы жауаптарыңыз қайталау кестесін өзгертпейді.');
	await context.setOffline(false);
});

test('en: a page whose data is missing offline shows a translated error with a way home', async ({
	page,
	context,
	consoleErrors
}) => {
	await page.goto('/en/');
	await waitForServiceWorkerControl(page);
	// Take one data file out of the precache, as if the cache had been trimmed: offline it cannot load.
	const removed = await page.evaluate(async () => {
		let count = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				if (new URL(request.url).pathname === '/en/study/eu-aid-programmes/__data.json')
					count += Number(await cache.delete(request));
			}
		}
		return count;
	});
	expect(removed).toBe(1);
	await context.setOffline(true);
	await page
		.locator('a[href="/en/study/eu-aid-programmes/"]')
		.first()
		.evaluate((a: HTMLAnchorElement) => a.click());
	await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
	await expect(page.getByText('You are offline')).toBeVisible();
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING.en })).toBeVisible();
	await context.setOffline(false);
	// The failed fetch of that file is the expected error, and the only one.
	expect(consoleErrors.every((e) => e.includes('Failed to load resource') || e.includes('Failed to fetch'))).toBe(true);
	consoleErrors.length = 0;
});
