import { test, expect, cardsLeft, firstItemIds } from './fixtures';

test('a new student studies a card and its state survives a reload', async ({ page }) => {
	await page.goto('/en/');
	const topic = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'EU aid programmes' }) });
	const newBadge = topic.getByText(/^\d+ new$/);
	await expect(newBadge).toBeVisible();
	const newBefore = Number((await newBadge.textContent())?.match(/\d+/)?.[0]);

	await topic.getByRole('link', { name: 'Study: EU aid programmes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'EU aid programmes' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const left = await cardsLeft(page);
	const firstPrompt = await page.locator('article.card .prompt').first().textContent();

	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('heading', { name: 'Answer' })).toBeFocused();
	await expect(page.getByText(/^Source: «.+», sections? “.+” lines? \d+(–\d+)?$/)).toBeVisible();
	// Each grade button shows the interval it would schedule.
	await expect(page.getByRole('button', { name: /^Good, next in 10 min$/ })).toBeVisible();
	await page.getByRole('button', { name: /^Easy, next in \d+ days?$/ }).click();

	await expect.poll(() => cardsLeft(page)).toBe(left - 1);
	await expect(page.locator('article.card .prompt').first()).not.toHaveText(firstPrompt ?? '');

	await page.reload();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	expect(await cardsLeft(page)).toBe(left - 1);
	await page.goto('/en/');
	await expect(newBadge).toHaveText(`${newBefore - 1} new`);
	await expect(page.getByText('Today: 1 card studied · 1 answer')).toBeVisible();
});

test('the keyboard reveals with space and grades with 1–4', async ({ page }) => {
	await page.goto('/ru/study/eu-kz-institutions/');
	await expect(page.getByRole('button', { name: 'Показать ответ' })).toBeVisible();
	const left = await cardsLeft(page);
	await page.keyboard.press('Space');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeVisible();
	await page.keyboard.press('4');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	await expect.poll(() => cardsLeft(page)).toBe(left - 1);
	// "Again" and "Good" keep a new card in today's learning steps: it is still counted.
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByRole('heading', { name: 'Ответ' })).toBeHidden();
	expect(await cardsLeft(page)).toBe(left - 1);
});

test('a session can be finished, and its cards then come due from "study all due"', async ({ page }) => {
	await page.goto('/en/');
	const ids = await firstItemIds(page, 'eu-kz-institutions', 3);
	await page.goto(`/en/study/eu-kz-institutions/?${ids.map((id) => `item=${id}`).join('&')}`);
	for (let left = 3; left > 0; left--) {
		await expect.poll(() => cardsLeft(page)).toBe(left);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Easy, next in/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to topics' }).click();
	// Nothing due, but the topics' other cards are there to learn (a first visit says the same).
	await expect(
		page.getByText(/^Nothing is due now\. \d+ new cards to learn, up to 17 today: choose a topic below\.$/)
	).toBeVisible();

	// A month later (the page clock is moved forward) those cards are due again.
	await page.clock.install({ time: Date.now() + 30 * 86_400_000 });
	await page.reload();
	await page.getByRole('link', { name: /^Study all due · 3$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'All due cards' })).toBeVisible();
	await expect(page.locator('.queue-counts')).toHaveText(/^New\s*0\s*Learning\s*0\s*To review\s*3$/);
});

test('a browser that blocks storage gets a clear message instead of a page that never loads', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.goto('/ru/');
	await expect(page.getByRole('alert')).toContainText('Этот браузер не даёт сохранять прогресс');
	await page.goto('/ru/study/eu-aid-programmes/');
	await expect(page.getByRole('alert')).toContainText('Этот браузер не даёт сохранять прогресс');
});

test('u undoes the last grade: the same card comes back and the stored state is as before', async ({ page }) => {
	await page.goto('/kk/study/middle-power/');
	await expect(page.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();
	const left = await cardsLeft(page);
	const prompt = await page.locator('article.card .prompt').first().textContent();

	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect.poll(() => cardsLeft(page)).toBe(left - 1);
	await page.keyboard.press('u');
	await expect(page.locator('article.card .prompt').first()).toHaveText(prompt ?? '');
	await expect.poll(() => cardsLeft(page)).toBe(left);
	await expect(page.getByRole('button', { name: /Болдырмау/ })).toBeHidden();

	// The undo was stored: after a reload nothing was reviewed today.
	await page.goto('/kk/');
	await expect(page.getByText('Бүгін әлі ештеңе оқылған жоқ')).toBeVisible();
});

test('a card can be glanced at in another language without counting as a review', async ({ page }) => {
	await page.goto('/kk/study/kz-china/');
	await expect(page.getByRole('button', { name: 'Жауапты көрсету' })).toBeVisible();
	const left = await cardsLeft(page);
	await page.getByRole('button', { name: 'Русский' }).click();
	await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
	const glimpse = page.locator('.glimpse[lang="ru"] .prompt');
	await expect(glimpse).toHaveText(/[а-яё]/i);
	await expect(glimpse).not.toHaveText(/[әғқңөұүһі]/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('.glimpse[lang="en"] .prompt')).toHaveText(/[a-z]/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('.glimpse')).toBeHidden();
	expect(await cardsLeft(page)).toBe(left);
	await page.goto('/kk/');
	await expect(page.getByText('Бүгін әлі ештеңе оқылған жоқ')).toBeVisible();
});

test('on a touch screen, swiping the revealed card right grades Good and left grades Again', async ({ page }) => {
	await page.goto('/en/study/kz-russia/');
	await expect(page.getByText('After the answer: swipe right for Good, left for Again.')).toBeVisible();
	const area = page.locator('.swipe-area');
	const swipeBy = async (dx: number) => {
		await area.dispatchEvent('pointerdown', {
			pointerType: 'touch',
			pointerId: 7,
			clientX: 200,
			clientY: 300,
			isPrimary: true
		});
		await area.dispatchEvent('pointerup', {
			pointerType: 'touch',
			pointerId: 7,
			clientX: 200 + dx,
			clientY: 310,
			isPrimary: true
		});
	};
	const prompt = await page.locator('article.card .prompt').first().textContent();
	await swipeBy(150); // before the answer is shown: nothing happens
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

	await page.getByRole('button', { name: 'Show answer' }).click();
	await swipeBy(-150); // Again
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(page.locator('article.card .prompt').first()).not.toHaveText(prompt ?? '');
	await page.goto('/en/browse/');
	await page.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Kazakhstan and Russia' });
	await expect(page.getByRole('listitem').first().getByText(/^Due /)).toBeVisible();
});

test('bury keeps a card away until tomorrow; suspend until it is taken back in Browse', async ({ page }) => {
	await page.goto('/en/study/middle-power/');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const left = await cardsLeft(page);
	const first = await page.locator('article.card .prompt').first().textContent();
	await page.getByRole('button', { name: 'Bury until tomorrow' }).click();
	await expect(page.locator('article.card .prompt').first()).not.toHaveText(first ?? '');
	const second = await page.locator('article.card .prompt').first().textContent();
	await page.getByRole('button', { name: 'Suspend' }).click();
	await expect(page.locator('article.card .prompt').first()).not.toHaveText(second ?? '');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const shown = await page.locator('article.card .prompt').first().textContent();
	expect([first, second]).not.toContain(shown);
	// Two items set aside: the count drops by two, unless the daily new-card limit still caps it.
	const topicSize = (await (await page.request.get('/banks/en/middle-power.json')).json()).items.length;
	expect(await cardsLeft(page)).toBe(Math.min(left, topicSize - 2));

	// Tomorrow the buried card is back; the suspended one is not.
	await page.clock.install({ time: Date.now() + 86_400_000 + 60_000 });
	await page.reload();
	await expect(page.locator('article.card .prompt').first()).toHaveText(first ?? '');

	await page.goto('/en/browse/');
	await page
		.getByRole('combobox', { name: 'Topic' })
		.selectOption({ label: 'The “middle power” idea and strategic diversification' });
	const suspended = page.getByRole('listitem').filter({ hasText: 'Suspended' });
	await expect(suspended).toHaveCount(1);
	await suspended.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Suspended' })).toHaveCount(0);
});
