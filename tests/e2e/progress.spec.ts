import { test, expect } from './fixtures';

test('en: after studying, the progress page draws the day, the forecast and the mastery; home shows the streak', async ({
	page
}) => {
	await page.goto('/en/progress/');
	await expect(page.getByRole('img', { name: '0 reviews in the last 26 weeks, on 0 days' })).toBeVisible();

	await page.goto('/en/study/geopolitical-theories/');
	for (const grade of [/^Easy, next in/, /^Again, next in/]) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: grade }).click();
	}
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByRole('img', { name: '2 reviews in the last 26 weeks, on 1 days' })).toBeVisible();
	await expect(
		page.getByRole('img', { name: /^\d+ cards? due in the next 30 days: 1 today, 0 tomorrow$/ })
	).toBeVisible();
	await expect(page.locator('dl.summary')).toContainText('Streak 1 day');
	const topic = page.locator('.row').filter({ hasText: 'Geopolitical theories' });
	await expect(topic).toContainText('0 mastered · 2 learning');

	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByText('Today: 2 cards studied · 2 answers · Streak: 1 day')).toBeVisible();
});

test('ru: the progress page is translated, plural forms included', async ({ page }) => {
	await page.goto('/ru/progress/');
	await expect(page.getByRole('heading', { level: 1, name: 'Прогресс' })).toBeVisible();
	await expect(page.getByRole('img', { name: '0 повторений за 26 недель, дней с занятиями: 0' })).toBeVisible();
	await expect(page.getByText('Освоение по темам')).toBeVisible();
});

test('en: the FSRS panel, low on the page, loads (with the whole review log) only as the student scrolls to it', async ({
	page
}) => {
	await page.goto('/en/progress/');
	await expect(page.locator('dl.summary')).toBeVisible();
	const panel = page.getByRole('heading', { name: 'A schedule fitted to you' });
	await expect(page.getByRole('heading', { name: 'Mastery by topic' })).toBeVisible();
	// Had the panel loaded with the page, its code would have come (and the panel shown) by now.
	await page.waitForLoadState('networkidle');
	await expect(panel).toHaveCount(0);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(panel).toBeVisible();
});
