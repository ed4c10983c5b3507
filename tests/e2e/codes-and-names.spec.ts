// Result codes with impossible fields, stored rows that are not results, and names that carry direction controls.
import { readFile } from 'node:fs/promises';
import { test, expect, firstItemIds, putRows } from './fixtures';
import { encodeAssignment, type Assignment } from '../../src/lib/domain/share/assignment';
import { assignmentKey, encodeResult, type Result } from '../../src/lib/domain/share/result';

const completedAt = Date.UTC(2026, 10, 25, 10, 0);
const result = (assignment: string, name: string, answers: string, fields: Partial<Result> = {}): Result => ({
	v: 1,
	assignment,
	name,
	answers,
	timeSpentMs: 600_000,
	completedAt,
	...fields
});

const assignment: Assignment = {
	v: 1,
	title: 'Week 5',
	mode: 'test',
	languages: ['en'],
	topicIds: ['kz-china'],
	itemIds: ['a1', 'a2']
};
const code = encodeAssignment(assignment);
const key = assignmentKey(code);

test('en: a stored result completed at 8640000000000001 no longer hides the class', async ({ page }) => {
	await page.goto('/en/teach/results/');
	await expect(page.getByText('No assignments or results yet.')).toBeVisible();
	const bad = result(key, 'Chen Wei', '10', { completedAt: 8_640_000_000_000_001 });
	const row = (r: Result, nameKey: string) => ({
		assignment: key,
		nameKey,
		result: r,
		code: encodeResult(r),
		importedAt: completedAt
	});
	await putRows(page, 'composedAssignments', [{ key, code, assignment, createdAt: completedAt - 86_400_000 }]);
	await putRows(page, 'classResults', [
		row(result(key, 'Aliya Serikova', '11'), 'aliya serikova'),
		row(bad, 'chen wei'),
		row(result(key, 'Bob Brown', '01'), 'bob brown')
	]);
	await page.reload();

	const rows = page.getByRole('table', { name: 'Results: Week 5' }).locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.getByRole('rowheader')).toHaveText(['Aliya Serikova', 'Bob Brown']);
	await expect(page.getByText('2 students · class average 75%')).toBeVisible();
	const note = page.getByRole('status').filter({ hasText: '1 stored result could not be read' });
	// The name sits in an isolate (U+2068 … U+2069), as <bdi> would put it.
	await expect(note).toContainText('\u2068Chen Wei\u2069: The completion date in this result is not a real date');

	// CSV export and the class list still work, with the readable results only.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export CSV' }).click()
	]);
	const csv = await readFile(await download.path(), 'utf8');
	expect(csv.trim().split('\n')).toHaveLength(4);
	expect(csv).not.toContain('Chen');
	await page.getByRole('textbox', { name: 'Names, one per line' }).fill('Aliya Serikova\nBob Brown\nChen Wei');
	await page.getByRole('button', { name: 'Save the class list' }).click();
	await expect(page.getByRole('heading', { name: '1 student has not sent a result yet:' })).toBeVisible();

	await note.getByRole('button', { name: 'Remove the unreadable results' }).click();
	await expect(note).toHaveCount(0);
	await page.reload();
	await expect(rows).toHaveCount(2);
	await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('ru: a code completed at 8640000000000001 is refused by name and adds nothing', async ({ page }) => {
	await page.goto('/ru/teach/results/');
	await expect(page.getByText('Пока нет ни заданий, ни результатов.')).toBeVisible();
	const other = assignmentKey('ru-elsewhere');
	const codes = page.getByRole('textbox', { name: 'Коды результатов' });
	const bad = encodeResult(result(other, 'Иван Петров', '10', { completedAt: 8_640_000_000_000_001 }));
	await codes.fill(`${bad}\n${encodeResult(result(other, 'Bob', '11'))}`);
	await page.getByRole('button', { name: 'Добавить результаты' }).click();
	await expect(page.getByText('Добавлено: 1. Обновлено (прислано позже): 0. Уже были: 0.')).toBeVisible();
	await expect(page.getByText('Строка 1: Дата завершения в этом результате невозможна')).toBeVisible();
	await expect(codes).toHaveValue(bad);
	await page.reload();
	await expect(page.locator('tbody tr')).toHaveText([/^Bob/]);
});

test('kk: a name with a right-to-left override is shown as spelled, isolated, and flagged', async ({ page }) => {
	await page.goto('/kk/teach/results/');
	await expect(page.getByText('Әзірге тапсырмалар да, нәтижелер де жоқ.')).toBeVisible();
	const other = assignmentKey('kk-elsewhere');
	await page
		.getByRole('textbox', { name: 'Нәтиже кодтары' })
		.fill([result(other, '\u202Eevil', '10'), result(other, 'Әлия Серікова', '11')].map(encodeResult).join('\n'));
	await page.getByRole('button', { name: 'Нәтижелерді қосу' }).click();
	await expect(page.getByText('Қосылды: 2.')).toBeVisible();

	const names = page.locator('tbody th');
	await expect(names).toHaveCount(2);
	const flagged = names.filter({ hasText: 'атында мәтін бағытын өзгертетін таңбалар бар' });
	await expect(flagged).toHaveCount(1);
	// Shown as typed, in an isolate, with the override gone: "evil", not "live".
	await expect(flagged.locator('bdi')).toHaveText('evil');
	expect(await flagged.locator('bdi').evaluate((el) => [el.textContent, getComputedStyle(el).unicodeBidi])).toEqual([
		'evil',
		'isolate'
	]);
	await expect(names.filter({ hasText: 'Әлия Серікова' }).getByText('бағытын өзгертетін')).toHaveCount(0);
	expect(await page.locator('main').evaluate((el) => /[\u202A-\u202E]/.test(el.textContent ?? ''))).toBe(false);
});

test('en: a name too long for a result is named in the form, and a good one makes the result', async ({ page }) => {
	const itemIds = await firstItemIds(page, 'kz-china', 1);
	const code = encodeAssignment({
		v: 1,
		title: 'One card',
		mode: 'flashcards',
		languages: ['en'],
		topicIds: ['kz-china'],
		itemIds
	});
	await page.goto(`/en/assignment/#${code}`);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good\b/ }).click();
	await expect(page.getByText('Every card is learned.')).toBeVisible();

	const name = page.getByLabel('Your name, as your instructor knows it');
	const make = page.getByRole('button', { name: 'Make my result' });
	await name.fill('A'.repeat(81));
	await expect(
		page.getByRole('alert').filter({ hasText: 'The name is too long: at most 80 characters.' })
	).toBeVisible();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(make).toBeDisabled();
	await name.fill('A'.repeat(80));
	await expect(page.getByText('The name is too long')).toHaveCount(0);
	await make.click();
	await expect(page.getByLabel('Result code')).not.toHaveValue('');
});
