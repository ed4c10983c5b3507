import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { sessionCodeFiles } from './build-manifest';
import type { BankIndex, TopicBank } from '../../src/lib/domain/bank/compile';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';

// What a Russian keyboard types for each Kazakh letter: written out here, not imported from the
// app's table (domain/quiz/normalize.ts), so a mistake there cannot hide from this test.
const KAZAKH_TO_RUSSIAN_KEYS: Record<string, string> = {
	ә: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	і: 'и'
};

/** The first question in the banks that fits `accept`, and the quiz page that asks just it (`?item=`). */
async function findQuestion(request: APIRequestContext, lang: string, accept: (item: LocalizedItem) => boolean) {
	const index: BankIndex = await (await request.get('/banks/index.json')).json();
	for (const topic of index.topics) {
		const bank: TopicBank = await (await request.get(`/banks/${lang}/${topic.id}.json`)).json();
		const item = bank.items.find(accept);
		if (item) return { item, url: `/${lang}/quiz/${topic.id}/?item=${item.id}` };
	}
	throw new Error('no such question in the banks');
}

test('kk: a typed answer with Kazakh letters typed on a Russian keyboard is accepted', async ({ page, request }) => {
	const { url, item } = await findQuestion(
		request,
		'kk',
		(i) => i.type === 'cloze' && /[әғқңөұүһі]/.test(i.answers[0]!)
	);
	if (item.type !== 'cloze') throw new Error('unreachable');
	const typed = [...item.answers[0]!]
		.map((ch) => KAZAKH_TO_RUSSIAN_KEYS[ch] ?? ch)
		.join('')
		.toUpperCase();

	await page.goto(url);
	await page.getByRole('textbox', { name: 'Сіздің жауабыңыз' }).fill(typed);
	await page.getByRole('button', { name: 'Тексеру' }).click();
	await expect(page.getByRole('heading', { name: 'Дұрыс!' })).toBeVisible();
	await expect(page.getByText('Қабылданды. Жазылуын төмендегі жауаппен салыстырыңыз.')).toBeVisible();
	await expect(page.getByText('Дұрыс жауаптар: 1 / 1')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Келесі сұрақ' })).toBeFocused();
});

test('en: a wrong typed number is rejected, shown with the right answer, and the card comes back', async ({
	page,
	request
}) => {
	const { url, item } = await findQuestion(request, 'en', (i) => i.type === 'numeric' || i.type === 'cloze');
	await page.goto(url);
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*1\s*Learning\s*0\s*To review\s*0$/);
	await page
		.getByRole('textbox', { name: 'Your answer' })
		.fill(item.type === 'numeric' ? String(item.answer + 1000) : 'Atlantis');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();
	await expect(page.getByText(item.explanation)).toBeVisible();
	await expect(page.getByText(/^Source: «.+», sections? “.+” lines? \d+/)).toBeVisible();
	// Wrong is "Again": the card stays in today's queue.
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*0\s*Learning\s*1\s*To review\s*0$/);
	await expect(page.getByText('Correct so far: 0 of 1')).toBeVisible();
});

test('ru: choices are large buttons, answered with one tap, and the result is saved', async ({ page, request }) => {
	const { url, item } = await findQuestion(
		request,
		'ru',
		(i) => i.type === 'choice' && i.options.filter((o) => o.correct).length === 1
	);
	if (item.type !== 'choice') throw new Error('unreachable');
	const right = item.options.find((o) => o.correct)!.text;
	await page.goto(url);
	await page.getByRole('group', { name: 'Варианты' }).getByRole('button', { name: right, exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Верно!' })).toBeVisible();
	await page.goto('/ru/');
	await expect(page.getByText(/^Сегодня: изучена 1 карточка · 1 ответ/)).toBeVisible();
});

test('ru: a first visit’s answer given while storage’s code is still loading is kept through a reload at once', async ({
	page,
	request
}) => {
	const { url, item } = await findQuestion(
		request,
		'ru',
		(i) => i.type === 'choice' && i.options.filter((o) => o.correct).length === 1
	);
	if (item.type !== 'choice') throw new Error('unreachable');
	// Storage and the scheduler never arrive on this page (what the page itself starts with does):
	// its grade can only be written down.
	const html = await (await request.get(url)).text();
	const sessionCode = [...sessionCodeFiles()].filter((file) => !html.includes(`"${file}"`));
	await page.route(
		(address) => sessionCode.includes(address.pathname),
		() => undefined
	);
	await page.goto(url);
	const right = item.options.find((o) => o.correct)!.text;
	await page.getByRole('group', { name: 'Варианты' }).getByRole('button', { name: right, exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Верно!' })).toBeVisible();
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await page.goto('/ru/');
	await expect(page.getByText(/^Сегодня: изучена 1 карточка · 1 ответ/)).toBeVisible();
	// Saved once: crossed out, and not saved again by the next page.
	await expect.poll(() => page.evaluate(() => localStorage.getItem('qaitala.unsavedGrades'))).toBeNull();
	await page.reload();
	await expect(page.getByText(/^Сегодня: изучена 1 карточка · 1 ответ/)).toBeVisible();
});

test('ordering by tap and matching by choice can be answered right', async ({ page, request }) => {
	const { url, item } = await findQuestion(request, 'en', (i) => i.type === 'ordering' || i.type === 'matching');
	await page.goto(url);
	if (item.type === 'ordering') {
		for (const element of item.sequence)
			await page
				.getByRole('list', { name: 'Still to place' })
				.getByRole('button', { name: element, exact: true })
				.click();
	} else if (item.type === 'matching') {
		for (const pair of item.pairs)
			await page.getByRole('combobox', { name: pair.left }).selectOption({ label: pair.right });
	}
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: 'Correct!' })).toBeVisible();
});

test('kk: several topics can be chosen and quizzed together', async ({ page }) => {
	await page.goto('/kk/');
	await page.getByRole('link', { name: 'Бірнеше тақырып бірден →' }).click();
	await expect(page).toHaveURL(/\/kk\/mix\/$/);
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Тест', exact: true })).toBeHidden();
	await page.getByRole('checkbox', { name: 'Қазақстан және Қытай' }).check();
	await page.getByRole('checkbox', { name: 'Қазақстан және АҚШ' }).check();
	await page.getByRole('link', { name: 'Тест', exact: true }).click();
	await expect(page).toHaveURL(/\/kk\/quiz\/mix\/\?topic=kz-china&topic=kz-usa$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Тест: Бірнеше тақырып' })).toBeVisible();
	// New cards of both topics, up to the daily limit of 20.
	await expect(page.locator('.queue-counts')).toHaveText(/^Жаңа\s*20\s*Үйренуде\s*0\s*Қайталау\s*0$/);
	const china = await (await page.request.get('/banks/kk/kz-china.json')).json();
	await expect(page.locator('article.card')).toContainText(questionOf(china.items[0]).slice(0, 20));
});

function questionOf(item: LocalizedItem): string {
	return item.type === 'true-false' ? item.statement : item.type === 'cloze' ? item.text.split('___')[0]! : item.prompt;
}
