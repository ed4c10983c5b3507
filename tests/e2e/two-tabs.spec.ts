// One writer per card: two or three tabs of one browser study the same cards.
import type { Page } from '@playwright/test';
import { test, expect, cardsLeft, firstItemIds, readTables } from './fixtures';

interface StoredCard {
	itemId: string;
	state: string;
	reps: number;
}
interface StoredReview {
	itemId: string;
	cardBefore: StoredCard | null;
}

/** The cards and review rows as IndexedDB holds them (read after the app has opened its database). */
async function stored(page: Page): Promise<{ cards: StoredCard[]; reviews: StoredReview[] }> {
	return (await readTables(page, ['cards', 'reviews'])) as unknown as { cards: StoredCard[]; reviews: StoredReview[] };
}

const prompt = (page: Page) => page.locator('article.card .prompt').first();

test('en (a): the same card graded Good in one tab and Easy in another keeps one grade, and the other tab says why', async ({
	context
}) => {
	const [e, f] = [await context.newPage(), await context.newPage()];
	for (const page of [e, f]) {
		await page.goto('/en/study/kz-russia/');
		await page.getByRole('button', { name: 'Show answer' }).click();
	}
	const [firstId] = await firstItemIds(e, 'kz-russia', 1);
	const first = await prompt(e).textContent();
	await expect(prompt(f)).toHaveText(first ?? '');

	await e.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(prompt(e)).not.toHaveText(first ?? '');
	await f.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(f.getByRole('alert')).toHaveText(/^This card was graded in another tab/);
	await expect(prompt(f)).not.toHaveText(first ?? '');

	const { cards, reviews } = await stored(f);
	expect(reviews.filter((r) => r.itemId === firstId)).toEqual([expect.objectContaining({ cardBefore: null })]);
	expect(cards.find((c) => c.itemId === firstId)).toMatchObject({ state: 'learning', reps: 1 });
});

test('ru (b): undo in one tab after the other tab graded the card again is refused, and both grades stay', async ({
	context
}) => {
	const [e, f] = [await context.newPage(), await context.newPage()];
	await e.goto('/ru/');
	const [itemId] = await firstItemIds(e, 'eu-kz-institutions', 1);
	const address = `/ru/study/eu-kz-institutions/?item=${itemId}`;
	await e.goto(address);
	await e.getByRole('button', { name: 'Показать ответ' }).click();
	await e.getByRole('button', { name: /^Хорошо/ }).click();
	await expect(e.getByRole('button', { name: /Отменить/ })).toBeVisible();

	// F opens the same card after E's grade, so it grades E's card, not a new one.
	await f.goto(address);
	await f.getByRole('button', { name: 'Показать ответ' }).click();
	await f.getByRole('button', { name: /^Легко/ }).click();
	await expect(f.getByRole('heading', { name: 'На сейчас всё' })).toBeVisible();

	await e.keyboard.press('u');
	await expect(e.getByRole('alert')).toHaveText(/^Эту оценку уже нельзя отменить/);
	const { cards, reviews } = await stored(e);
	expect(reviews.filter((r) => r.itemId === itemId).map((r) => r.cardBefore?.state ?? null)).toEqual([
		null,
		'learning'
	]);
	expect(cards.find((c) => c.itemId === itemId)).toMatchObject({ state: 'review', reps: 2 });
});

test('kk (c): with 2 new cards a day, three tabs introduce 2, and the others say the limit was reached', async ({
	context
}) => {
	const settings = await context.newPage();
	await settings.goto('/kk/settings/');
	const limit = settings.getByRole('spinbutton', { name: 'Күніне жаңа карточкалар' });
	await expect(limit).toBeEnabled();
	await limit.fill('2');
	await limit.blur();
	await expect(settings.getByText('Сақталды', { exact: true })).toBeVisible();

	const tabs = [];
	for (const topic of ['kz-china', 'kz-russia', 'middle-power']) {
		const page = await context.newPage();
		await page.goto(`/kk/study/${topic}/`);
		await expect.poll(() => cardsLeft(page)).toBe(2);
		tabs.push(page);
	}
	const [first, ...others] = tabs as [Page, Page, Page];
	for (let i = 0; i < 2; i++) {
		await first.getByRole('button', { name: 'Жауапты көрсету' }).click();
		await first.getByRole('button', { name: /^Оңай/ }).click();
	}
	await expect(first.getByRole('heading', { name: 'Әзірге бәрі бітті' })).toBeVisible();
	for (const page of others) {
		await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
		await page.getByRole('button', { name: /^Оңай/ }).click();
		await expect(page.getByRole('alert')).toHaveText(/^Бүгінгі жаңа карточкалар шегіне басқа қойындыда жеттіңіз/);
		await expect(page.getByRole('heading', { name: 'Әзірге бәрі бітті' })).toBeVisible();
	}
	const { cards, reviews } = await stored(first);
	expect([cards.length, reviews.length]).toEqual([2, 2]);
});

test('kk and en (d): an open "all due" tab and the home page see another tab’s grade at once', async ({ context }) => {
	const due = await context.newPage();
	await due.goto('/kk/study/due/');
	await expect(due.getByRole('heading', { name: 'Әзірге бәрі бітті' })).toBeVisible();
	const home = await context.newPage();
	await home.goto('/kk/');
	const topic = home
		.getByRole('article')
		.filter({ has: home.getByRole('link', { name: /^Оқу: / }) })
		.first();
	const newBadge = topic.getByText(/^Жаңа: \d+$/);
	await expect(newBadge).toBeVisible();
	const newBefore = Number((await newBadge.textContent())?.match(/\d+/)?.[0]);
	const href = await topic.getByRole('link', { name: /^Оқу: / }).getAttribute('href');

	const study = await context.newPage();
	await study.goto(href!.replace('/kk/', '/en/'));
	await study.getByRole('button', { name: 'Show answer' }).click();
	await study.getByRole('button', { name: /^Again, next in/ }).click(); // due in a minute: in the learn-ahead window

	await expect(due.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();
	await expect(due.locator('.queue-counts')).toHaveText(/^Жаңа\s*0\s*Үйренуде\s*1\s*Қайталау\s*0$/);
	await expect(newBadge).toHaveText(`Жаңа: ${newBefore - 1}`);
	await expect(home.getByText('Бүгін: 1 карточка оқылды · 1 жауап')).toBeVisible();
});

test('ru (d): a card that comes due while the pages sit open appears on the "all due" page and in the home counts', async ({
	context,
	page
}) => {
	await page.clock.install();
	await page.goto('/ru/');
	const [itemId] = await firstItemIds(page, 'kz-china', 1);
	await page.goto(`/ru/study/kz-china/?item=${itemId}`);
	await page.getByRole('button', { name: 'Показать ответ' }).click();
	await page.getByRole('button', { name: /^Легко/ }).click(); // due in days
	await expect(page.getByRole('heading', { name: 'На сейчас всё' })).toBeVisible();

	await page.goto('/ru/study/due/');
	await expect(page.getByRole('heading', { name: 'На сейчас всё' })).toBeVisible();
	const home = await context.newPage();
	await home.goto('/ru/');
	await expect(home.getByText('Сейчас повторять нечего')).toBeVisible();

	await page.clock.fastForward(30 * 86_400_000); // a month, the pages left open
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	await expect(home.getByRole('link', { name: /^Повторить все на сегодня · 1$/ })).toBeVisible();
});
