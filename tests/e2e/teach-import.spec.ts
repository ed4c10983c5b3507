import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HEADER = 'type,question,answer,wrong,explanation';
const rows = [
	'flashcard,Capital of Kazakhstan?,Astana,,Capital since 1997',
	'choice,Which countries are in Central Asia?,Kazakhstan|Uzbekistan,Georgia|Mongolia,',
	'true-false,"The first EU strategy for Central Asia\nwas adopted in 2007.",true,,',
	'cloze,Kazakhstan became independent in ___.,1991,,'
];
/** Line 4 is a choice without a right option; the quoted field on line 4–5 shifts the rest by one. */
const broken = [
	HEADER,
	rows[0],
	rows[1],
	'choice,Which is the capital of Kyrgyzstan?,,Almaty|Tashkent,',
	rows[2],
	'numeric,How many?,many,,',
	rows[3]
].join('\n');
const fixed = [HEADER, ...rows].join('\n');

const GIFT = `// Two questions in Moodle's format
::cap:: The capital of Kyrgyzstan is {=Bishkek =Бишкек}.

Tashkent is the capital of Kazakhstan. {F ####It is Uzbekistan's capital.}
`;

async function importText(page: Page, title: string, text: string, submit = 'Check and import') {
	await page.getByRole('textbox', { name: /^(Bank title|Банктің атауы|Название банка)$/ }).fill(title);
	await page.getByRole('textbox', { name: /^(Questions|Сұрақтар|Вопросы)$/ }).fill(text);
	await page.getByRole('button', { name: submit }).click();
}

test('en: a CSV with mistakes imports nothing; the fixed file and a GIFT file are kept, exported, practised and deleted', async ({
	page
}) => {
	await page.goto('/en/teach/');
	await expect(page.getByRole('heading', { name: 'Import your own questions' })).toBeVisible();
	await expect(page.getByText('No banks imported yet.')).toBeVisible();

	await importText(page, 'Capitals', broken);
	await expect(page.getByText('Nothing was imported: there are 2 problems to fix.')).toBeVisible();
	await expect(page.getByText('Line 4: No option is marked right.')).toBeVisible();
	await expect(page.getByText('Line 7: The answer “many” is not a number.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No banks imported yet.')).toBeVisible();
	await expect(page.locator('.banks')).toHaveCount(0);

	await importText(page, 'Capitals', fixed);
	await expect(page.getByText('“Capitals” is imported: 4 questions.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Questions' })).toHaveValue('');
	await page.reload();
	const capitals = page.getByRole('listitem', { name: 'Capitals' });
	await expect(capitals).toBeVisible();
	await expect(capitals.getByText(/English · CSV · 4 questions · Imported/)).toBeVisible();
	await expect(capitals.getByRole('listitem').filter({ hasText: 'Multiple choice: 1' })).toBeVisible();

	// The preview is plain text in the bank's language.
	await capitals.getByText('Questions', { exact: true }).click();
	const preview = capitals.locator('ol.preview');
	await expect(preview).toHaveAttribute('lang', 'en');
	await expect(preview.getByText('Capital of Kazakhstan?')).toBeVisible();
	await expect(preview.getByText('Answer: A) Kazakhstan; B) Uzbekistan')).toBeVisible();

	// Export: our CSV reads back; GIFT is Moodle's.
	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		capitals.getByRole('button', { name: 'CSV', exact: true }).click()
	]);
	expect(csvDownload.suggestedFilename()).toBe('capitals.csv');
	expect(await readFile((await csvDownload.path())!, 'utf8')).toContain(
		'true-false,"The first EU strategy for Central Asia\nwas adopted in 2007.",true'
	);
	const [giftDownload] = await Promise.all([
		page.waitForEvent('download'),
		capitals.getByRole('button', { name: 'GIFT' }).click()
	]);
	expect(giftDownload.suggestedFilename()).toBe('capitals.gift.txt');
	expect(await readFile((await giftDownload.path())!, 'utf8')).toContain(
		'Capital of Kazakhstan? {####Astana — Capital since 1997}'
	);

	// A GIFT file: its name becomes the title, and the format is recognised.
	await page
		.getByLabel('Choose a file')
		.setInputFiles({ name: 'kyrgyzstan.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
	await expect(page.getByText('Read “kyrgyzstan.gift”.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Bank title' })).toHaveValue('kyrgyzstan');
	await page.getByRole('button', { name: 'Check and import' }).click();
	await expect(page.getByText('“kyrgyzstan” is imported: 2 questions.')).toBeVisible();
	await expect(page.locator('.banks > li h4')).toHaveText(['kyrgyzstan', 'Capitals']);
	const kyrgyzstan = page.getByRole('listitem', { name: 'kyrgyzstan' });
	await expect(kyrgyzstan.getByText(/GIFT · 2 questions/)).toBeVisible();

	// Practise runs the bank's questions with the quiz's own components, in a shuffled order.
	await kyrgyzstan.getByRole('button', { name: 'Practise' }).click();
	for (let n = 1; n <= 2; n++) {
		await expect(kyrgyzstan.getByText(`Question ${n} of 2`)).toBeVisible();
		const gap = kyrgyzstan.getByRole('textbox');
		if (await gap.count()) {
			await gap.fill('Bishkek');
			await kyrgyzstan.getByRole('button', { name: 'Check' }).click();
		} else await kyrgyzstan.getByRole('button', { name: 'False', exact: true }).click();
		await expect(kyrgyzstan.getByText('Correct!')).toBeVisible();
		await kyrgyzstan.getByRole('button', { name: 'Next question' }).click();
	}
	await expect(kyrgyzstan.getByText('2 of 2 right.')).toBeVisible();
	await kyrgyzstan.getByRole('button', { name: 'Stop practising' }).click();
	await expect(kyrgyzstan.getByRole('button', { name: 'Practise' })).toBeFocused();

	// Delete asks first; cancel keeps the bank.
	await capitals.getByRole('button', { name: 'Delete' }).click();
	await expect(capitals.getByText('Delete “Capitals” from this device? This cannot be undone.')).toBeVisible();
	await expect(capitals.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await capitals.getByRole('button', { name: 'Cancel' }).click();
	await capitals.getByRole('button', { name: 'Delete' }).click();
	await capitals.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.getByText('“Capitals” was deleted.')).toBeVisible();
	await expect(page.locator('.banks > li h4')).toHaveText(['kyrgyzstan']);
	await page.reload();
	await expect(page.locator('.banks > li h4')).toHaveText(['kyrgyzstan']);
});

test('kk: errors are in Kazakh with their line, the fixed Kazakh bank is kept and can be deleted', async ({ page }) => {
	await page.goto('/kk/teach/');
	await expect(page.getByRole('heading', { name: 'Өз сұрақтарыңызды импорттау' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Сұрақтардың тілі' }).selectOption('kk');
	const csv = [
		'type;question;answer;wrong',
		'flashcard;Қазақстанның елордасы;Астана;',
		'cloze;Қазақстан тәуелсіздік алған жыл;1991;',
		'true-false;Бішкек — Қырғызстанның астанасы.;ақиқат;'
	].join('\n');
	await importText(page, 'Елордалар', csv, 'Тексеріп, импорттау');
	await expect(page.getByText('Ештеңе импортталмады: 1 қатені түзету керек.')).toBeVisible();
	await expect(page.getByText('3-жол: Бос орын сұрағында дәл бір ___ бос орын болуы керек, ал мұнда 0.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Әзірге импортталған банк жоқ.')).toBeVisible();

	await importText(
		page,
		'Елордалар',
		csv.replace('тәуелсіздік алған жыл', '___ жылы тәуелсіздік алды'),
		'Тексеріп, импорттау'
	);
	await expect(page.getByText('«Елордалар» импортталды: 3 сұрақ.')).toBeVisible();
	await page.reload();
	const bank = page.getByRole('listitem', { name: 'Елордалар' });
	await expect(bank.getByText(/Қазақша · CSV · 3 сұрақ/)).toBeVisible();
	await bank.getByText('Сұрақтар', { exact: true }).click();
	await expect(bank.locator('ol.preview')).toHaveAttribute('lang', 'kk');
	await expect(bank.getByText('Жауап: Дұрыс')).toBeVisible();

	await bank.getByRole('button', { name: 'Жою' }).click();
	await bank.getByRole('button', { name: 'Иә, жою' }).click();
	await expect(page.getByText('«Елордалар» жойылды.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Әзірге импортталған банк жоқ.')).toBeVisible();
});

/** Russian text as Excel writes it in a Russian locale: Windows-1251 (ASCII, А–я, Ё, ё). */
function windows1251(text: string): Buffer {
	return Buffer.from(
		[...text].map((ch) => {
			const code = ch.codePointAt(0)!;
			if (code < 0x80) return code;
			if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
			return ch === 'Ё' ? 0xa8 : ch === 'ё' ? 0xb8 : 0x3f;
		})
	);
}

test('ru: a semicolon CSV saved by Excel in Windows-1251 imports with its Russian text intact', async ({ page }) => {
	await page.goto('/ru/teach/');
	const csv =
		'type;question;answer;wrong\r\nchoice;Столица Кыргызстана?;Бишкек;Ош|Каракол\r\ntrue-false;Ташкент — столица Узбекистана.;ИСТИНА;\r\n';
	await page
		.getByLabel('Выбрать файл')
		.setInputFiles({ name: 'Столицы.csv', mimeType: 'text/csv', buffer: windows1251(csv) });
	await page
		.getByRole('region', { name: 'Импорт своих вопросов' })
		.getByRole('combobox', { name: 'Язык вопросов' })
		.selectOption('ru');
	await page.getByRole('button', { name: 'Проверить и импортировать' }).click();
	await expect(page.getByText('Банк «Столицы» импортирован: 2 вопроса.')).toBeVisible();
	const bank = page.getByRole('listitem', { name: 'Столицы' });
	await bank.getByText('Вопросы', { exact: true }).click();
	await expect(bank.getByText('Столица Кыргызстана? A) Бишкек  B) Ош  C) Каракол')).toBeVisible();
});

test('kk: no automated accessibility violations in the panel with errors, a bank, its questions and practice open', async ({
	page
}) => {
	await page.goto('/kk/teach/');
	const scan = async (label: string) => {
		const { violations } = await new AxeBuilder({ page })
			.include('section[aria-labelledby="import-heading"]')
			.analyze();
		expect(violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
	};
	await page.getByText('Файлды қалай жазу керек').click();
	await importText(page, 'Тест', 'question,answer\nQ,\n', 'Тексеріп, импорттау');
	await expect(page.getByText('2-жол: «жауап» бос.')).toBeVisible();
	await scan('errors');
	await importText(
		page,
		'Тест',
		'type,question,answer,wrong\nchoice,Елорда?,Астана,Алматы|Шымкент\n',
		'Тексеріп, импорттау'
	);
	const bank = page.getByRole('listitem', { name: 'Тест' });
	await bank.getByText('Сұрақтар', { exact: true }).click();
	await bank.getByRole('button', { name: 'Жаттығу' }).click();
	await bank.getByRole('button', { name: 'Астана' }).click();
	await bank.getByRole('button', { name: 'Жою' }).click();
	await scan('bank');
});
