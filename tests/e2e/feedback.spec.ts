import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import type { BankIndex, TopicBank } from '../../src/lib/domain/bank/compile';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';

type Choice = Extract<LocalizedItem, { type: 'choice' }>;

/** Every choice item with one right option, with the topic it is in. */
async function choiceItems(request: APIRequestContext, lang: string): Promise<{ item: Choice; topicId: string }[]> {
	const index: BankIndex = await (await request.get('/banks/index.json')).json();
	const found: { item: Choice; topicId: string }[] = [];
	for (const topic of index.topics) {
		const bank: TopicBank = await (await request.get(`/banks/${lang}/${topic.id}.json`)).json();
		for (const item of bank.items)
			if (item.type === 'choice' && item.options.filter((o) => o.correct).length === 1)
				found.push({ item, topicId: topic.id });
	}
	return found;
}

const WORDS = {
	kk: {
		list: 'Тексерілген жауабыңыз',
		wrong: 'сіздің жауабыңыз, қате',
		right: 'дұрыс жауап',
		incorrect: 'Дәл емес',
		answer: 'Сіздің жауабыңыз',
		check: 'Тексеру'
	},
	ru: {
		list: 'Проверка вашего ответа',
		wrong: 'ваш ответ, неверно',
		right: 'верный ответ',
		incorrect: 'Не совсем',
		answer: 'Ваш ответ',
		check: 'Проверить'
	},
	en: {
		list: 'Your answer, checked',
		wrong: 'your answer, wrong',
		right: 'right answer',
		incorrect: 'Not quite',
		answer: 'Your answer',
		check: 'Check'
	}
} as const;

for (const lang of ['kk', 'ru', 'en'] as const) {
	test(`${lang}: after a wrong choice, the pick and the right option are marked in words`, async ({
		page,
		request
	}) => {
		const { item, topicId } = (await choiceItems(request, lang))[0]!;
		const right = item.options.find((o) => o.correct)!.text;
		const wrong = item.options.find((o) => !o.correct)!.text;
		await page.goto(`/${lang}/quiz/${topicId}/?item=${item.id}`);
		await page.getByRole('button', { name: wrong, exact: true }).click();
		await expect(page.getByRole('heading', { name: WORDS[lang].incorrect })).toBeVisible();

		const marked = page.getByRole('list', { name: WORDS[lang].list });
		await expect(marked.getByRole('listitem')).toHaveCount(item.options.length);
		await expect(marked.getByRole('listitem').filter({ hasText: wrong })).toContainText(WORDS[lang].wrong);
		await expect(marked.getByRole('listitem').filter({ hasText: right })).toContainText(WORDS[lang].right);
		// The other options carry no words: only the pick and the right ones are marked.
		for (const other of item.options.filter((o) => o.text !== right && o.text !== wrong)) {
			await expect(marked.getByRole('listitem').filter({ hasText: other.text })).toHaveText(other.text);
		}
	});
}

// The Heartland item asks for a long word in each language; each typing is one slip away.
const SLIPS = [
	{
		lang: 'kk',
		typed: 'Хартлентің',
		heading: 'Дұрысқа жақын: жазылуын тексеріңіз',
		spelling: 'Дұрыс жазылуы: Хартлендтің'
	},
	{
		lang: 'ru',
		typed: 'Хартлнеда',
		heading: 'Почти: проверьте написание',
		spelling: 'Правильное написание: Хартленда'
	},
	{ lang: 'en', typed: 'Heartlnad', heading: 'Almost: check the spelling', spelling: 'Correct spelling: Heartland' }
] as const;

for (const { lang, typed, heading, spelling } of SLIPS) {
	test(`${lang}: a typed answer one slip away is "almost" and shows the spelling`, async ({ page }) => {
		await page.goto(`/${lang}/quiz/geopolitical-theories/?item=central-asia-part-of-heartland`);
		await page.getByRole('textbox', { name: WORDS[lang].answer }).fill(typed);
		await page.getByRole('button', { name: WORDS[lang].check }).click();
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByText(spelling)).toBeVisible();
	});
}

test('en: "I was right" after a wrong typed answer counts it right', async ({ page }) => {
	await page.goto('/en/quiz/geopolitical-theories/?item=central-asia-part-of-heartland');
	await page.getByRole('textbox', { name: 'Your answer' }).fill('Heartland of Eurasia');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();
	await page.getByRole('button', { name: 'I was right' }).click();
	await expect(page.getByRole('heading', { name: 'Counted as right (Good), as you said.' })).toBeVisible();
	await expect(page.getByText('Correct so far: 1 of 1')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I was right' })).toBeHidden();
});

test('kk: "I was right" is offered in Kazakh and not after a tapped answer', async ({ page, request }) => {
	await page.goto('/kk/quiz/geopolitical-theories/?item=central-asia-part-of-heartland');
	await page.getByRole('textbox', { name: 'Сіздің жауабыңыз' }).fill('Римленд');
	await page.getByRole('button', { name: 'Тексеру' }).click();
	await page.getByRole('button', { name: 'Менің жауабым дұрыс еді' }).click();
	await expect(page.getByRole('heading', { name: 'Өзіңіз айтқандай, дұрыс деп есептелді («Жақсы»).' })).toBeVisible();

	const { item, topicId } = (await choiceItems(request, 'kk'))[0]!;
	await page.goto(`/kk/quiz/${topicId}/?item=${item.id}`);
	await page.getByRole('button', { name: item.options.find((o) => !o.correct)!.text, exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Дәл емес' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Менің жауабым дұрыс еді' })).toBeHidden();
});

test('en: study flashcards of choice items do not keep the bank’s order of options', async ({ page, request }) => {
	const items = (await choiceItems(request, 'en')).slice(0, 6);
	let sameFirst = 0;
	for (const { item, topicId } of items) {
		await page.goto(`/en/study/${topicId}/?item=${item.id}`);
		const shown = page.locator('article.card ol.options li');
		await expect(shown).toHaveCount(item.options.length);
		const texts = await shown.allTextContents();
		expect([...texts].sort()).toEqual(item.options.map((o) => o.text).sort());
		if (texts[0] === item.options[0]!.text) sameFirst++;
		// Revealing the answer keeps the order the card was shown in.
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible();
		expect(await shown.allTextContents()).toEqual(texts);
	}
	// In the bank's order all six would start with the same option; shuffled, about one in four does.
	expect(sameFirst).toBeLessThan(items.length);
});

test('ru: a test question keeps its shuffled options across a reload', async ({ page }) => {
	await page.goto('/ru/test/');
	await page.getByRole('button', { name: 'Начать контрольную' }).click();
	const card = page.locator('article.card');
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Вопрос ${n} из 20`)).toBeVisible();
		const shown = await card.textContent();
		await page.reload();
		await expect(card).toHaveText(shown!);
		// Move on with any answer the question takes in one step.
		const tap = card.getByRole('group').getByRole('button');
		if ((await tap.count()) === 0) break;
		await tap.first().click();
	}
});
