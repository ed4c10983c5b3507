// An instructor's own questions end to end, in English and in Kazakh: a small CSV bank (English and
// Kazakh columns) is imported, shows on Home as the instructor's own topic, is studied with FSRS and
// counted in Progress; an assignment made of it carries its questions, a student on another device
// (a fresh browser context, offline) completes it, and the result code reaches the class overview.
import i18next from 'i18next';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect, readTables, waitForServiceWorkerControl } from './fixtures';
import en from '../../src/lib/i18n/locales/en';
import kk from '../../src/lib/i18n/locales/kk';
import sessionEn from '../../src/lib/i18n/locales/session/en';
import sessionKk from '../../src/lib/i18n/locales/session/kk';
import moreEn from '../../src/lib/i18n/locales/more/en';
import moreKk from '../../src/lib/i18n/locales/more/kk';
import { teachResources } from '../../src/lib/i18n/locales/teach';
import { carriedItems, decodeAssignment } from '../../src/lib/domain/share/assignment';
import { readAssignmentFile } from '../../src/lib/domain/share/files';
import { decodeResult } from '../../src/lib/domain/share/result';
import { readFile } from 'node:fs/promises';

type Lang = 'en' | 'kk';

// The app's own strings, so one journey reads the same in both languages.
const strings = i18next.createInstance();
void strings.init({
	initAsync: false,
	interpolation: { escapeValue: false },
	resources: {
		en: { translation: { ...en, ...teachResources.en } },
		kk: { translation: { ...kk, ...teachResources.kk } }
	}
});
// The chunks the app loads page by page, merged deeply as the app does.
for (const [lang, chunk] of [
	['en', sessionEn],
	['en', moreEn],
	['kk', sessionKk],
	['kk', moreKk]
] as const)
	strings.addResourceBundle(lang, 'translation', chunk, true, true);
const tr = (lang: Lang) => (key: string, options?: Record<string, unknown>) =>
	strings.t(key, { lng: lang, ...options }) as string;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CSV = [
	'type,question_en,question_kk,answer_en,answer_kk,wrong_en,wrong_kk',
	'true-false,Astana is the capital of Kazakhstan.,Астана — Қазақстанның астанасы.,true,true,,',
	'true-false,Almaty is the capital of Kyrgyzstan.,Алматы — Қырғызстанның астанасы.,false,false,,',
	'choice,Which city is the capital of Uzbekistan?,Өзбекстанның астанасы қай қала?,Tashkent,Ташкент,Samarkand|Bukhara,Самарқанд|Бұхара'
].join('\n');

/** Per question text in each language: the button that answers it rightly. */
const RIGHT: Record<Lang, Record<string, string>> = {
	en: {
		'Astana is the capital of Kazakhstan.': 'true',
		'Almaty is the capital of Kyrgyzstan.': 'false',
		'Which city is the capital of Uzbekistan?': 'Tashkent'
	},
	kk: {
		'Астана — Қазақстанның астанасы.': 'true',
		'Алматы — Қырғызстанның астанасы.': 'false',
		'Өзбекстанның астанасы қай қала?': 'Ташкент'
	}
};
const WRONG_CHOICE: Record<Lang, string> = { en: 'Samarkand', kk: 'Самарқанд' };

/** Answers the question on screen rightly (or, with `wrongChoice`, the choice wrongly). */
async function answer(page: Page, lang: Lang, wrongChoice = false): Promise<void> {
	const t = tr(lang);
	const question = (await page.locator('article.card .prompt').textContent())?.trim() ?? '';
	const right = RIGHT[lang][question];
	expect(right, `a question of the bank: ${question}`).toBeDefined();
	const card = page.locator('article.card');
	if (right === 'true' || right === 'false')
		await card.getByRole('button', { name: t(`card.${right}`), exact: true }).click();
	else await card.getByRole('button', { name: wrongChoice ? WRONG_CHOICE[lang] : right!, exact: true }).click();
}

/** Imports the bank on /teach and checks it is kept whole, in both languages. */
async function importBank(page: Page, lang: Lang, title: string) {
	const t = tr(lang);
	await page.goto(`/${lang}/teach/`);
	const panel = page.getByRole('region', { name: t('customBank.heading') });
	await panel.getByRole('combobox', { name: t('customBank.form.language') }).selectOption(lang);
	await panel.getByRole('textbox', { name: t('customBank.form.title'), exact: true }).fill(title);
	await panel.getByRole('textbox', { name: t('customBank.form.text'), exact: true }).fill(CSV);
	await panel.getByRole('button', { name: t('customBank.form.submit') }).click();
	await expect(page.getByText(t('customBank.result.imported', { title, count: 3 }))).toBeVisible();
	await expect(
		page
			.getByRole('listitem', { name: title })
			.getByText(lang === 'en' ? /^English, Қазақша · CSV/ : /^Қазақша, English · CSV/)
	).toBeVisible();
}

/** The student's side on a device that never had the bank: opened once, then offline. */
async function answerAsStudent(
	browser: Browser,
	baseURL: string,
	lang: Lang,
	link: string,
	title: string
): Promise<string> {
	const t = tr(lang);
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow', viewport: { width: 412, height: 915 } });
	const errors: string[] = [];
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
	const page = await context.newPage();
	await page.goto(`/${lang}/`);
	await waitForServiceWorkerControl(page);
	expect((await readTables(page, ['customBanks'])).customBanks).toEqual([]);
	await context.setOffline(true);
	await page.goto(link.slice(link.indexOf(`/${lang}/assignment/`)));
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByRole('button', { name: t('assignment.start'), exact: true }).click();
	for (let n = 1; n <= 3; n++) {
		const progress = page.getByText(t('test.progress', { position: n, total: 3 }));
		await expect(progress).toBeVisible();
		if (n === 2) {
			await page.reload(); // offline, mid-assignment: the questions are kept with it
			await expect(progress).toBeVisible();
		}
		await answer(page, lang, true); // the choice is answered wrongly
	}
	await page.getByLabel(t('assignment.yourName')).fill('Aliya Serikova');
	await page.getByRole('button', { name: t('assignment.makeResult') }).click();
	const code = await page.getByLabel(t('assignment.resultCode')).inputValue();
	// Still no bank on this device: the questions came inside the assignment.
	expect((await readTables(page, ['customBanks'])).customBanks).toEqual([]);
	await context.close();
	expect(errors).toEqual([]);
	return code;
}

for (const lang of ['en', 'kk'] as const) {
	test(`${lang}: an imported bank is a topic of one's own, studied offline and counted; an assignment carries it to an offline student and back`, async ({
		page,
		context,
		browser,
		baseURL
	}) => {
		test.setTimeout(180_000); // a whole journey on two devices, on a busy two-core machine
		const t = tr(lang);
		const title = lang === 'en' ? 'Capitals of Central Asia' : 'Орталық Азия астаналары';
		await importBank(page, lang, title);
		await waitForServiceWorkerControl(page);
		// The bank lives in IndexedDB, its pages are the precached ones: studying it needs no network.
		await context.setOffline(true);

		// Home: the bank is a topic, marked as the instructor's own, with its counts.
		await page.goto(`/${lang}/`);
		const card = page.locator('article.topic').filter({ has: page.getByRole('heading', { name: title }) });
		await expect(card.getByText(t('customTopics.own'), { exact: true })).toBeVisible();
		await expect(card.getByText(t('home.itemCount', { count: 3 }))).toBeVisible();
		await expect(card.getByText(t('home.newCount', { count: 3 }))).toBeVisible();

		// Studied with FSRS at its own address, in the page's language.
		await card.getByRole('link', { name: t('home.studyTopic', { topic: title }) }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/study/custom/\\?bank=[0-9a-z]+$`));
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await page.reload(); // a whole page load of the address, offline, opens the same bank
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		const shown = (await page.locator('article.card [lang]').first().textContent()) ?? '';
		expect(Object.keys(RIGHT[lang]).some((q) => shown.includes(q))).toBe(true);
		await page.getByRole('button', { name: t('study.showAnswer') }).click();
		await page.getByRole('button', { name: new RegExp(`^${escape(t('study.grade.good'))}`) }).click();
		await expect.poll(async () => (await readTables(page, ['reviews'])).reviews?.length).toBe(1);
		const { cards = [], reviews = [] } = await readTables(page, ['cards', 'reviews']);
		expect((cards as { itemId: string }[]).map((c) => c.itemId)).toEqual([
			expect.stringMatching(/^custom-[0-9a-z]+-\d$/)
		]);
		expect(reviews[0]).toMatchObject({ grade: 'good', stateAfter: expect.any(String) });

		// Quizzed: the answer is graded into the same schedule.
		const bank = new URL(page.url()).searchParams.get('bank');
		await page.goto(`/${lang}/quiz/custom/?bank=${bank}`);
		await expect(page.getByRole('heading', { level: 1, name: t('quiz.title', { topic: title }) })).toBeVisible();
		await answer(page, lang);
		await expect(page.getByRole('heading', { name: t('quiz.correct') })).toBeVisible();
		await expect.poll(async () => (await readTables(page, ['reviews'])).reviews?.length).toBe(2);

		// Tested: a practice test of the own topic, which leaves the schedule alone.
		await page.goto(`/${lang}/test/`);
		const setup = page.getByRole('group', { name: t('test.topics') });
		await expect(setup.getByRole('checkbox', { name: new RegExp(escape(title)) })).toBeVisible(); // read in the browser
		for (const box of await setup.getByRole('checkbox').all()) await box.uncheck();
		await setup.getByRole('checkbox', { name: new RegExp(escape(title)) }).check();
		await page.getByRole('button', { name: t('test.start') }).click();
		for (let n = 1; n <= 3; n++) {
			await expect(page.getByText(t('test.progress', { position: n, total: 3 }))).toBeVisible();
			await answer(page, lang);
		}
		await expect(page.getByText(t('test.score', { correct: 3, total: 3, percent: 100 }))).toBeVisible();
		expect((await readTables(page, ['reviews'])).reviews).toHaveLength(2);

		// Browsed: its questions are among the course's, and it is a topic to filter by.
		await page.goto(`/${lang}/browse/`);
		await page.getByRole('combobox', { name: t('browse.topic') }).selectOption({ label: title });
		for (const question of Object.keys(RIGHT[lang]))
			await expect(page.getByText(question, { exact: true })).toBeVisible();

		// Counted like the course's topics: on Home, across a reload, and in Progress.
		await page.goto(`/${lang}/`);
		await expect(card.getByText(t('home.newCount', { count: 1 }))).toBeVisible();
		await page.goto(`/${lang}/progress/`);
		await expect(page.getByRole('region', { name: t('progress.masteryTitle') }).getByText(title)).toBeVisible();
		if (lang === 'en') {
			await page.goto(`/${lang}/`);
			await expect(card).toBeVisible();
			expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
		}
		await context.setOffline(false);

		// The composer offers the bank beside the built-in topics; its questions travel in the assignment.
		await page.goto(`/${lang}/teach/`);
		const composer = page.getByRole('region', { name: t('teach.composeTitle') });
		await composer.getByLabel(t('teach.field.title')).fill(`${title}: test`);
		const topics = composer.getByRole('group', { name: t('test.topics') });
		await expect(topics.getByRole('checkbox', { name: new RegExp(escape(title)) })).toBeVisible();
		for (const box of await topics.getByRole('checkbox').all()) await box.uncheck();
		await topics.getByRole('checkbox', { name: new RegExp(escape(title)) }).check();
		await composer.getByLabel(t('teach.field.count')).fill('3');
		await expect(composer.getByText(t('customTopicsTeach.compose.carried', { count: 3 }))).toBeVisible();
		await page.getByRole('button', { name: t('teach.create') }).click();
		const link = await page.getByLabel(t('teach.share.link')).inputValue();
		const decoded = decodeAssignment(link.split('#')[1] ?? '', new Set());
		expect(decoded.ok && carriedItems(decoded.assignment).map((c) => Object.keys(c).sort())).toEqual([
			['en', 'id', 'kk'],
			['en', 'id', 'kk'],
			['en', 'id', 'kk']
		]);
		// The file holds the same assignment.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: t('teach.share.download') }).click()
		]);
		const file = readAssignmentFile(await readFile((await download.path())!, 'utf8'), new Set());
		expect(file.ok && decoded.ok && file.assignment).toEqual(decoded.ok && decoded.assignment);

		const code = await answerAsStudent(browser, baseURL!, lang, link, `${title}: test`);
		expect(decodeResult(code)).toMatchObject({ ok: true, result: { name: 'Aliya Serikova', answers: '110' } });

		// The class overview reads the code, and lists the own questions by their text.
		await page
			.getByRole('link', { name: t('teach.list.results'), exact: true })
			.first()
			.click();
		await page.waitForURL(new RegExp(`/${lang}/teach/results/\\?assignment=`));
		await page.getByLabel(t('results.add.codes')).fill(code);
		await page.getByRole('button', { name: t('results.add.submit') }).click();
		await expect(page.getByRole('row', { name: /Aliya Serikova/ })).toContainText('2/3');
		for (const question of Object.keys(RIGHT[lang]).filter((q) => !q.endsWith('?')))
			await expect(page.getByText(question)).toBeVisible();
	});
}

test('en: an assignment carrying more than a QR code holds is shared as a file only, and the file opens it', async ({
	page
}) => {
	test.setTimeout(90_000);
	const t = tr('en');
	// Made-up words: they compress about as badly as real questions.
	let seed = 7;
	const word = () => ((seed = (seed * 48271) % 2147483647), seed.toString(36));
	const rows = Array.from(
		{ length: 40 },
		(_, i) => `true-false,Statement ${i + 1}: ${Array.from({ length: 16 }, word).join(' ')}.,${i % 2 === 0}`
	);
	const title = 'Long statements';
	const panel = page.getByRole('region', { name: t('customBank.heading') });
	await page.goto('/en/teach/');
	await panel.getByRole('textbox', { name: t('customBank.form.title'), exact: true }).fill(title);
	await panel
		.getByRole('textbox', { name: t('customBank.form.text'), exact: true })
		.fill(['type,question,answer', ...rows].join('\n'));
	await panel.getByRole('button', { name: t('customBank.form.submit') }).click();
	await expect(page.getByText(t('customBank.result.imported', { title, count: 40 }))).toBeVisible();

	const composer = page.getByRole('region', { name: t('teach.composeTitle') });
	await composer.getByLabel(t('teach.field.title')).fill('All of them');
	const topics = composer.getByRole('group', { name: t('test.topics') });
	for (const box of await topics.getByRole('checkbox').all()) await box.uncheck();
	await topics.getByRole('checkbox', { name: new RegExp(title) }).check();
	await composer.getByLabel(t('teach.field.count')).fill('40');
	await expect(composer.getByText(t('customTopicsTeach.compose.carried', { count: 40 }))).toBeVisible();
	await page.getByRole('button', { name: t('teach.create') }).click();

	const share = page.locator('section.share');
	await expect(share.getByText(/too long for a link or QR code \(\d+ characters\)/)).toBeVisible();
	await expect(share.getByLabel(t('teach.share.link'))).toHaveCount(0);
	await expect(share.getByRole('img')).toHaveCount(0);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		share.getByRole('button', { name: t('teach.share.download') }).click()
	]);
	const file = await readFile((await download.path())!, 'utf8');
	expect(JSON.parse(file).link).toMatch(/\/en\/assignment\/$/);

	await page.goto('/en/assignment/');
	await page
		.getByLabel(t('assignment.orFile'))
		.setInputFiles({ name: 'all.qaitala-assignment.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(page.getByRole('heading', { level: 1, name: 'All of them' })).toBeVisible();
	await page.getByRole('button', { name: t('assignment.start'), exact: true }).click();
	await expect(page.getByText(t('test.progress', { position: 1, total: 40 }))).toBeVisible();
	await expect(page.locator('article.card .prompt')).toContainText('Statement 1:');
});
