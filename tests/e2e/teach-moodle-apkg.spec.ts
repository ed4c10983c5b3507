// An instructor brings a Moodle XML file into a bank of her own, and takes topics to Anki as a package.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs from 'sql.js';
import { test, expect, readTables, waitForPacks, waitForServiceWorkerControl } from './fixtures';

const FIXTURE = 'tests/fixtures/moodle/capitals-en.xml';

/** Question 2 has no answer with full marks; the XML is whole. */
const WITHOUT_KEY = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse"><questiontext format="plain_text"><text>Астана — Қазақстанның елордасы.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
  <question type="shortanswer"><questiontext format="plain_text"><text>Қырғызстанның елордасы — _____.</text></questiontext>
    <answer fraction="50"><text>Бішкек</text></answer></question>
</quiz>`;
/** A question left open: the parser notices at `</quiz>`, on line 7. */
const DAMAGED = WITHOUT_KEY.replace(
	'<answer fraction="50"><text>Бішкек</text></answer></question>',
	'<answer fraction="100"><text>Бішкек</text></answer>'
);
const FIXED = WITHOUT_KEY.replace('fraction="50"', 'fraction="100"');

async function importFile(page: Page, name: string, text: string | Buffer, submit: string) {
	await page
		.getByLabel(/Choose a file|Файлды таңдау|Выбрать файл/)
		.setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: submit }).click();
}

/** The Anki package the export panel downloads, opened as Anki would: unzipped, its collection read with SQLite. */
async function downloadPackage(page: Page, button: string) {
	const panel = page.locator('section[aria-labelledby="export-heading"]');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: button, exact: true }).click()
	]);
	const bytes = await readFile((await file.path())!);
	expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip
	const files = unzipSync(bytes);
	expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
	expect(strFromU8(files.media!)).toBe('{}');
	const db = new (await initSqlJs()).Database(files['collection.anki2']);
	const count = (table: string) => Number(db.exec(`SELECT count(*) FROM ${table}`)[0]!.values[0]![0]);
	const result = {
		name: file.suggestedFilename(),
		notes: count('notes'),
		cards: count('cards'),
		fields: String(db.exec('SELECT flds FROM notes ORDER BY id LIMIT 1')[0]!.values[0]![0])
	};
	db.close();
	return result;
}

test('en: a Moodle XML file is imported as text, listed and practised; an Anki package of a topic downloads', async ({
	page
}) => {
	await page.goto('/en/teach/');
	await expect(page.getByText('No banks imported yet.')).toBeVisible();

	await page.getByLabel('Choose a file').setInputFiles(FIXTURE);
	await expect(page.getByText('Read “capitals-en.xml”.')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Format' })).toHaveValue('moodle');
	await page.getByRole('button', { name: 'Check and import' }).click();
	await expect(page.getByText('“capitals-en” is imported: 6 questions.')).toBeVisible();
	await expect(
		page.getByText('Question 3: 1 more answer was left out: only fully right answers are kept.')
	).toBeVisible();
	await expect(page.getByText('Question 7: A description (text without a question) was left out.')).toBeVisible();

	await page.reload();
	const bank = page.getByRole('listitem', { name: 'capitals-en' });
	await expect(bank.getByText(/English · Moodle XML · 6 questions · Imported/)).toBeVisible();
	for (const type of [
		'Multiple choice: 1',
		'True/false: 1',
		'Gap fill: 1',
		'Number: 1',
		'Matching: 1',
		'Flashcard: 1'
	]) {
		await expect(bank.getByRole('listitem').filter({ hasText: type })).toBeVisible();
	}
	// Moodle's HTML became plain text: no markup shown, none run.
	await bank.getByText('Questions', { exact: true }).click();
	await expect(
		bank.getByText('Which city is the capital of Kazakhstan? A) Astana  B) Almaty  C) Shymkent')
	).toBeVisible();
	await expect(bank.getByText('The capital of Kyrgyzstan is _____.')).toBeVisible();
	await expect(bank.getByText('Answer: It lies near the centre of the country.')).toBeVisible();
	await expect(bank.locator('b, img, script')).toHaveCount(0);
	expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();

	await bank.getByRole('button', { name: 'Practise' }).click();
	await expect(bank.getByText('Question 1 of 6')).toBeVisible();
	await bank.getByRole('button', { name: 'Stop practising' }).click();

	// An Anki package of one topic, the other two languages on the back.
	const bankJson = await (await page.request.get('/banks/en/kz-usa.json')).json();
	const panel = page.locator('section[aria-labelledby="export-heading"]');
	await panel.getByRole('button', { name: 'Clear' }).click();
	await panel.getByRole('checkbox', { name: 'Kazakhstan and the United States' }).check();
	await panel.getByRole('radio', { name: /^Anki package / }).check();
	await expect(panel.getByText('File: qaitala-kz-usa-en.apkg')).toBeVisible();
	await panel
		.getByRole('checkbox', { name: 'Also put the question and answer in the other two languages on the back' })
		.check();
	const { violations } = await new AxeBuilder({ page })
		.include('section[aria-labelledby="export-heading"]')
		.include('section[aria-labelledby="import-heading"]')
		.analyze();
	expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
	const apkg = await downloadPackage(page, 'Download');
	expect(apkg).toMatchObject({
		name: 'qaitala-kz-usa-en.apkg',
		notes: bankJson.items.length,
		cards: bankJson.items.length
	});
	expect(apkg.fields).toContain('<div class="other" lang="kk">');
	expect(apkg.fields).toContain('<div class="other" lang="ru">');
	await expect(panel.getByText('qaitala-kz-usa-en.apkg is saved.')).toBeVisible();
});

test('kk: a damaged or keyless Moodle XML gets Kazakh errors and stores nothing; the fixed one is practised; a package is made offline', async ({
	page,
	context
}) => {
	await page.goto('/kk/teach/');
	await page.getByRole('combobox', { name: 'Сұрақтардың тілі' }).selectOption('kk');

	await importFile(page, 'elordalar.xml', DAMAGED, 'Тексеріп, импорттау');
	await expect(page.getByText('Ештеңе импортталмады: 1 қатені түзету керек.')).toBeVisible();
	await expect(
		page.getByText('7-жол: Файл дұрыс құрылған XML емес: бір тег жабылмаған немесе бір таңба орнында емес.')
	).toBeVisible();
	await importFile(page, 'elordalar.xml', WITHOUT_KEY, 'Тексеріп, импорттау');
	await expect(page.getByText('2-сұрақ: Бірде-бір жауап 100 % деп бағаланбаған.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Әзірге импортталған банк жоқ.')).toBeVisible();
	expect((await readTables(page, ['customBanks'])).customBanks).toEqual([]);

	await page.getByRole('combobox', { name: 'Сұрақтардың тілі' }).selectOption('kk');
	await importFile(page, 'elordalar.xml', FIXED, 'Тексеріп, импорттау');
	await expect(page.getByText('«elordalar» импортталды: 2 сұрақ.')).toBeVisible();
	const bank = page.getByRole('listitem', { name: 'elordalar' });
	await expect(bank.getByText(/Қазақша · Moodle XML · 2 сұрақ/)).toBeVisible();
	await bank.getByRole('button', { name: 'Жаттығу' }).click();
	for (let n = 1; n <= 2; n++) {
		await expect(bank.getByText(`Сұрақ ${n} / 2`)).toBeVisible();
		const gap = bank.getByRole('textbox');
		if (await gap.count()) {
			await gap.fill('Бішкек');
			await bank.getByRole('button', { name: 'Тексеру' }).click();
		} else await bank.getByRole('button', { name: 'Дұрыс', exact: true }).click();
		await expect(bank.getByText('Дұрыс!')).toBeVisible();
		await bank.getByRole('button', { name: 'Келесі сұрақ' }).click();
	}
	await expect(bank.getByText('Дұрыс жауаптар: 2 / 2.')).toBeVisible();
	expect((await readTables(page, ['customBanks'])).customBanks).toHaveLength(1);

	// Offline, from the service worker's cache: sql.js's WebAssembly was kept with the instructors' tools.
	const bankJson = await (await page.request.get('/banks/kk/kz-china.json')).json();
	await waitForServiceWorkerControl(page);
	await waitForPacks(page, ['tools']); // kept once an instructor's page is open
	await context.setOffline(true);
	const panel = page.locator('section[aria-labelledby="export-heading"]');
	await panel.getByRole('button', { name: 'Таңдауды тазарту' }).click();
	await panel.getByRole('checkbox', { name: 'Қазақстан және Қытай' }).check();
	await panel.getByRole('radio', { name: /^Anki бумасы / }).check();
	const apkg = await downloadPackage(page, 'Жүктеп алу');
	expect(apkg.name).toBe('qaitala-kz-china-kk.apkg');
	expect(apkg).toMatchObject({ notes: bankJson.items.length, cards: bankJson.items.length });
	expect(apkg.fields).toMatch(/[әғқңөұүһі]/);
	expect(apkg.fields).not.toContain('class="other"');
});
