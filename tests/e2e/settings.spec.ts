import { test, expect, putRow, readTables } from './fixtures';

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

	// Settings survive a reload.
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

/** A settings row as an older version, a bad restore or a hand could leave it: every field of a wrong type or range. */
const BAD_SETTINGS = {
	uiLanguage: 'fr',
	contentLanguage: 42,
	desiredRetention: 'high',
	newCardsPerDay: 'lots',
	reviewsPerDay: -3,
	learningSteps: 1,
	fsrsWeights: 'fitted'
};

for (const [label, value] of [
	['fields of wrong types', BAD_SETTINGS],
	['a row that is no record at all', 'garbage']
] as const) {
	test(`stored settings with ${label} cannot break the pages: they show sane values and save clean ones`, async ({
		page
	}) => {
		await page.goto('/en/settings/');
		await expect(page.getByRole('combobox', { name: 'Learning steps' })).toBeEnabled();
		await putRow(page, 'settings', { key: 'settings', value });
		await page.reload();

		const newCards = page.getByRole('spinbutton', { name: 'New cards per day' });
		await expect(page.getByRole('combobox', { name: 'Learning steps' })).toBeEnabled();
		await expect(page.getByRole('combobox', { name: 'Learning steps' })).toHaveValue('1m 10m');
		await expect(page.getByRole('combobox', { name: 'Language of the cards' })).toHaveValue('');
		await expect(newCards).toHaveValue('20');
		await expect(page.getByRole('spinbutton', { name: 'Reviews per day' })).toHaveValue(
			typeof value === 'string' ? '200' : '0' // a negative limit is clamped, not dropped
		);
		await expect(page.locator('output[for="retention"]')).toHaveText('90%');

		// Studying works with them: the default daily limit, cards in the page's language.
		await page.goto('/en/study/kz-china/');
		await expect(page.locator('.queue-counts')).toHaveText(/^New\s*20\s*Learning\s*0\s*To review\s*0$/);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByRole('button', { name: 'Again, next in 1 min' })).toBeVisible();

		// A change saves the whole record cleaned.
		await page.goto('/en/settings/');
		await newCards.fill('7');
		await newCards.blur();
		await expect(page.getByText('Saved', { exact: true })).toBeVisible();
		const { settings } = await readTables(page, ['settings']);
		const saved = (settings as { key: string; value: Record<string, unknown> }[]).find((r) => r.key === 'settings');
		expect(saved?.value).toMatchObject({
			uiLanguage: 'en',
			contentLanguage: null,
			desiredRetention: 0.9,
			newCardsPerDay: 7,
			learningSteps: '1m 10m'
		});
		expect(saved?.value).not.toHaveProperty('fsrsWeights');
	});
}
