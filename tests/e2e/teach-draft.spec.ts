import type { Page } from '@playwright/test';
import { test, expect, waitForPacks, waitForServiceWorkerControl } from './fixtures';
import { makeDocx, makePdf } from './document-files';
import { STEPPE_FORUM } from '../fixtures/steppe-forum';

const ENGLISH = ['The Steppe Forum and Europe', '', ...STEPPE_FORUM.en].join('\n');
const KAZAKH = STEPPE_FORUM.kk;

const drafts = (page: Page) => page.locator('ul.drafts > li');

test('en: a pasted text gives cited drafts; one rejected, all numbers accepted, saved as a bank that /teach lists and practises', async ({
	page
}) => {
	await page.goto('/en/teach/');
	await page.getByRole('link', { name: 'Draft questions from a document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Draft questions from a new document' })).toBeVisible();

	await page.getByRole('textbox', { name: 'Text of the document' }).fill(ENGLISH);
	await expect(page.getByRole('combobox', { name: 'Language of the questions' })).toHaveValue('en');
	await page.getByRole('textbox', { name: 'Bank title' }).fill('Steppe Forum');
	await page.getByRole('button', { name: 'Draft questions' }).click();
	await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
	await expect(drafts(page).first()).toBeVisible();

	// Every draft names its paragraph and lines; the founding year is asked with its line.
	const founded = drafts(page).filter({
		hasText: 'which year goes in the gap? The Steppe Forum (SF) was founded in ___'
	});
	await expect(founded).toHaveCount(1);
	await expect(founded).toContainText('Number');
	await expect(founded).toContainText('paragraph 2, line 3');
	await expect(founded).toContainText('Answer: 1997');
	expect(
		await drafts(page)
			.filter({ hasNotText: /paragraph \d+, lines? \d+/ })
			.count()
	).toBe(0);

	// A gap on the defined acronym, and a false statement with another year of the text.
	await expect(drafts(page).filter({ hasText: 'The Steppe Forum (_____) was founded' }).first()).toContainText(
		'Answer: SF'
	);
	await expect(
		drafts(page)
			.filter({ hasText: /True\/false.*In (1997|2015|2019) the forum opened an office in Brussels/ })
			.first()
	).toContainText('Answer: False');

	await founded.getByRole('button', { name: 'Reject' }).click();
	await expect(founded.getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');
	await expect(founded).toContainText('Rejected');

	const acceptNumbers = page.getByRole('button', { name: /^Accept all: Number \(\d+\)$/ });
	const numbers = Number((await acceptNumbers.textContent())?.match(/\((\d+)\)/)?.[1]);
	expect(numbers).toBeGreaterThanOrEqual(6);
	await acceptNumbers.click();
	await expect(acceptNumbers).toHaveCount(0);
	await expect(page.getByText(`${numbers} accepted questions will be saved.`)).toBeVisible();

	await page.getByRole('button', { name: 'Save as a bank' }).click();
	await expect(page.getByText(`“Steppe Forum” is saved: ${numbers} questions.`)).toBeVisible();
	await expect(founded).toBeVisible(); // the rejected draft stays behind, unsaved

	await page.getByRole('link', { name: 'Go to the banks on the instructor’s page' }).click();
	const bank = page.getByRole('listitem', { name: 'Steppe Forum' });
	await expect(bank.getByText(`English · Drafted · ${numbers} questions`)).toBeVisible();
	await bank.getByText('Questions', { exact: true }).click();
	await expect(bank.locator('ol.preview')).toContainText('3.5');
	await expect(bank.locator('ol.preview')).not.toContainText('was founded in ___');
	await bank.getByRole('button', { name: 'Practise' }).click();
	await expect(bank.getByText(`Question 1 of ${numbers}`)).toBeVisible();
});

test('kk offline: a .docx and a .pdf are read after the first visit; drafts in Kazakh are saved and listed on /teach', async ({
	page,
	context
}) => {
	await page.goto('/kk/teach/draft/');
	await waitForServiceWorkerControl(page);
	await waitForPacks(page, ['tools']); // kept once an instructor's page is open
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Жаңа құжаттан сұрақтар құрастыру' })).toBeVisible();

	const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
	await page
		.getByLabel('Құжатты ашу')
		.setInputFiles({ name: 'дала-форумы.docx', mimeType: mime, buffer: makeDocx(KAZAKH) });
	await expect(page.getByText('«дала-форумы.docx» оқылды.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Құжаттың мәтіні' })).toHaveValue(/Дала форумы \(ДФ\) 1997 жылы/);
	await expect(page.getByRole('textbox', { name: 'Банктің атауы' })).toHaveValue('дала-форумы');
	await expect(page.getByRole('combobox', { name: 'Сұрақтардың тілі' })).toHaveValue('kk');
	await page.getByRole('button', { name: 'Сұрақтар құрастыру' }).click();

	await expect(page.getByRole('heading', { name: 'Ұсынылған сұрақтар' })).toBeVisible();
	const opened = drafts(page).filter({
		hasText: 'Мәтін бойынша бос орынға қай жыл келеді? Форумның Брюссельдегі кеңсесі ___ жылы ашылды.'
	});
	await expect(opened).toContainText('Жауабы: 2004');
	const gaps = drafts(page).filter({ hasText: 'Бос орын' });
	await gaps.first().getByRole('button', { name: 'Қабылдамау' }).click();
	const acceptGaps = page.getByRole('button', { name: /^Барлығын қабылдау: Бос орын \(\d+\)$/ });
	const gapCount = Number((await acceptGaps.textContent())?.match(/\((\d+)\)/)?.[1]);
	await acceptGaps.click();
	await opened.getByRole('button', { name: 'Қабылдау' }).click();
	await page.getByRole('button', { name: 'Банк ретінде сақтау' }).click();
	await expect(page.getByText(`«дала-форумы» сақталды: ${gapCount + 1} сұрақ.`)).toBeVisible();

	// A PDF's text layer, read by PDF.js's worker from the cache.
	await page.getByLabel('Құжатты ашу').setInputFiles({
		name: 'forum.pdf',
		mimeType: 'application/pdf',
		buffer: makePdf([
			'The Steppe Forum was founded in 1997 in Almaty.',
			'In 2015 the forum signed a charter with the European',
			'Commission, and its budget reached 3.5 million euros.'
		])
	});
	await expect(page.getByText('«forum.pdf» оқылды.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Құжаттың мәтіні' })).toHaveValue(
		/^The Steppe Forum was founded in 1997 in Almaty\.\nIn 2015/
	);
	await expect(page.getByRole('combobox', { name: 'Сұрақтардың тілі' })).toHaveValue('en');
	await page.getByRole('button', { name: /Қайта құрастыру/ }).click();
	await expect(
		drafts(page).filter({
			hasText: 'According to the text, which year goes in the gap? The Steppe Forum was founded in ___ in Almaty.'
		})
	).toHaveCount(1);

	await page.goto('/kk/teach/');
	const bank = page.getByRole('listitem', { name: 'дала-форумы' });
	await expect(bank.getByText(`Қазақша · Құжаттан · ${gapCount + 1} сұрақ`)).toBeVisible();
	await context.setOffline(false);
});

test('ru: a file that is not a document, or is damaged, gets a translated error and changes nothing', async ({
	page
}) => {
	await page.goto('/ru/teach/draft/');
	const text = page.getByRole('textbox', { name: 'Текст документа' });
	await text.fill('Форум основан в 1997 году пятью университетами региона.');
	const open = page.getByLabel('Открыть документ');
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	await open.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
	await expect(
		page.getByText('Файл «photo.png» не читается здесь: откройте файл .txt, .md, .docx или .pdf. Ничего не изменено.')
	).toBeVisible();
	await open.setInputFiles({
		name: 'broken.docx',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('PK\u0003\u0004 not really a zip')
	});
	await expect(
		page.getByText('Файл «broken.docx» повреждён или защищён, прочитать его не удалось. Ничего не изменено.')
	).toBeVisible();
	await open.setInputFiles({
		name: 'broken.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\nthis is no pdf at all\n')
	});
	await expect(
		page.getByText('Файл «broken.pdf» повреждён или защищён, прочитать его не удалось. Ничего не изменено.')
	).toBeVisible();
	await open.setInputFiles({ name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n\n') });
	await expect(
		page.getByText('В файле «blank.txt» нет текста (в отсканированном PDF только изображения). Ничего не изменено.')
	).toBeVisible();
	await expect(text).toHaveValue('Форум основан в 1997 году пятью университетами региона.');
	await expect(page.getByRole('textbox', { name: 'Название банка' })).toHaveValue('');
	await expect(page.getByRole('heading', { name: 'Предложенные вопросы' })).toHaveCount(0);

	// A text file is read as it is; drafting it gives Russian questions.
	await open.setInputFiles({
		name: 'форум.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Форум основан в 1997 году пятью университетами региона.\n')
	});
	await expect(page.getByText('Файл «форум.txt» прочитан.')).toBeVisible();
	await page.getByRole('button', { name: 'Составить вопросы' }).click();
	await expect(
		drafts(page).filter({ hasText: 'Какой год пропущен, согласно тексту? Форум основан в ___ году' })
	).toHaveCount(1);
});
