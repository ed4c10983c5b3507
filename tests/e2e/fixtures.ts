import { test as base, expect, type Page, type Response } from '@playwright/test';

/** The mark the root layout sets once the page has hydrated (src/routes/+layout.svelte). */
export const HYDRATED = 'body[data-hydrated]';

/**
 * After `goto` and `reload` of one of the app's pages, waits until it has hydrated, so a click or
 * typing right after is not lost to hydration. A call that names its own `waitUntil` opts out (a page
 * whose scripts are blocked never hydrates); so do responses that are not HTML pages.
 */
function waitForHydration(page: Page): void {
	const settle = async (response: Response | null) => {
		const type = response?.headers()['content-type'] ?? '';
		if (response && type.startsWith('text/html')) await page.waitForSelector(HYDRATED, { state: 'attached' });
		return response;
	};
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (url, options) => (options?.waitUntil ? goto(url, options) : settle(await goto(url, options)));
	page.reload = async (options) => (options?.waitUntil ? reload(options) : settle(await reload(options)));
}

/** Every test fails if any page logs a console error or throws (a page that logs an error is a failing page). */
export const test = base.extend<{ consoleErrors: string[]; hydration: void }>({
	hydration: [
		async ({ context }, use) => {
			context.pages().forEach(waitForHydration);
			context.on('page', waitForHydration);
			await use();
		},
		{ auto: true }
	],
	consoleErrors: [
		async ({ context }, use) => {
			const errors: string[] = [];
			const watch = (page: Page) => {
				page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
				page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
			};
			context.pages().forEach(watch);
			context.on('page', watch);
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Waits until the service worker controls the page and has kept what the page's language needs
 * offline (its home, page data and banks: the packs of src/service-worker.ts), so the next loads can
 * be served offline.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// The first visit is not controlled with registerType 'prompt': reload once.
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const language = new URL(page.url()).pathname.split('/')[1];
	if (language && ['kk', 'ru', 'en'].includes(language))
		await waitForPacks(page, [`pages-${language}`, `banks-${language}`]);
}

/** Waits until the service worker has kept these packs whole (it marks each one when done). */
export async function waitForPacks(page: Page, packs: readonly string[]): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async (packs) => {
					const cache = await caches.open('qaitala-packs');
					return (await Promise.all(packs.map((name) => cache.match(`/__packs/${name}`)))).every(Boolean);
				}, packs),
			{ timeout: 20_000 }
		)
		.toBe(true);
}

/** What a study or quiz page has left (its new, learning and review counters added up), whatever the language. */
export async function cardsLeft(page: Page): Promise<number> {
	const figures = await page.locator('.queue-counts b').allTextContents();
	return figures.length === 3 ? figures.reduce((sum, text) => sum + Number(text), 0) : NaN;
}

/** Ids of a topic's first `count` items, for a session of just those (`?item=`). */
export async function firstItemIds(page: Page, topicId: string, count: number): Promise<string[]> {
	const bank = await (await page.request.get(`/banks/en/${topicId}.json`)).json();
	return bank.items.slice(0, count).map((i: { id: string }) => i.id);
}

/** Writes rows, as they are, into a table of the app's IndexedDB from the page (as an older version or a hand could). */
export async function putRows(page: Page, table: string, rows: readonly unknown[]): Promise<void> {
	// Opening before the app has made its schema would create an empty database under its name.
	await expect
		.poll(() =>
			page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'qaitala' && (d.version ?? 0) > 1))
		)
		.toBe(true);
	await page.evaluate(
		({ table, rows }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qaitala'); // no version: the app has already made the schema
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(table, 'readwrite');
					for (const row of rows) tx.objectStore(table).put(row);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ table, rows }
	);
}

/** Writes one row into a table of the app's IndexedDB from the page, as the app would store it. */
export const putRow = (page: Page, table: string, row: unknown): Promise<void> => putRows(page, table, [row]);

/**
 * Every row of the named tables of the app's IndexedDB, read raw; no rows while the app has made no
 * database (the home page only reads it: pages that use it make it).
 */
export async function readTables(page: Page, tables: readonly string[]): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		(tables) =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('qaitala');
				let isMissing = false;
				// No database yet: reading must not make an empty one.
				open.onupgradeneeded = () => {
					isMissing = true;
					open.transaction?.abort();
				};
				open.onerror = () =>
					isMissing ? resolve(Object.fromEntries(tables.map((name) => [name, []]))) : reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction([...tables]);
					const requests = tables.map((name) => [name, tx.objectStore(name).getAll()] as const);
					tx.oncomplete = () => {
						db.close();
						resolve(Object.fromEntries(requests.map(([name, request]) => [name, request.result])));
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		tables
	);
}
