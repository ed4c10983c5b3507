import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Every page, with what shows that it has finished loading its content. */
const PAGES: [path: string, ready: (page: Page) => Promise<void>][] = [
	['/{lang}/', (p) => expect(p.locator('.topics article').first()).toBeVisible()],
	['/{lang}/settings/', (p) => expect(p.locator('#content-language')).toBeEnabled()],
	['/{lang}/browse/', (p) => expect(p.getByRole('list').locator('article').first()).toBeVisible()],
	['/{lang}/progress/', (p) => expect(p.locator('dl.summary')).toBeVisible()],
	['/{lang}/test/', (p) => expect(p.getByRole('checkbox').first()).toBeVisible()],
	['/{lang}/mix/', (p) => expect(p.getByRole('checkbox').first()).toBeVisible()],
	['/{lang}/study/eu-aid-programmes/', (p) => expect(p.locator('article.card')).toBeVisible()],
	['/{lang}/study/due/', (p) => expect(p.locator('.done')).toBeVisible()],
	['/{lang}/quiz/eu-aid-programmes/', (p) => expect(p.locator('article.card')).toBeVisible()],
	['/{lang}/assignment/', (p) => expect(p.locator('form.open')).toBeVisible()],
	['/{lang}/teach/', (p) => expect(p.getByRole('checkbox').first()).toBeChecked()],
	['/{lang}/teach/results/', (p) => expect(p.locator('textarea').first()).toBeVisible()]
];

async function expectNoViolations(page: Page, label: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

test.describe('before the app starts', () => {
	// `/` redirects as soon as the app runs; until then (or without it) it is a language chooser.
	test('no automated accessibility violations on the language chooser at /', async ({ page, consoleErrors }) => {
		await page.route('**/_app/**', (route) => route.abort());
		await page.goto('/', { waitUntil: 'load' }); // it never hydrates: its scripts are blocked
		await expect(page.getByRole('link', { name: 'Русский' })).toBeVisible();
		await expectNoViolations(page, '/');
		consoleErrors.length = 0; // the blocked app scripts are logged as failed loads
	});
});

for (const lang of ['kk', 'ru', 'en']) {
	for (const [path, ready] of PAGES) {
		const url = path.replace('{lang}', lang);
		test(`no automated accessibility violations on ${url}`, async ({ page }) => {
			await page.goto(url);
			await ready(page);
			await expectNoViolations(page, url);
		});
	}

	test(`no automated accessibility violations on a revealed ${lang} card and a quiz answer`, async ({ page }) => {
		await page.goto(`/${lang}/study/eu-aid-programmes/`);
		await expect(page.locator('article.card')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(page.locator('section.answer')).toBeVisible();
		await expectNoViolations(page, 'revealed card');
		await page.goto(`/${lang}/quiz/trade-investment-energy/`);
		await page.locator('article.card button, article.card input').first().waitFor();
		const trueButton = page.locator('article.card .choices button').first();
		if (await trueButton.isVisible()) await trueButton.click();
		await expectNoViolations(page, 'quiz');
	});
}
