import { test, expect } from './fixtures';

test('ru: a search finds words written in any of the three languages, and a result can be practised', async ({ page }) => {
	await page.goto('/ru/browse/');
	const search = page.getByRole('searchbox', { name: 'Поиск' });
	await expect(page.getByText(/^\d+ вопрос(а|ов)?$/)).toBeVisible();

	// "TACIS" is the English spelling; the Russian cards say «ТАСИС».
	await search.fill('TACIS');
	const results = page.getByRole('listitem');
	await expect(results.first()).toContainText('ТАСИС');
	// Kazakh typed on a Russian keyboard finds Kazakh words too.
	await search.fill('Казакстан ТАСИС');
	await expect(results.first()).toBeVisible();

	await search.fill('тасис qqqq');
	await expect(page.getByText('0 вопросов')).toBeVisible();

	await search.fill('ТАСИС');
	await results.first().getByText('Ответ', { exact: true }).click();
	await results.first().getByRole('link', { name: 'Потренировать этот вопрос' }).click();
	await expect(page).toHaveURL(/\/ru\/quiz\/[a-z-]+\/\?item=/);
	await expect(page.getByText('Осталась 1 карточка')).toBeVisible();
});

test('en: the topic filter narrows the list and the schedule of a studied item is shown', async ({ page }) => {
	await page.goto('/en/study/kz-usa/');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await page.goto('/en/browse/');
	await page.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Kazakhstan and the United States' });
	await expect(page.getByRole('listitem').first().getByText(/^Due /)).toBeVisible();
	await expect(page.getByRole('listitem').first().getByText(/^Stability \d+ days?$/)).toBeVisible();
	await expect(page.getByRole('listitem').first().getByText('0 lapses')).toBeVisible();
	await expect(page.getByRole('listitem').nth(1).getByText('New', { exact: true })).toBeVisible();
});
