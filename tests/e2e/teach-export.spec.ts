// An instructor exports a topic in each format and the file reads back, with independent
// parsers, to as many questions as the panel promised.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import type { BankIndex, TopicBank } from '../../src/lib/domain/bank/compile';

/** Clicks the panel's Download button and returns the file the browser was given. */
async function download(page: Page, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name, exact: true }).click()
	]);
	const bytes = await readFile((await file.path())!);
	return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const questionsIn = {
	moodle: (text: string) =>
		(
			new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text).quiz.question as {
				type: string;
				name?: { text: string };
			}[]
		)
			.filter((q) => q.type !== 'category')
			.map((q) => String(q.name?.text)),
	gift: (text: string) => parseGift(text).flatMap((q) => (q.type === 'Category' ? [] : [q.title ?? ''])),
	csv: (text: string) => {
		const parsed = Papa.parse<string[]>(text.trim());
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.every((row) => row.length === 2 && row.every((field) => field.length > 0))).toBe(true);
		return parsed.data.map((row) => row[0]!);
	},
	// TSV has no quoting: a quote in a text is just a character, so papaparse must not read quotes.
	tsv: (text: string) => {
		const parsed = Papa.parse<string[]>(text.trim(), { delimiter: '\t', fastMode: true });
		expect(parsed.data.every((row) => row.length === 2 && row.every((field) => field.length > 0))).toBe(true);
		return parsed.data.map((row) => row[0]!);
	}
};

test('en: one topic in each of the four formats reads back to every question', async ({ page }) => {
	const bank: TopicBank = await (await page.request.get('/banks/en/kz-usa.json')).json();
	const ids = bank.items.map((i) => i.id);
	await page.goto('/en/teach/');
	const panel = page.getByRole('region', { name: 'Export questions' });
	await expect(panel.getByRole('combobox', { name: 'Language of the questions' })).toHaveValue('en');

	await panel.getByRole('button', { name: 'Clear' }).click();
	await expect(panel.getByRole('button', { name: 'Download', exact: true })).toBeDisabled();
	await panel.getByRole('checkbox', { name: 'Kazakhstan and the United States' }).check();
	await expect(panel.getByText(`${ids.length} questions will be exported.`)).toBeVisible();

	const formats = [
		['Moodle XML', 'moodle', 'qaitala-kz-usa-en.xml'],
		['GIFT', 'gift', 'qaitala-kz-usa-en.gift.txt'],
		['CSV', 'csv', 'qaitala-kz-usa-en.csv'],
		['TSV', 'tsv', 'qaitala-kz-usa-en.tsv']
	] as const;
	for (const [label, format, fileName] of formats) {
		await panel.getByRole('radio', { name: new RegExp(`^${label} `) }).check();
		await expect(panel.getByText(`File: ${fileName}`)).toBeVisible();
		const file = await download(page, 'Download');
		expect(file.name).toBe(fileName);
		// Excel needs the byte order mark to read a UTF-8 CSV; the other formats go without.
		expect(file.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), format).toBe(format === 'csv');
		const questions = questionsIn[format](file.text);
		expect(questions, format).toHaveLength(ids.length);
		if (format === 'moodle' || format === 'gift') expect(questions).toEqual(ids);
		await expect(panel.getByRole('status')).toHaveText(`${fileName} is saved.`);
	}
	// Conversions are stated for the chosen format.
	await expect(panel.getByRole('list', { name: 'What changes in this format' })).toContainText('paste it into Quizlet');
	await panel.getByRole('radio', { name: /^GIFT / }).check();
	await expect(panel.getByRole('list', { name: 'What changes in this format' })).toContainText(
		'Ordering questions become matching questions'
	);

	// The shortcut ticks every topic again, and the file is named for several.
	await panel.getByRole('button', { name: 'All topics' }).click();
	const index: BankIndex = await (await page.request.get('/banks/index.json')).json();
	const total = index.topics.reduce((sum, t) => sum + t.itemIds.length, 0);
	await expect(panel.getByText(`${total} questions will be exported.`)).toBeVisible();
	await expect(panel.getByText('File: qaitala-topics-en.gift.txt')).toBeVisible();
});

test('ru: the page in Russian exports a topic in Kazakh, with Kazakh words in the file', async ({ page }) => {
	const index: BankIndex = await (await page.request.get('/banks/index.json')).json();
	const topic = index.topics.find((t) => t.id === 'kz-china')!;
	const bank: TopicBank = await (await page.request.get('/banks/kk/kz-china.json')).json();
	await page.goto('/ru/teach/');
	const panel = page.getByRole('region', { name: 'Экспорт вопросов' });
	await panel.getByRole('button', { name: 'Снять выбор' }).click();
	await panel.getByRole('checkbox', { name: topic.title.ru }).check();
	await panel.getByRole('combobox', { name: 'Язык вопросов' }).selectOption({ label: 'Қазақша' });
	await panel.getByRole('radio', { name: /^CSV / }).check();
	const n = bank.items.length;
	const countText = { one: `Будет экспортирован ${n} вопрос.`, few: `Будут экспортированы ${n} вопроса.` }[
		new Intl.PluralRules('ru').select(n) as string
	];
	await expect(panel.getByText(countText ?? `Будет экспортировано ${n} вопросов.`)).toBeVisible();

	const file = await download(page, 'Скачать');
	expect(file.name).toBe('qaitala-kz-china-kk.csv');
	const rows = Papa.parse<string[]>(file.text.trim()).data;
	expect(rows).toHaveLength(bank.items.length);
	const firstTrueFalse = bank.items.findIndex((i) => i.type === 'true-false');
	expect(rows[firstTrueFalse]![1]).toMatch(/^(Дұрыс|Бұрыс) — /); // the file's language, not the page's
	expect(file.text).toMatch(/[әғқңөұүһі]/);
	await expect(panel.getByRole('status')).toHaveText('Файл qaitala-kz-china-kk.csv сохранён.');
});

test('a bank that cannot be read gives a translated message and no file', async ({ page }) => {
	// A bad body rather than a failed request: the browser logs failed requests as console errors.
	await page.route('**/banks/en/kz-usa.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })
	);
	await page.goto('/en/teach/');
	const panel = page.getByRole('region', { name: 'Export questions' });
	await panel.getByRole('button', { name: 'Clear' }).click();
	await panel.getByRole('checkbox', { name: 'Kazakhstan and the United States' }).check();
	let downloads = 0;
	page.on('download', () => downloads++);
	await panel.getByRole('button', { name: 'Download', exact: true }).click();
	await expect(panel.getByRole('alert')).toHaveText(
		/The questions could not be loaded\. Open Qaitala once while online/
	);
	await expect(panel.getByRole('status')).toHaveText('');
	expect(downloads).toBe(0);
});

for (const lang of ['kk', 'en']) {
	test(`no automated accessibility violations in the ${lang} export panel, after a download too`, async ({ page }) => {
		await page.goto(`/${lang}/teach/`);
		const panel = page.locator('section[aria-labelledby="export-heading"]');
		await panel.getByRole('radio').nth(2).check();
		await panel.getByRole('button').last().click(); // Download
		await expect(panel.getByRole('status')).toContainText('qaitala-topics');
		const { violations } = await new AxeBuilder({ page })
			.include('section[aria-labelledby="export-heading"]')
			.analyze();
		expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
	});
}
