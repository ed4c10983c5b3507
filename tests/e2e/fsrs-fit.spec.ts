import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForPacks, waitForServiceWorkerControl } from './fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const ITEMS = 110;
const REVIEWS_PER_ITEM = 5;

/**
 * A generated review log as the app stores it (src/lib/domain/study/card.ts `Review`): 110 items
 * started a day apart, each reviewed 5 times at growing intervals, some forgotten. 550 reviews.
 */
function generatedLog() {
	const start = Date.UTC(2025, 5, 2, 9, 0, 0);
	const rows = [];
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	for (let item = 0; item < ITEMS; item++) {
		const itemId = `generated-${item}`;
		let at = start + item * DAY_MS;
		let intervalDays = 1;
		let cardBefore: Record<string, unknown> | null = null;
		for (let k = 0; k < REVIEWS_PER_ITEM; k++) {
			const grade = k > 0 && random() < 0.15 ? 'again' : 'good';
			const stateAfter = grade === 'again' ? 'relearning' : 'review';
			rows.push({
				itemId,
				grade,
				reviewedAt: at,
				cardBefore,
				elapsedDays: k === 0 ? 0 : intervalDays,
				scheduledDays: intervalDays,
				stateAfter
			});
			intervalDays = grade === 'again' ? 1 : Math.round(intervalDays * 2.5);
			cardBefore = {
				itemId,
				state: stateAfter,
				dueAt: at + intervalDays * DAY_MS,
				stability: intervalDays,
				difficulty: 5,
				scheduledDays: intervalDays,
				learningSteps: 0,
				reps: k + 1,
				lapses: 0,
				lastReviewAt: at
			};
			at += intervalDays * DAY_MS;
		}
	}
	return rows;
}

/** Scrolls to the end of the Progress page, as a student does, until the FSRS panel (loaded as it comes near) shows. */
async function scrollToFsrsPanel(page: Page, panelTitle: string): Promise<void> {
	await expect(async () => {
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await expect(page.getByRole('heading', { name: panelTitle })).toBeVisible({ timeout: 1_000 });
	}).toPass();
}

/** Opens the Progress page under the service worker, with the generated log in the app's database. */
async function openProgressWithLog(page: Page, lang: string, panelTitle: string): Promise<void> {
	await page.goto(`/${lang}/progress/`);
	await waitForServiceWorkerControl(page);
	// The panel shows once the page has opened the database, so its schema exists before we write.
	await scrollToFsrsPanel(page, panelTitle);
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qaitala');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('reviews', 'readwrite');
					for (const row of rows) tx.objectStore('reviews').add(row);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		generatedLog()
	);
	await page.reload();
	await scrollToFsrsPanel(page, panelTitle);
}

test('the Progress page is cross-origin isolated under the service worker and fits FSRS in a worker (en)', async ({
	page
}) => {
	await openProgressWithLog(page, 'en', 'A schedule fitted to you');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	await expect(page.getByText('The scheduler now uses the default weights.')).toBeVisible();

	const worker = page.waitForEvent('worker', (w) => w.url().includes('fsrs-fit.worker'));
	await page.getByRole('button', { name: 'Fit the scheduler to my reviews' }).click();
	await worker;
	const results = page.getByRole('table', { name: /^Tested on your latest \d+ reviews, which the fit did not see$/ });
	await expect(results).toBeVisible({ timeout: 15_000 });
	for (const weights of ['Default', 'Fitted to you']) {
		const cells = results.getByRole('row', { name: new RegExp(`^${weights}`) }).getByRole('cell');
		await expect(cells).toHaveText([/^0\.\d{3}$/, /^0\.\d{3}$/]);
	}
	// On this log the fitted weights win on both measures (the optimizer is seeded, so always).
	await expect(
		page.getByText('Kept the fitted weights: both measures are lower than with the defaults.')
	).toBeVisible();
	await expect(page.getByText('The scheduler now uses weights fitted to your reviews.')).toBeVisible();
	await expect(
		page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Remembered' }) })
	).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="fsrs-title"]').analyze();
	expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
});

test('the fit runs offline, in Kazakh, and the student can go back to the default weights (kk)', async ({
	page,
	context
}) => {
	await openProgressWithLog(page, 'kk', 'Сізге бейімделген кесте');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	await waitForPacks(page, ['optimizer']); // kept once the fit is on offer
	await context.setOffline(true); // the worker and its WebAssembly come from the cache
	await page.getByRole('button', { name: 'Жоспарлағышты қайталауларыма бейімдеу' }).click();
	const results = page.getByRole('table', { name: /^Бейімдеу көрмеген соңғы \d+ қайталауда тексерілді$/ });
	await expect(results).toBeVisible({ timeout: 15_000 });
	await expect(results.getByRole('row', { name: /^Сізге бейімделген/ }).getByRole('cell')).toHaveText([
		/^0,\d{3}$/,
		/^0,\d{3}$/
	]);
	await expect(
		page.getByText('Бейімделген салмақтар сақталды: екі көрсеткіш те әдепкі салмақтардікінен төмен.')
	).toBeVisible();
	// Saved with the settings: still in use after a reload (from the precache, offline).
	await page.reload();
	await scrollToFsrsPanel(page, 'Сізге бейімделген кесте');
	await expect(
		page.getByText('Қазір жоспарлағыш сіздің қайталауларыңызға бейімделген салмақтарды қолданады.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Әдепкі салмақтарға оралу' }).click();
	await expect(page.getByText('Қазір жоспарлағыш әдепкі салмақтарды қолданады.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Әдепкі салмақтарға оралу' })).toBeHidden();
});

test('the review log downloads as the FSRS optimizer’s CSV (ru)', async ({ page }) => {
	await openProgressWithLog(page, 'ru', 'Расписание под вас');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Скачать журнал повторений (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('qaitala-review-log.csv');
	const lines = readFileSync((await download.path())!, 'utf8')
		.trimEnd()
		.split('\n');
	expect(lines[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
	expect(lines).toHaveLength(1 + ITEMS * REVIEWS_PER_ITEM);
	expect(lines[1]).toBe(`1,${Date.UTC(2025, 5, 2, 9, 0, 0)},3,0,0`);
	expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(ITEMS);
});
