// Check database and storage status (Settings), and the bad card row that used to block a topic.
import { test, expect, firstItemIds, putRows as putRawRows } from './fixtures';
import type { Page } from '@playwright/test';

/** The schema version the app's database check records once it has run (src/lib/storage/db.ts). */
const DATABASE_VERSION = 7;

/** Puts rows into the app's IndexedDB as they are, the way a damaged database would hold them. */
async function putRows(page: Page, table: string, rows: unknown[]) {
	// Wait until the app has made the schema and its first check is over, so that check cannot
	// mend these rows before the test looks at them.
	await expect.poll(() => readSetting(page, 'checkedSchemaVersion'), { timeout: 20_000 }).toBe(DATABASE_VERSION);
	await putRawRows(page, table, rows);
}

/** A settings row's value, read straight from IndexedDB (undefined before the app made the database). */
function readSetting(page: Page, key: string): Promise<unknown> {
	return page.evaluate(async (key) => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'qaitala')) return undefined;
		return new Promise((resolve, reject) => {
			const open = indexedDB.open('qaitala');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('settings')) return (db.close(), resolve(undefined));
				const request = db.transaction('settings').objectStore('settings').get(key);
				request.onsuccess = () => (db.close(), resolve(request.result?.value));
			};
		});
	}, key);
}

/** How many rows a table holds, read straight from IndexedDB. */
function countRows(page: Page, table: string): Promise<number> {
	return page.evaluate(
		(table) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('qaitala');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(table).objectStore(table).count();
					request.onsuccess = () => (open.result.close(), resolve(request.result));
				};
			}),
		table
	);
}

const badCard = (itemId: string, patch: Record<string, unknown>) => ({
	itemId,
	state: 'review',
	dueAt: Date.now() - 60_000,
	stability: 3,
	difficulty: 5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	lastReviewAt: Date.now() - 3 * 86_400_000,
	...patch
});

test('kk: a card row with an unknown state no longer blocks "Show answer"; it is set aside and studied as new', async ({
	page
}) => {
	await page.goto('/kk/browse/'); // a page that uses the database makes it (the home page only reads it)
	const [itemId] = await firstItemIds(page, 'kz-china', 1);
	await putRows(page, 'cards', [badCard(itemId!, { state: 'weird' })]);

	await page.goto(`/kk/study/kz-china/?item=${itemId}`);
	await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
	await page.getByRole('button', { name: /^Оңай/ }).click();
	await expect(page.getByRole('heading', { name: 'Әзірге бәрі бітті' })).toBeVisible();
	expect(await countRows(page, 'setAside')).toBe(1);
	expect(await countRows(page, 'reviews')).toBe(1);
});

test('en: a card row with NaN stability is rebuilt from its review log and can be graded', async ({ page }) => {
	await page.goto('/en/browse/'); // a page that uses the database makes it (the home page only reads it)
	const [itemId] = await firstItemIds(page, 'kz-china', 1);
	const reviewedAt = Date.now() - 2 * 86_400_000;
	await putRows(page, 'reviews', [
		{ itemId, grade: 'good', reviewedAt, cardBefore: null, elapsedDays: 0, scheduledDays: 0, stateAfter: 'learning' }
	]);
	await putRows(page, 'cards', [badCard(itemId!, { stability: NaN })]);

	await page.goto(`/en/study/kz-china/?item=${itemId}`);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
	expect(await countRows(page, 'setAside')).toBe(0);
	expect(await countRows(page, 'reviews')).toBe(2);
});

test('ru: "Check database" repairs and sets aside, and shows the counts by table', async ({ page }) => {
	await page.goto('/ru/settings/');
	await expect(page.getByRole('heading', { name: 'Данные на этом устройстве' })).toBeVisible();
	const reviewedAt = Date.now() - 86_400_000;
	await putRows(page, 'reviews', [
		{
			itemId: 'kz-china-x',
			grade: 'good',
			reviewedAt,
			cardBefore: null,
			elapsedDays: 0,
			scheduledDays: 0,
			stateAfter: 'learning'
		}
	]);
	await putRows(page, 'cards', [
		badCard('kz-china-x', { state: 'weird' }),
		badCard('kz-china-y', { stability: NaN, dueAt: NaN })
	]);
	await putRows(page, 'itemFlags', [{ itemId: 'kz-china-z', isSuspended: false, buriedUntil: 8_640_000_000_000_000 }]);

	await page.getByRole('button', { name: 'Проверить базу данных' }).click();
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /^Карточки/ })).toHaveText(/Карточки\s*2\s*1\s*1/);
	await expect(table.getByRole('row', { name: /^Повторения/ })).toHaveText(/Повторения\s*1\s*0\s*0/);
	await expect(table.getByRole('row', { name: /^Отложенные и приостановленные/ })).toHaveText(/\s*1\s*1\s*0/);
	await expect(table.getByRole('row', { name: /^Всего/ })).toHaveText(/Всего\s*\d+\s*2\s*1/);
	await expect(
		page.getByText('На этом устройстве хранится отдельно 1 запись; она входит в резервные копии.')
	).toBeVisible();

	// A second check finds nothing left to do.
	await page.getByRole('button', { name: 'Проверить базу данных' }).click();
	await expect(table.getByRole('row', { name: /^Всего/ })).toHaveText(/Всего\s*\d+\s*0\s*0/);
});

test('en and kk: storage status says whether data is kept, the space, and "never" for the last backup', async ({
	page
}) => {
	await page.goto('/en/settings/');
	await expect(page.getByText(/^Not protected|^Protected/)).toBeVisible(); // headless Chromium refuses persistence
	await expect(page.getByTestId('space')).toHaveText(/^[\d.,]+ (MB|GB) used, [\d.,]+ (MB|GB) available$/);
	await expect(page.getByText('Last backup: never')).toBeVisible();
	await page.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
	await expect(page.getByRole('status').filter({ hasText: /The browser (will keep|did not agree)/ })).toBeVisible();

	await putRows(page, 'settings', [{ key: 'lastBackupAt', value: Date.UTC(2026, 10, 22, 9, 30) }]);
	await page.goto('/kk/settings/');
	await expect(page.getByRole('heading', { name: 'Осы құрылғыдағы деректер' })).toBeVisible();
	await expect(page.getByTestId('space')).toHaveText(/^[\d.,\s]+ (МБ|ГБ) пайдаланылды, [\d.,\s]+ (МБ|ГБ) бос$/);
	await expect(page.getByText(/^Соңғы сақтық көшірме: 2026 ж\. 22 қараша/)).toBeVisible();
});

test('ru: without IndexedDB, Settings says nothing can be saved', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.goto('/ru/settings/');
	await expect(page.getByRole('region', { name: 'Данные на этом устройстве' }).getByRole('alert')).toContainText(
		'Этот браузер не даёт сохранять прогресс'
	);
});

test('en: after a finished study session the app asks to keep the data once, and says why', async ({ page }) => {
	await page.goto('/en/');
	const [itemId] = await firstItemIds(page, 'kz-usa', 1);
	await page.goto(`/en/study/kz-usa/?item=${itemId}`);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	const why = page.getByText(
		'Your progress lives only on this device, so Qaitala has asked the browser not to clear it when space runs low.'
	);
	await expect(why).toBeVisible();
	// The next session ends without asking again.
	await page.reload();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to topics' })).toBeVisible();
	await expect(why).toBeHidden();
});
