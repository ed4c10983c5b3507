import { test, expect, cardsLeft, firstItemIds, putRows } from './fixtures';

test('ru: a search finds words written in any of the three languages, and a result can be practised', async ({
	page
}) => {
	await page.goto('/ru/browse/');
	const search = page.getByRole('searchbox', { name: 'Поиск' });
	await expect(page.getByText(/^\d+ вопрос(а|ов)?$/)).toBeVisible();

	// "TACIS" is the English spelling; the Russian cards say «ТАСИС».
	await search.fill('TACIS');
	const results = page.getByRole('listitem');
	await expect(results.filter({ hasText: 'ТАСИС' }).first()).toBeVisible();
	// Kazakh typed on a Russian keyboard finds Kazakh words too.
	await search.fill('Казакстан ТАСИС');
	await expect(results.first()).toBeVisible();

	await search.fill('тасис qqqq');
	await expect(page.getByText('0 вопросов')).toBeVisible();

	await search.fill('ТАСИС');
	await results.first().getByText('Ответ', { exact: true }).click();
	await results.first().getByRole('link', { name: 'Потренировать этот вопрос' }).click();
	await expect(page).toHaveURL(/\/ru\/quiz\/[a-z-]+\/\?item=/);
	await expect.poll(() => cardsLeft(page)).toBe(1);
});

test('en: the topic filter narrows the list and the schedule of a studied item is shown', async ({ page }) => {
	await page.goto('/en/study/kz-usa/');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await page.goto('/en/browse/');
	await page.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Kazakhstan and the United States' });
	await expect(page.getByRole('listitem').first().getByText(/^Due /)).toBeVisible();
	await expect(
		page
			.getByRole('listitem')
			.first()
			.getByText(/^Stability \d+ days?$/)
	).toBeVisible();
	await expect(page.getByRole('listitem').first().getByText('0 lapses')).toBeVisible();
	await expect(page.getByRole('listitem').nth(1).getByText('New', { exact: true })).toBeVisible();
});

test('kk: a card forgotten 8 times is a leech: Browse finds it, the study page offers to reread or suspend it', async ({
	page
}) => {
	await page.goto('/kk/browse/'); // a page that uses the database makes it (the home page only reads it)
	const [leechId, otherId] = await firstItemIds(page, 'kz-china', 2);
	const DAY_MS = 86_400_000;
	const card = (itemId: string, lapses: number) => ({
		itemId,
		state: 'review',
		dueAt: Date.now() - DAY_MS,
		stability: 2,
		difficulty: 8,
		scheduledDays: 2,
		learningSteps: 0,
		reps: 20,
		lapses,
		lastReviewAt: Date.now() - 3 * DAY_MS
	});
	await putRows(page, 'cards', [card(leechId!, 8), card(otherId!, 7)]);

	await page.goto('/kk/browse/');
	await page.getByRole('combobox', { name: 'Көрсету' }).selectOption({ label: 'Қиын карточкалар' });
	await expect(page.getByText(/^1 сұрақ$/)).toBeVisible();
	await expect(page.getByRole('listitem')).toContainText('Қиын карточка');
	await page.getByRole('combobox', { name: 'Көрсету' }).selectOption({ label: 'Қазір қайталау керек' });
	await expect(page.getByText(/^2 сұрақ$/)).toBeVisible();
	await page.getByRole('combobox', { name: 'Түрі' }).selectOption({ label: 'Карточка' });
	const flashcards = await page.getByText(/^\d+ сұрақ$/).textContent();
	expect(Number(flashcards?.match(/\d+/)?.[0])).toBeLessThanOrEqual(2);

	await page.goto(`/kk/study/kz-china/?item=${leechId}`);
	const note = page.getByRole('complementary', { name: /Қиын карточка/ });
	await expect(note).toContainText('8 рет ұмыттыңыз');
	await note.getByText('Түсіндірмені қайта оқу').click();
	await note.getByRole('button', { name: 'Бұл карточканы тоқтата тұру' }).click();
	await page.goto('/kk/browse/');
	await page.getByRole('combobox', { name: 'Көрсету' }).selectOption({ label: 'Тоқтатылған' });
	await expect(page.getByText(/^1 сұрақ$/)).toBeVisible();
});
