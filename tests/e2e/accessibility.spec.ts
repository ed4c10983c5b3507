import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const PAGES = ['/', '/{lang}/', '/{lang}/settings/', '/{lang}/browse/', '/{lang}/progress/', '/{lang}/test/', '/{lang}/mix/', '/{lang}/study/eu-aid-programmes/', '/{lang}/study/due/', '/{lang}/quiz/eu-aid-programmes/'];

for (const lang of ['kk', 'ru', 'en']) {
	test(`no automated accessibility violations on the ${lang} pages`, async ({ page }) => {
		for (const path of PAGES) {
			await page.goto(path.replace('{lang}', lang));
			if (path === '/') await page.waitForURL(/\/(kk|ru|en)\/$/);
			await page.waitForLoadState('networkidle');
			if (path.includes('/eu-aid')) await expect(page.locator('article.card')).toBeVisible();
			if (path.includes('/browse/')) await expect(page.getByRole('list').locator('article').first()).toBeVisible();
			if (path.includes('/progress/')) await expect(page.locator('dl.summary')).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
		}
		// The revealed answer and the grade buttons too.
		await page.goto(`/${lang}/study/eu-aid-programmes/`);
		await expect(page.locator('article.card')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(page.locator('section.answer')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `revealed card: ${v.id} ${v.help}`)).toEqual([]);
	});
}
