// Issue 5, the whole loop: an instructor composes and shares a set; a student in another browser
// context, offline, opens the link, completes it and gets a result code; the code goes into the
// instructor's class overview with the right score.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForServiceWorkerControl } from './fixtures';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';
import { decodeResult } from '../../src/lib/domain/share/result';
import jsQR from 'jsqr';

const TOPIC = 'eu-ca-interests';
const TOPIC_TITLE = 'Interests of the EU and the Central Asian states';

/** Answers the true-or-false statement on screen, rightly or not. */
async function answerStatement(page: Page, statements: Map<string, boolean>, right: boolean) {
	const statement = (await page.locator('article.card .prompt').textContent())?.trim() ?? '';
	const truth = statements.get(statement);
	expect(truth, `known statement: ${statement}`).toBeDefined();
	const says = right ? truth : !truth;
	await page.locator('article.card').getByRole('button', { name: says ? 'True' : 'False', exact: true }).click();
}

test('instructor composes and shares, a student completes it offline, and the result reaches the class overview', async ({ page, browser, baseURL }) => {
	test.setTimeout(90_000);
	// The instructor: five true-or-false statements of one topic, in course order, due in a week.
	await page.goto('/en/teach/');
	const composer = page.getByRole('region', { name: 'New assignment' });
	await composer.getByLabel('Title').fill('Interests, week 5');
	await composer.getByLabel('Instructions (optional)').fill('No notes, please.');
	// The page is ready once its composer has read the banks (they list how many questions there are).
	await expect(composer.getByText(/The chosen topics and types have [1-9]\d* questions/)).toBeVisible();
	for (const box of await composer.getByRole('group', { name: 'Topics' }).getByRole('checkbox').all()) await box.uncheck();
	await composer.getByRole('checkbox', { name: TOPIC_TITLE }).check();
	const types = composer.getByRole('group', { name: 'Question types' });
	for (const box of await types.getByRole('checkbox').all()) if (await box.isEnabled()) await box.uncheck();
	await types.getByRole('checkbox', { name: 'True or false' }).check();
	await composer.getByLabel('Number of questions').fill('5');
	const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	await composer.getByLabel('Due date (optional)').fill(due);

	const preview = composer.getByRole('region', { name: 'What students will get' });
	await expect(preview.getByRole('listitem').filter({ hasText: 'True or false' })).toHaveCount(5);
	await page.getByRole('button', { name: 'Create the assignment' }).click();
	const link = await page.getByLabel('Link for students').inputValue();
	expect(link.startsWith(`${baseURL}/en/assignment/#`)).toBe(true);
	// The QR code on the page reads back as the same link (what a phone camera would get).
	const qr = page.getByRole('img', { name: /QR code of the link/ }).locator('canvas');
	await expect(qr).toBeVisible();
	const pixels = await qr.evaluate((canvas: HTMLCanvasElement) => {
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		return { width: data.width, height: data.height, rgba: Array.from(data.data) };
	});
	expect(jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data).toBe(link);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

	// The student, on another device: the app was opened once, then the phone goes offline.
	const student = await browser.newContext();
	const phone = await student.newPage();
	await phone.goto('/en/');
	await waitForServiceWorkerControl(phone);
	await student.setOffline(true);
	await phone.goto(link);
	await expect(phone.getByRole('heading', { level: 1, name: 'Interests, week 5' })).toBeVisible();
	await expect(phone.getByText('No notes, please.')).toBeVisible();
	await expect(phone.getByRole('status').filter({ hasText: 'Added to your home page' })).toBeVisible();

	const bank = await (await page.request.get(`/banks/en/${TOPIC}.json`)).json();
	const statements = new Map<string, boolean>(
		(bank.items as LocalizedItem[]).flatMap((i) => (i.type === 'true-false' ? [[i.statement.trim(), i.answer] as [string, boolean]] : []))
	);
	await phone.getByRole('radio', { name: 'English' }).check();
	await phone.getByRole('button', { name: 'Start' }).click();
	for (let n = 1; n <= 5; n++) {
		await expect(phone.getByText(`Question ${n} of 5`)).toBeVisible();
		await answerStatement(phone, statements, n !== 3);
		if (n === 2) {
			// A reload mid-assignment (offline) goes on at the next question.
			await phone.reload();
		}
	}
	await expect(phone.getByText('4 of 5 right (80%)')).toBeVisible();
	expect((await new AxeBuilder({ page: phone }).analyze()).violations.map((v) => v.id)).toEqual([]);
	await phone.getByLabel('Your name, as your instructor knows it').fill('Aliya Serikova');
	await phone.getByRole('button', { name: 'Make my result' }).click();
	const code = await phone.getByLabel('Result code').inputValue();
	const decoded = decodeResult(code);
	expect(decoded.ok && decoded.result).toMatchObject({ name: 'Aliya Serikova', answers: '11011' });

	// Back home, the assignment shows as done, with its score.
	await phone.goto('/en/');
	await expect(phone.getByRole('region', { name: 'Your assignments' }).getByText('Result made: 4 of 5')).toBeVisible();
	await student.close();

	// The instructor collects it.
	await page.goto('/en/teach/');
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await page.waitForURL(/\/en\/teach\/results\/\?assignment=/);
	await expect(page.getByRole('combobox', { name: 'Assignment' })).toContainText('Interests, week 5');
	await page.getByLabel('Result codes').fill(code);
	await page.getByRole('button', { name: 'Add results' }).click();
	const row = page.getByRole('row', { name: /Aliya Serikova/ });
	await expect(row).toContainText('4/5');
	await expect(row.locator('td.mark.wrong')).toHaveCount(1);
	await expect(row.locator('td.mark').nth(2)).toHaveClass(/wrong/);
	await expect(page.getByRole('row', { name: /Right, %/ })).toContainText('0');
});
