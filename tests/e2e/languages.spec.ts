import { test, expect } from './fixtures';

test.describe('with a Russian browser', () => {
	test.use({ locale: 'ru-RU' });

	test('/ sends a first visitor to the browser language, later to the saved one', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/ru\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('heading', { level: 1, name: 'Ваши темы' })).toBeVisible();

		await page.getByRole('navigation', { name: 'Язык интерфейса' }).getByRole('link', { name: 'Қазақша' }).click();
		await expect(page).toHaveURL(/\/kk\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Тақырыптарыңыз' })).toBeVisible();
		await page.goto('/');
		await expect(page).toHaveURL(/\/kk\/$/);
	});
});

test('every page is prerendered with its language and hreflang alternates', async ({ request }) => {
	const pages: [path: string, lang: string][] = [
		['/kk/', 'kk'],
		['/ru/settings/', 'ru'],
		['/en/study/eu-aid-programmes/', 'en']
	];
	for (const [path, lang] of pages) {
		const html = await (await request.get(path)).text();
		expect(html).toContain(`<html lang="${lang}">`);
		for (const alt of ['kk', 'ru', 'en']) expect(html).toContain(`hreflang="${alt}"`);
		expect(html).toContain('hreflang="x-default"');
	}
});

test('the interface and the cards switch language separately', async ({ page }) => {
	await page.goto('/en/settings/');
	await expect(page.getByLabel('Language of the cards')).toBeEnabled();
	await page.getByLabel('Language of the cards').selectOption('kk');
	await expect(page.getByText('Saved', { exact: true })).toBeVisible();

	// Interface in English, cards in Kazakh.
	await page.goto('/en/study/kz-europe-path/');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const prompt = page.locator('article.card [lang="kk"] .prompt');
	await expect(prompt).toHaveText(/[әғқңөұүһі]/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Қазақстанның еуропалық бағыты');

	// Interface switched to Russian: cards stay Kazakh.
	await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL(/\/ru\/study\/kz-europe-path\/$/);
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	await expect(page.locator('article.card [lang="kk"] .prompt')).toHaveText(/[әғқңөұүһі]/);

	// Cards switched to English from the Russian settings page.
	await page.getByRole('link', { name: 'Настройки' }).click();
	await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
	await page.getByLabel('Язык карточек').selectOption('en');
	await expect(page.getByText('Сохранено', { exact: true })).toBeVisible();
	await page.goto('/ru/study/kz-europe-path/');
	await expect(page.locator('article.card [lang="en"] .prompt')).toHaveText(/[A-Za-z]/);
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
});

test('an unknown address shows a translated 404 page with a way home', async ({ page, consoleErrors }) => {
	await page.goto('/kk/study/no-such-topic/');
	await expect(page.getByRole('heading', { name: 'Бет табылмады' })).toBeVisible();
	// The router asks for the unknown page's data and the browser logs the 404 answer: expected here.
	const expected = consoleErrors.filter((e) => e.includes('status of 404'));
	expect(expected.length).toBeLessThanOrEqual(1);
	consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.includes(e)));
	await page.getByRole('link', { name: 'Басты бет' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Тақырыптарыңыз' })).toBeVisible();
});
