import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// The test adds a source note to one item as the bank is served (the banks themselves carry few).
// A first visit is not yet controlled by the service worker, so the page's own request is routed.

const TOPIC = 'eu-aid-programmes';
const ITEM = 'tacis-aid-total-1992-2000'; // cites lines 26–27 of document 000
const NOTE = { en: 'A note added by this test: the document gives this sum in euros.', kk: 'Бұл тест қосқан ескертпе: құжат соманы еуромен береді.' };

async function withSourceNote(page: Page, language: 'en' | 'kk') {
	await page.context().route(`**/banks/${language}/${TOPIC}.json`, async (route) => {
		const response = await route.fetch();
		const bank = await response.json();
		bank.items = bank.items.map((item: { id: string }) => (item.id === ITEM ? { ...item, sourceNote: NOTE[language] } : item));
		await route.fulfill({ response, json: bank });
	});
}

test('the back of a study card names the document and section, lines small, and shows the source note', async ({ page }, testInfo) => {
	await withSourceNote(page, 'en');
	await page.goto(`/en/study/${TOPIC}/?item=${ITEM}`);
	await page.getByRole('button', { name: 'Show answer' }).click();

	await expect(page.getByText(`What the document says: ${NOTE.en}`)).toBeVisible();
	const citation = page.locator('p.source');
	await expect(citation).toHaveText('Source: «Kazakhstan and the European Union: main areas of cooperation», section “TACIS aid and other EU programmes” lines 26–27');
	// The lines are there for instructors, smaller than the rest of the citation.
	const size = (selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(await size('p.source .lines')).toBeLessThan(await size('p.source'));
	// The note sits under the explanation, above the citation.
	const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
	expect(await top('.source-note')).toBeGreaterThan(await top('.explanation'));
	expect(await top('.source-note')).toBeLessThan(await top('p.source'));

	await page.locator('article.card').screenshot({ path: testInfo.outputPath('card-back-phone.png') });
	await page.screenshot({ path: testInfo.outputPath('study-phone.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: testInfo.outputPath('study-desktop.png'), fullPage: true });
});

test('kk: the citation and the note speak Kazakh', async ({ page }) => {
	await withSourceNote(page, 'kk');
	await page.goto(`/kk/study/${TOPIC}/?item=${ITEM}`);
	await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
	await expect(page.getByText(`Құжатта былай делінген: ${NOTE.kk}`)).toBeVisible();
	await expect(page.locator('p.source')).toHaveText(
		'Дереккөз: «Қазақстан және Еуропалық Одақ: ынтымақтастықтың негізгі бағыттары», «ТАСИС көмегі және ЕО-ның басқа бағдарламалары» бөлімі 26–27 жолдар'
	);
});
