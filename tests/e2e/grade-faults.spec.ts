// Faults during a grade: a full disk, and a tab killed in the middle of the write. A grade is the card
// and its review row together or neither, and no review that was saved is ever lost.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, readTables } from './fixtures';

declare global {
	interface Window {
		/** 'full': writing a review row fails as a full disk does. */
		qaitalaFault?: 'full';
		/** Freeze the page right after this IndexedDB request is made (`cards.put`, `reviews.add`). */
		qaitalaFreezeAfter?: string;
	}
}

/** Puts the fault switches into every page of the context, before the app's own code runs. */
async function injectFaults(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const freezeAfter = (store: IDBObjectStore, op: string) => {
			if (window.qaitalaFreezeAfter !== `${store.name}.${op}`) return;
			console.info('qaitala: frozen mid-write');
			const until = performance.now() + 15_000;
			while (performance.now() < until); // the tab hangs here until it is killed
		};
		const { add, put } = IDBObjectStore.prototype;
		IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
			if (window.qaitalaFault === 'full' && this.name === 'reviews')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			const request = add.apply(this, args);
			freezeAfter(this, 'add');
			return request;
		};
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			const request = put.apply(this, args);
			freezeAfter(this, 'put');
			return request;
		};
	});
}

interface Stored {
	cards: { itemId: string; reps: number; lastReviewAt?: number }[];
	reviews: { itemId: string; reviewedAt: number }[];
}

async function stored(page: Page): Promise<Stored> {
	return (await readTables(page, ['cards', 'reviews'])) as unknown as Stored;
}

/** Each card has exactly as many review rows as its reps, and its last review is the latest row: nothing half-written. */
function expectWhole({ cards, reviews }: Stored): void {
	for (const card of cards) {
		const rows = reviews.filter((r) => r.itemId === card.itemId);
		expect(rows.length, card.itemId).toBe(card.reps);
		expect(Math.max(...rows.map((r) => r.reviewedAt)), card.itemId).toBe(card.lastReviewAt);
	}
	expect(new Set(reviews.map((r) => r.itemId)).size).toBe(cards.length);
}

test('en: a full disk during a grade says so, writes nothing, and the card can be graded again', async ({
	context,
	page
}) => {
	await injectFaults(context);
	await page.goto('/en/study/kz-china/');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.evaluate(() => (window.qaitalaFault = 'full'));
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Could not save: this device’s storage is full. Nothing was changed; free some space and grade again.'
	);
	expect(await stored(page)).toEqual({ cards: [], reviews: [] });

	await page.evaluate(() => (window.qaitalaFault = undefined));
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.getByRole('alert')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const after = await stored(page);
	expect([after.cards.length, after.reviews.length]).toEqual([1, 1]);
});

/**
 * Grades the first card of a fresh tab in Kazakh and kills the tab's renderer once the grade has made
 * the IndexedDB request `freezeAfter` (or, without it, once the grade is done); returns what is stored.
 */
async function killDuringGrade(context: BrowserContext, check: Page, freezeAfter: string | undefined): Promise<Stored> {
	const page = await context.newPage();
	await page.goto('/kk/study/kz-russia/');
	await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
	await page.evaluate((at) => (window.qaitalaFreezeAfter = at), freezeAfter);
	const devtools = await context.newCDPSession(page);
	const frozen = freezeAfter && page.waitForEvent('console', (m) => m.text() === 'qaitala: frozen mid-write');
	await page.getByRole('button', { name: /^Жақсы/ }).click({ noWaitAfter: true });
	if (frozen) await frozen;
	else {
		// The next card shows at once and the grade is saved behind it: the grade has finished when the
		// buttons that wait for the save ("bury") are enabled again.
		await expect(page.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Ертеңге дейін қалдыру' })).toBeEnabled();
	}
	// Crashes the renderer from its IO thread, as a killed browser would: the page gets no say.
	const crashed = page.waitForEvent('crash');
	void devtools.send('Page.crash').catch(() => undefined);
	await crashed;
	await page.close();
	const after = await stored(check);
	expectWhole(after);
	return after;
}

async function openHome(context: BrowserContext): Promise<Page> {
	await injectFaults(context);
	const home = await context.newPage();
	await home.goto('/kk/');
	await expect(home.getByText('Бүгін әлі ештеңе оқылған жоқ')).toBeVisible();
	return home;
}

test('kk: tabs killed after the card was put write neither the card nor its review row', async ({ context }) => {
	const home = await openHome(context);
	for (let kill = 0; kill < 2; kill++)
		expect(await killDuringGrade(context, home, 'cards.put')).toEqual({ cards: [], reviews: [] });
});

test('kk: tabs killed after the review row was added write neither; a grade that finished is kept whole', async ({
	context
}) => {
	const home = await openHome(context);
	for (let kill = 0; kill < 2; kill++)
		expect(await killDuringGrade(context, home, 'reviews.add')).toEqual({ cards: [], reviews: [] });
	const finished = await killDuringGrade(context, home, undefined);
	expect([finished.cards.length, finished.reviews.length]).toEqual([1, 1]);
	await expect(home.getByText('Бүгін: 1 карточка оқылды · 1 жауап')).toBeVisible(); // and the open home page saw it
});
