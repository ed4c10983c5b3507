import { test, expect } from './fixtures';

test('a new student studies a card and its state survives a reload', async ({ page }) => {
	await page.goto('/en/');
	const topic = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'EU aid programmes' }) });
	await expect(topic.getByText(/^\d+ new$/)).toHaveText('13 new');

	await topic.getByRole('link', { name: 'Study: EU aid programmes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'EU aid programmes' })).toBeVisible();
	const firstPrompt = await page.locator('#card-question + * , article.card p.prompt').first().textContent();
	await expect(page.getByText('13 cards left')).toBeVisible();

	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('heading', { name: 'Answer' })).toBeFocused();
	await expect(page.getByText(/^Source: .+, lines \d+–\d+$/)).toBeVisible();
	// Each grade button shows the interval it would schedule.
	await expect(page.getByRole('button', { name: /^Good, next in 10 min$/ })).toBeVisible();
	await page.getByRole('button', { name: /^Easy, next in \d+ days?$/ }).click();

	await expect(page.getByText('12 cards left')).toBeVisible();
	await expect(page.locator('article.card p.prompt').first()).not.toHaveText(firstPrompt ?? '');

	await page.reload();
	await expect(page.getByText('12 cards left')).toBeVisible();
	await page.goto('/en/');
	await expect(topic.getByText(/^\d+ new$/)).toHaveText('12 new');
	await expect(page.getByText('Today: 1 card reviewed')).toBeVisible();
});

test('the keyboard reveals with space and grades with 1–4', async ({ page }) => {
	await page.goto('/ru/study/eu-kz-institutions/');
	await expect(page.getByText('Осталось 5 карточек')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeVisible();
	await page.keyboard.press('4');
	await expect(page.getByText('Осталось 4 карточки')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	// "Again" and "Good" keep a new card in today's learning steps: it is still counted.
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	await expect(page.getByText('Осталось 4 карточки')).toBeVisible();
});

test('a whole topic can be finished, and its cards then come due from "study all due"', async ({ page }) => {
	await page.goto('/en/study/eu-kz-institutions/');
	for (let left = 5; left > 0; left--) {
		await expect(page.getByText(left === 1 ? '1 card left' : `${left} cards left`)).toBeVisible();
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Easy, next in/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to topics' }).click();
	await expect(page.getByText('Nothing is due right now')).toBeVisible();

	// A month later (the page clock is moved forward) those cards are due again.
	await page.clock.install({ time: Date.now() + 30 * 86_400_000 });
	await page.reload();
	await page.getByRole('link', { name: /^Study all due · 5$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'All due cards' })).toBeVisible();
	await expect(page.getByText('5 cards left')).toBeVisible();
});

test('a browser that blocks storage gets a clear message instead of a page that never loads', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.goto('/ru/');
	await expect(page.getByRole('alert')).toContainText('Этот браузер не даёт сохранять прогресс');
	await page.goto('/ru/study/eu-aid-programmes/');
	await expect(page.getByRole('alert')).toContainText('Этот браузер не даёт сохранять прогресс');
});
