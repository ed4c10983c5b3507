import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The layout's messages, as each language says them (locales: `database.*`). */
const MESSAGES = {
	kk: {
		versionChange: 'Qaitala деректерін басқа қойынды өзгертті',
		reload: 'Бетті қайта жүктеу',
		blocked: 'Qaitala өзінің басқа қойындысы',
		unavailable: 'Бұл браузер Qaitala-ға деректерді сақтауға рұқсат бермейді'
	},
	ru: {
		versionChange: 'Данные Qaitala изменены в другой вкладке',
		reload: 'Перезагрузить страницу',
		blocked: 'Qaitala ждёт, пока другая её вкладка',
		unavailable: 'Этот браузер не разрешает Qaitala хранить данные'
	},
	en: {
		versionChange: 'Qaitala’s data was changed in another tab',
		reload: 'Reload the page',
		blocked: 'Qaitala is waiting for another of its tabs',
		unavailable: 'This browser does not let Qaitala store data'
	}
} as const;

/** Far above any version the app declares (Dexie stores version n as n × 10). */
const NEWER_VERSION = 10_000;

/** A second page of the same site that runs none of the app: the "other tab" talks to IndexedDB directly. */
async function otherTab(page: Page): Promise<Page> {
	const other = await page.context().newPage();
	// A bare document makes the browser ask for /favicon.ico, which the site does not have.
	await other.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
	await other.goto('/manifest.webmanifest');
	return other;
}

/**
 * Opens `path` once the app has made its database: a page that uses it makes it, then `path` opens
 * its own connection (the home page reads without Dexie, and lets go the same way).
 */
async function openWithDatabase(page: Page, path: string): Promise<void> {
	await page.goto(`/${path.split('/')[1]}/browse/`);
	await expect
		.poll(
			() =>
				page.evaluate(async () =>
					(await indexedDB.databases()).some((d) => d.name === 'qaitala' && (d.version ?? 0) > 1)
				),
			{ timeout: 20_000 }
		)
		.toBe(true);
	await page.goto(path);
	await expect(page.locator('.badge.new:not(.pending)').first()).toBeVisible(); // the counts are read: the connection is open
}

for (const lang of ['kk', 'ru', 'en'] as const) {
	test(`${lang}: another tab opening a newer database closes this tab's connection, which asks for a reload`, async ({
		page
	}) => {
		await openWithDatabase(page, `/${lang}/`);
		const other = await otherTab(page);
		// Resolves only if every open connection closed: this tab must not block the other's upgrade.
		const version = await other.evaluate(
			(version) =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('qaitala', version);
					request.onsuccess = () => resolve(request.result.version);
					request.onerror = () => reject(request.error);
				}),
			NEWER_VERSION
		);
		expect(version).toBe(NEWER_VERSION);
		const message = page.getByRole('status').filter({ hasText: MESSAGES[lang].versionChange });
		await expect(message).toBeVisible();
		await expect(message.getByRole('button', { name: MESSAGES[lang].reload })).toBeVisible();
	});
}

test('en: after the reload the page works on the newer database', async ({ page }) => {
	await openWithDatabase(page, '/en/');
	const other = await otherTab(page);
	await other.evaluate(
		(version) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('qaitala', version);
				// Let go at once, as the app's own tabs do, so the reloaded page can open it.
				request.onsuccess = () => (request.result.close(), resolve());
				request.onerror = () => reject(request.error);
			}),
		NEWER_VERSION
	);
	await page.getByRole('button', { name: MESSAGES.en.reload }).click();
	await expect(page.getByRole('heading', { name: 'Your topics' })).toBeVisible();
	await expect(page.getByText('Nothing studied yet today')).toBeVisible(); // progress is read from the database again
	await expect(page.getByText(MESSAGES.en.versionChange)).toHaveCount(0);
});

test('kk: an open that waits for another tab says so, and the note goes when that tab lets go', async ({ page }) => {
	const other = await otherTab(page);
	// An older tab that holds the database and ignores the request to close.
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('qaitala', 1);
				request.onsuccess = () => (((window as unknown as { held: IDBDatabase }).held = request.result), resolve());
				request.onerror = () => reject(request.error);
			})
	);
	await page.goto('/kk/');
	const note = page.getByRole('status').filter({ hasText: MESSAGES.kk.blocked });
	await expect(note).toBeVisible();
	await other.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
	await expect(note).toHaveCount(0);
	await expect(page.getByText('Бүгін әлі ештеңе оқылған жоқ')).toBeVisible(); // the page then reads its progress as usual
});

test('ru: a browser without IndexedDB gets a clear message instead of a crash', async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true })
	);
	await page.goto('/ru/');
	await expect(page.getByRole('status').filter({ hasText: MESSAGES.ru.unavailable })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
