import { test, expect } from './fixtures';

test('learning steps and the daily new-card limit change what studying shows', async ({ page }) => {
	await page.goto('/en/settings/');
	const steps = page.getByRole('combobox', { name: 'Learning steps' });
	await expect(steps).toBeEnabled();
	await expect(steps).toHaveValue('1m 10m');
	await steps.selectOption({ label: '5 min → 30 min → 2 h' });
	await expect(page.getByText('Saved', { exact: true })).toBeVisible();
	await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('2');
	await page.getByRole('spinbutton', { name: 'New cards per day' }).blur();

	await page.goto('/en/study/kz-china/');
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*2\s*Learning\s*0\s*To review\s*0$/);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('button', { name: 'Again, next in 5 min' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Good, next in 30 min' })).toBeVisible();

	// Settings survive a reload, and a bad stored value cannot break the page.
	await page.goto('/en/settings/');
	await expect(page.getByRole('combobox', { name: 'Learning steps' })).toHaveValue('5m 30m 2h');
	await expect(page.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue('2');
});

test('an out-of-range number is clamped and saved as the nearest allowed value', async ({ page }) => {
	await page.goto('/ru/settings/');
	const reviews = page.getByRole('spinbutton', { name: 'Повторений в день' });
	await expect(reviews).toBeEnabled();
	await reviews.fill('-40');
	await reviews.blur();
	await expect(page.getByText('Сохранено', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('spinbutton', { name: 'Повторений в день' })).toHaveValue('0');
});
