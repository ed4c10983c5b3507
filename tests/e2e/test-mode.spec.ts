import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';

/** Answers the question on screen: right when `right`, otherwise with something wrong. */
async function answer(page: Page, byText: Map<string, LocalizedItem>, right: boolean) {
	const card = page.locator('article.card');
	const item = [...byText.values()].find((i) => i.type !== 'flashcard');
	const prompt = (await card.locator('.prompt').first().textContent())?.trim() ?? '';
	const current = byText.get(prompt) ?? item!;
	switch (current.type) {
		case 'true-false':
			await card
				.getByRole('button', {
					name: (current.answer === right ? true : false) ? /^(True|Дұрыс|Верно)$/ : /^(False|Бұрыс|Неверно)$/
				})
				.click();
			return;
		case 'choice':
			if (current.options.filter((o) => o.correct).length > 1) {
				for (const [i, o] of current.options.entries())
					if (o.correct === right || (!right && i === 0)) await card.getByRole('checkbox', { name: o.text }).check();
				await card.getByRole('button', { name: 'Check' }).click();
			} else
				await card
					.getByRole('button', { name: current.options.find((o) => o.correct === right)!.text, exact: true })
					.click();
			return;
		case 'cloze':
		case 'numeric':
			await card
				.getByRole('textbox')
				.fill(right ? (current.type === 'cloze' ? current.answers[0]! : String(current.answer)) : 'zzz 99999');
			await card.getByRole('button', { name: 'Check' }).click();
			return;
		case 'ordering': {
			const order = right ? current.sequence : [...current.sequence].reverse();
			for (const element of order)
				await card
					.getByRole('list', { name: 'Still to place' })
					.getByRole('button', { name: element, exact: true })
					.click();
			await card.getByRole('button', { name: 'Check' }).click();
			return;
		}
		case 'matching':
			for (const [i, pair] of current.pairs.entries()) {
				const target = right ? pair.right : current.pairs[(i + 1) % current.pairs.length]!.right;
				await card.getByRole('combobox', { name: pair.left }).selectOption({ label: target });
			}
			await card.getByRole('button', { name: 'Check' }).click();
			return;
	}
}

test('en: a seeded 10-question test is scored, its mistakes reviewed, and the same seed retakes the same test', async ({
	page
}) => {
	const bank = await (await page.request.get('/banks/en/kz-usa.json')).json();
	const byText = new Map<string, LocalizedItem>(
		bank.items.map((i: LocalizedItem) => [
			(i.type === 'true-false'
				? i.statement
				: i.type === 'cloze'
					? i.text.split('___')[0]!
					: (i as { prompt: string }).prompt
			).trim(),
			i
		])
	);
	for (const i of bank.items as LocalizedItem[])
		if (i.type === 'cloze') byText.set(i.text.replace('___', '_____').trim(), i);

	await page.goto('/en/test/');
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	// Only one topic, so the test draws from a bank this test can answer.
	for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
	await page.getByRole('checkbox', { name: 'Kazakhstan and the United States' }).check();
	await page.getByRole('combobox', { name: 'Questions' }).selectOption('10');
	await page.getByRole('textbox', { name: 'Test code' }).fill('class7');
	await page.getByRole('button', { name: 'Start the test' }).click();

	const asked: string[] = [];
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		asked.push((await page.locator('article.card .prompt').first().textContent()) ?? '');
		if (n === 4) await page.reload(); // a reload in the middle loses nothing
		await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
		await answer(page, byText, n % 3 !== 0); // questions 3, 6 and 9 answered wrong
	}
	await expect(page.getByText('7 of 10 right (70%)')).toBeVisible();
	await expect(page.getByRole('heading', { name: '3 questions to review' })).toBeVisible();
	await expect(page.locator('.mistake')).toHaveCount(3);

	await page.getByRole('button', { name: 'Retake the same test' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	expect(await page.locator('article.card .prompt').first().textContent()).toBe(asked[0]);

	// The quiz schedule was not touched by the test.
	await page.goto('/en/');
	await expect(page.getByText('Nothing studied yet today')).toBeVisible();
});

test('ru: a timed test runs out and is scored with the questions left open counted wrong', async ({ page }) => {
	await page.clock.install();
	await page.goto('/ru/test/');
	// Paused: on a busy machine a real second could pass between the start and the jump forward.
	await page.clock.pauseAt(Date.now() + 60_000);
	await page.getByRole('combobox', { name: 'Время' }).selectOption({ label: '10 мин' });
	await page.getByRole('button', { name: 'Начать контрольную' }).click();
	await expect(page.getByRole('timer', { name: 'Осталось времени' })).toHaveText('10:00');
	await page.clock.runFor(61_000);
	await expect(page.getByRole('timer', { name: 'Осталось времени' })).toHaveText('8:59');
	await page.clock.runFor(10 * 60_000);
	await expect(page.getByText('Верно 0 из 20 (0%)')).toBeVisible();
	await expect(page.getByRole('heading', { name: '20 вопросов для разбора' })).toBeVisible();
});
