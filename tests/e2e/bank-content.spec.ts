import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// An item whose document states a wrong date: the card teaches the fact, and its source note says
// what the document gives.
const TOPIC = 'kz-usa';
const ITEM = 'kz-us-recognition-25-december-1991';

interface Section {
	lines: [number, number];
	title: Record<string, string>;
}

/** The item as served in `language`, and its document's title and the section its first line falls in. */
async function servedItem(page: Page, language: 'en' | 'kk') {
	const bank = await (await page.request.get(`/banks/${language}/${TOPIC}.json`)).json();
	const index = await (await page.request.get('/banks/index.json')).json();
	const item = bank.items.find((i: { id: string }) => i.id === ITEM);
	const doc = index.sources[item.source.doc];
	const section = doc.sections.find(
		(s: Section) => s.lines[0] <= item.source.lines[0] && item.source.lines[0] <= s.lines[1]
	);
	return { item, title: doc.title[language] as string, section: section.title[language] as string };
}

test('the back of a study card names the document and section, lines small, and shows the source note', async ({
	page
}, testInfo) => {
	const { item, title, section } = await servedItem(page, 'en');
	expect(item.sourceNote, 'the item has a source note').toBeTruthy();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/en/study/${TOPIC}/?item=${ITEM}`);
	await page.getByRole('button', { name: 'Show answer' }).click();

	await expect(page.getByText(`What the document says: ${item.sourceNote}`)).toBeVisible();
	const [first, last] = item.source.lines;
	await expect(page.locator('p.source')).toHaveText(`Source: «${title}», section “${section}” lines ${first}–${last}`);
	// The lines are there for instructors, smaller than the rest of the citation.
	const size = (selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(await size('p.source .lines')).toBeLessThan(await size('p.source'));
	// The note sits under the explanation, above the citation.
	const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
	expect(await top('.source-note')).toBeGreaterThan(await top('.explanation'));
	expect(await top('.source-note')).toBeLessThan(await top('p.source'));

	await page.locator('article.card').screenshot({ path: testInfo.outputPath('card-back-phone.png') });
	// Scrolled to the end on a phone, the citation is clear of the grade buttons fixed at the bottom.
	await page.locator('p.source').scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.screenshot({ path: testInfo.outputPath('study-phone.png') });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: testInfo.outputPath('study-desktop.png'), fullPage: true });
});

test('kk: the citation and the note speak Kazakh', async ({ page }) => {
	const { item, title, section } = await servedItem(page, 'kk');
	await page.goto(`/kk/study/${TOPIC}/?item=${ITEM}`);
	await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
	await expect(page.getByText(`Құжатта былай делінген: ${item.sourceNote}`)).toBeVisible();
	const [first, last] = item.source.lines;
	await expect(page.locator('p.source')).toHaveText(
		`Дереккөз: «${title}», «${section}» бөлімі ${first}–${last} жолдар`
	);
});
