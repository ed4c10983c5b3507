// The end of a topic is not the end of practice: more new cards, review ahead, or free practice.
import { test, expect, firstItemIds, putRows, readTables } from './fixtures';

const DAY_MS = 86_400_000;
const reviewCount = async (page: import('@playwright/test').Page) =>
	(await readTables(page, ['reviews'])).reviews!.length;

test('en: a finished topic offers more new cards, review ahead (graded) and free practice (stores nothing)', async ({
	page
}) => {
	await page.goto('/en/settings/');
	const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });
	await expect(perDay).toBeEnabled();
	await perDay.fill('1');
	await perDay.blur();
	await expect(page.getByText('Saved', { exact: true })).toBeVisible();
	// Two cards of the topic already learnt, due in five days.
	const ids = await firstItemIds(page, 'kz-china', 3);
	const learnt = (itemId: string) => ({
		itemId,
		state: 'review',
		dueAt: Date.now() + 5 * DAY_MS,
		stability: 6,
		difficulty: 5,
		scheduledDays: 6,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		lastReviewAt: Date.now() - DAY_MS
	});
	await putRows(page, 'cards', [learnt(ids[1]!), learnt(ids[2]!)]);

	await page.goto('/en/study/kz-china/');
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*1\s*Learning\s*0\s*To review\s*0$/);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
	const keep = page.getByRole('navigation', { name: 'Keep practising' });
	await expect(keep.getByRole('link', { name: 'Learn 10 more new cards today' })).toBeVisible();

	// Free practice: every question again, nothing stored, and said so on every card.
	const before = await reviewCount(page);
	await keep.getByRole('link', { name: 'Free practice: every question once more' }).click();
	await expect(page).toHaveURL(/\?practice=free$/);
	await expect(page.getByRole('note')).toHaveText('Free practice: your answers here do not change your schedule.');
	for (const grade of [/^Again, next in/, /^Good, next in/, /^Good, next in/]) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: grade }).click();
	}
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible(); // the miss comes back
	expect(await reviewCount(page)).toBe(before);

	// Review ahead: the studied cards, soonest due first, graded as usual.
	await page.goto('/en/study/kz-china/');
	await page
		.getByRole('navigation', { name: 'Keep practising' })
		.getByRole('link', { name: 'Review ahead: 3 cards not due yet' })
		.click();
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*0\s*Learning\s*0\s*To review\s*3$/);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect.poll(() => reviewCount(page)).toBe(before + 1);

	// More new cards: ten past today's limit of one.
	await page.goto('/en/study/kz-china/');
	await page.getByRole('link', { name: 'Learn 10 more new cards today' }).click();
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*10\s*Learning\s*0\s*To review\s*0$/);
});
