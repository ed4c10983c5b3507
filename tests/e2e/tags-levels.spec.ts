import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { BankIndex } from '../../src/lib/domain/bank/compile';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';
import { questionText } from '../../src/lib/domain/bank/present';
import { TEST_ITEM_TYPES } from '../../src/lib/domain/quiz/test-set';

/** The served index and one topic's bank in `language`: expected figures come from them, not from memory. */
async function served(page: Page, language: string, topicId: string) {
	const index: BankIndex = await (await page.request.get('/banks/index.json')).json();
	const bank: { items: LocalizedItem[] } = await (await page.request.get(`/banks/${language}/${topicId}.json`)).json();
	return { index, items: bank.items, topic: index.topics.find((t) => t.id === topicId)! };
}

/** The tag a topic uses most, and one of the vocabulary it never uses. */
function tagsOfTopic(index: BankIndex, items: LocalizedItem[]) {
	const uses = new Map<string, number>();
	for (const item of items) for (const tag of item.tags ?? []) uses.set(tag, (uses.get(tag) ?? 0) + 1);
	// Not the tag every item carries (the country's own), so the filter visibly narrows.
	const [common] = [...uses].filter(([, n]) => n < items.length).sort((a, b) => b[1] - a[1])[0]!;
	return { common: index.tags.find((t) => t.id === common)!, unused: index.tags.find((t) => !uses.has(t.id))! };
}

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

const count = async (page: Page) =>
	Number((await page.getByRole('status').filter({ hasText: /^\d+ / }).textContent())?.match(/\d+/)?.[0]);

test('ru: Browse narrows by tag and level, with the topic, status and type filters, and each item says its level and tags', async ({
	page
}) => {
	const { index, items, topic } = await served(page, 'ru', 'kz-usa');
	const { common, unused } = tagsOfTopic(index, items);
	const tagged = items.filter((i) => i.tags?.includes(common.id));
	const understood = tagged.filter((i) => i.level === 'understand');
	expect(understood.length).toBeGreaterThan(0);

	await page.goto('/ru/browse/');
	const all = await count(page);
	expect(all).toBeGreaterThan(items.length);
	const tagSelect = page.getByRole('combobox', { name: 'Тег' });
	// Every topic: every tag an item carries is offered, in Russian.
	await expect(tagSelect.getByRole('option', { name: common.label.ru, exact: true })).toHaveCount(1);

	await page.getByRole('combobox', { name: 'Тема' }).selectOption({ label: topic.title.ru });
	await expect(page.getByText(new RegExp(`^${items.length} вопрос`))).toBeVisible();
	// Only the chosen topic's tags are offered.
	await expect(tagSelect.getByRole('option', { name: unused.label.ru, exact: true })).toHaveCount(0);

	await tagSelect.selectOption({ label: common.label.ru });
	await expect.poll(() => count(page)).toBe(tagged.length);
	const first = page.getByRole('listitem').first();
	await expect(first.getByText(`Теги:`)).toBeAttached();
	await expect(first.getByText(common.label.ru, { exact: true })).toBeVisible();

	await page.getByRole('combobox', { name: 'Уровень' }).selectOption({ label: 'Понимание' });
	await expect.poll(() => count(page)).toBe(understood.length);
	await expect(page.locator('article').filter({ hasText: 'Уровень: понимание' })).toHaveCount(
		Math.min(understood.length, 30)
	);
	await expect(page.locator('article').filter({ hasText: /Уровень: (запоминание|анализ)/ })).toHaveCount(0);
	await expect(first.getByRole('heading')).toHaveText(questionText(understood[0]!));
	await expectNoViolations(page);

	// Nothing studied yet: "new" keeps them all; one type keeps that type's share.
	await page.getByRole('combobox', { name: 'Показать' }).selectOption({ label: 'Новые (ещё не изучались)' });
	await expect.poll(() => count(page)).toBe(understood.length);
	const type = understood[0]!.type;
	await page.getByRole('combobox', { name: 'Тип' }).selectOption(type);
	await expect.poll(() => count(page)).toBe(understood.filter((i) => i.type === type).length);

	// Back to every topic: the chosen tag and level still apply, across the whole course.
	await page.getByRole('combobox', { name: 'Тип' }).selectOption('');
	await page.getByRole('combobox', { name: 'Тема' }).selectOption('');
	await expect.poll(() => count(page)).toBeGreaterThanOrEqual(understood.length);
	expect(await count(page)).toBeLessThan(all);
	await expect(tagSelect).toHaveValue(common.id);
});

test('en: the composer draws only the ticked levels and tags, and the count and preview follow', async ({ page }) => {
	await page.goto('/en/teach/');
	const firstTopic = ((await (await page.request.get('/banks/index.json')).json()) as BankIndex).topics[0]!.id;
	const { index, items } = await served(page, 'en', firstTopic);
	const inTest = items.filter((i) => TEST_ITEM_TYPES.includes(i.type));
	const available = page.locator('#available-help');
	await expect(available).toHaveText(`The chosen topics and types have ${inTest.length} questions.`);

	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Why, not what');
	const deeper = inTest.filter((i) => i.level === 'understand' || i.level === 'analyse');
	await page.getByRole('checkbox', { name: 'Recall', exact: true }).uncheck();
	await expect(available).toHaveText(`${deeper.length} questions match the chosen topics, types, levels and tags.`);
	const preview = page.getByRole('region', { name: 'What students will get' }).locator('ol > li');
	await expect(preview).toHaveCount(Math.min(deeper.length, 20));
	// Each previewed question (its type, then its text) is one of the deeper ones.
	const deeperTexts = deeper.map(questionText);
	for (const text of await preview.allTextContents())
		expect(
			deeperTexts.some((t) => text.trim().endsWith(t)),
			text
		).toBe(true);

	// Tags: only those of the chosen topic are offered; ticking one narrows further.
	const { common } = tagsOfTopic(index, deeper);
	const { unused } = tagsOfTopic(index, items);
	await page.getByText('Tags: any').click();
	await expect(page.getByRole('checkbox', { name: unused.label.en, exact: true })).toHaveCount(0);
	await page.getByRole('checkbox', { name: common.label.en, exact: true }).check();
	await expect(page.getByText('Tags: 1 tag chosen')).toBeVisible();
	await expectNoViolations(page);
	const both = deeper.filter((i) => i.tags?.includes(common.id));
	await expect(available).toHaveText(
		`${both.length} question${both.length === 1 ? ' matches' : 's match'} the chosen topics, types, levels and tags.`
	);
	await expect(preview).toHaveCount(Math.min(both.length, 20));

	// No level ticked is a problem, not an empty assignment.
	for (const level of ['Understand', 'Analyse'])
		await page.getByRole('checkbox', { name: level, exact: true }).uncheck();
	await expect(page.getByText('Tick at least one level.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Create the assignment' })).toBeDisabled();
	await page.getByRole('button', { name: 'Clear the tags' }).click();
	for (const level of ['Recall', 'Understand', 'Analyse'])
		await page.getByRole('checkbox', { name: level, exact: true }).check();
	await expect(available).toHaveText(`The chosen topics and types have ${inTest.length} questions.`);
});

test('en: a practice test can draw from one level only, and says so in its result', async ({ page }) => {
	const { items, topic } = await served(page, 'en', 'kz-usa');
	const analysed = items.filter((i) => i.level === 'analyse' && TEST_ITEM_TYPES.includes(i.type));
	expect(analysed.length).toBeGreaterThan(0);

	await page.goto('/en/test/');
	for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
	await page.getByRole('checkbox', { name: topic.title.en }).check();
	await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Analyse' });
	await page.getByRole('button', { name: 'Start the test' }).click();
	await expect(page.getByText(`Question 1 of ${Math.min(analysed.length, 20)}`)).toBeVisible();
	const asked = (await page.locator('article.card .prompt').first().textContent())?.trim();
	expect(analysed.map(questionText)).toContain(asked);
	await page.getByRole('button', { name: 'Finish the test now' }).click();
	await expect(page.getByText(/; Level: analyse$/)).toBeVisible();
});
