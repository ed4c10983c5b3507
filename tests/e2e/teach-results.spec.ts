import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { encodeAssignment, type Assignment } from '../../src/lib/domain/share/assignment';
import { assignmentKey, encodeResult, type Result } from '../../src/lib/domain/share/result';
import { resultFileContent } from '../../src/lib/domain/share/files';
import { questionText } from '../../src/lib/domain/bank/present';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';

const completedAt = Date.UTC(2026, 10, 25, 10, 0);
const result = (assignment: string, name: string, answers: string, timeSpentMs = 600_000): Result => ({
	v: 1,
	assignment,
	name,
	answers,
	timeSpentMs,
	completedAt
});

/** Stores a composed assignment the way the instructors' page does, through the page's own IndexedDB. */
async function storeComposed(
	page: Page,
	row: { key: string; code: string; assignment: Assignment; createdAt: number }
) {
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qaitala'); // no version: the app has already made the schema
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('composedAssignments', 'readwrite');
					tx.objectStore('composedAssignments').put(row);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		row
	);
}

test('en: pasted codes fill the class table; a bad line is named; class list, CSV, removal and reload', async ({
	page
}) => {
	const bank = await (await page.request.get('/banks/en/eu-ca-strategies.json')).json();
	const items: LocalizedItem[] = bank.items.slice(0, 4);
	const assignment: Assignment = {
		v: 1,
		title: 'EU strategies quiz',
		mode: 'test',
		languages: ['en'],
		topicIds: ['eu-ca-strategies'],
		itemIds: items.map((i) => i.id)
	};
	const code = encodeAssignment(assignment);
	const key = assignmentKey(code);

	await page.goto('/en/teach/results/');
	await expect(page.getByText('No assignments or results yet.')).toBeVisible();
	await storeComposed(page, { key, code, assignment, createdAt: completedAt - 86_400_000 });
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Assignment' })).toHaveValue(key);
	await expect(page.getByText('No results for this assignment yet.')).toBeVisible();

	const good = [
		result(key, 'Aliya Serikova', '1101', 754_000),
		result(key, 'Bob Brown', '1000'),
		result(key, 'Chen Wei', '11-1')
	].map(encodeResult);
	const corrupted = good[1]!.replace(/.(\.[0-9a-f]{8})$/, (m, tail) => (m[0] === 'A' ? 'B' : 'A') + tail);
	const codes = page.getByRole('textbox', { name: 'Result codes' });
	await codes.fill(`${good[0]}\n${good[2]}\n\n${corrupted}\n${good[1]}\nnot-a-code`);
	await page.getByRole('button', { name: 'Add results' }).click();

	await expect(page.getByText('Added: 3. Updated (sent again later): 0. Already here: 0.')).toBeVisible();
	// Only the failed lines stay in the box, and the messages count lines in it.
	await expect(codes).toHaveValue(`${corrupted}\nnot-a-code`);
	await expect(page.getByText('Line 1: This result code was changed after it was made')).toBeVisible();
	await expect(page.getByText('Line 2: This link or code is damaged')).toBeVisible();

	const table = page.getByRole('table', { name: 'Results: EU strategies quiz' });
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Aliya Serikova');
	await expect(rows.nth(0)).toContainText('3/4');
	await expect(rows.nth(0)).toContainText('12:34');
	await expect(rows.nth(1)).toContainText('1/4');
	await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('25');
	await expect(rows.nth(2).getByRole('cell').nth(4)).toContainText('not answered');
	await expect(page.getByText('3 students · class average 58%')).toBeVisible();
	// The wide table scrolls in its own box: the page itself never scrolls sideways on a phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	const difficulty = table.locator('tfoot tr');
	await expect(difficulty.getByRole('cell')).toHaveText([
		'',
		'58',
		'100',
		'67',
		/^0\s*\(hardest question\)$/,
		'67',
		''
	]);

	// The legend shows each question's text from the bank, and which is hardest.
	const legend = page.getByRole('region', { name: 'Questions' }).getByRole('listitem');
	await expect(legend).toHaveCount(4);
	await expect(legend.nth(0)).toContainText(questionText(items[0]!));
	await expect(legend.nth(2)).toContainText('0% right · hardest question');

	await page.getByRole('textbox', { name: 'Names, one per line' }).fill('Aliya Serikova\nbob  brown\nDana Nur');
	await page.getByRole('button', { name: 'Save the class list' }).click();
	await expect(page.getByText('Class list saved.')).toBeVisible();
	await expect(page.getByRole('heading', { name: '1 student has not sent a result yet:' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Class list' }).getByRole('listitem')).toHaveText([
		'Dana Nur',
		'Chen Wei'
	]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('EU-strategies-quiz-results.csv');
	const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
	expect(csv).toBe(
		[
			'Name,Score,Percent,Time spent (minutes),Completed at (ISO),Q1,Q2,Q3,Q4',
			'Aliya Serikova,3,75,12.6,2026-11-25T10:00:00.000Z,1,1,0,1',
			'Bob Brown,1,25,10,2026-11-25T10:00:00.000Z,1,0,0,0',
			'Chen Wei,3,75,10,2026-11-25T10:00:00.000Z,1,1,,1',
			'% right,2.3,58,,,100,67,0,67',
			''
		].join('\n')
	);

	// A removed result can be taken back.
	await page.getByRole('button', { name: 'Remove the result of Bob Brown' }).click();
	await expect(rows).toHaveCount(2);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(rows).toHaveCount(3);

	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);

	// A code for an assignment made elsewhere is kept under its key.
	const otherKey = assignmentKey('made-on-another-device');
	await codes.fill(encodeResult(result(otherKey, 'Dana Nur', '10')));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(
		page.getByText(`1 result answers assignment ${otherKey}, which was not made on this device.`)
	).toBeVisible();
	await expect(codes).toHaveValue('');

	await page.reload();
	await expect(rows).toHaveCount(3);
	await expect(page.getByRole('textbox', { name: 'Names, one per line' })).toHaveValue(
		'Aliya Serikova\nbob brown\nDana Nur'
	);
	await page
		.getByRole('combobox', { name: 'Assignment' })
		.selectOption({ label: `Assignment ${otherKey} (made on another device)` });
	await expect(
		page.getByRole('table', { name: `Results: Assignment ${otherKey} (made on another device)` }).locator('tbody tr')
	).toHaveText([/^Dana Nur\s*1\/2\s*50/]);
	await expect(
		page.getByText('This assignment was made on another device, so its questions are not known here')
	).toBeVisible();
});

test('ru: result files are added, a bad file is named, and a student who sends again is updated', async ({ page }) => {
	const key = assignmentKey('ru-assignment');
	const first = result(key, 'Әлия Серікова', '10-');
	const note = 'checksum note';
	await page.goto('/ru/teach/results/');
	await expect(page.getByText('Пока нет ни заданий, ни результатов.')).toBeVisible();

	const files = page.getByLabel('Выбрать файлы результатов');
	await files.setInputFiles([
		{
			name: 'aliya.qaitala-result.json',
			mimeType: 'application/json',
			buffer: Buffer.from(resultFileContent(encodeResult(first), first, note))
		},
		{
			name: 'codes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(
				`${encodeResult(result(key, 'Иван Петров', '111'))}\n${encodeResult(result(key, 'Bob', '000'))}\n`
			)
		},
		{
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"qaitala":"result","code":"abc.12345678"}')
		}
	]);
	await expect(page.getByText('Добавлено: 3. Обновлено (прислано позже): 0. Уже были: 0.')).toBeVisible();
	await expect(page.getByText('broken.json: Код результата изменили после создания')).toBeVisible();
	await expect(page.getByText('3 студента · средний результат группы 44%')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Задание' })).toHaveValue(key);

	// The same student later, with a different spelling of the name: one row, the later result.
	const again = { ...result(key, '  әлия   СЕРІКОВА ', '111'), completedAt: completedAt + 60_000 };
	await files.setInputFiles({
		name: 'again.json',
		mimeType: 'application/json',
		buffer: Buffer.from(resultFileContent(encodeResult(again), again, note))
	});
	await expect(page.getByText('Добавлено: 0. Обновлено (прислано позже): 1. Уже были: 0.')).toBeVisible();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: 'СЕРІКОВА' })).toContainText('3/3');
	await expect(page.getByText('Вопрос 3', { exact: true })).toBeAttached();
});
