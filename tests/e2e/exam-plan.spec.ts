// The exam plan page: a plan is set, shown per day and per topic, and drives the next session.
import { test, expect } from './fixtures';

/** `YYYY-MM-DD` of the local day `days` from today, as a date input takes it. */
function dayFromToday(days: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('en: an exam in 12 days paces the topic’s new cards, and the study session follows the pace', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Exam coming? Plan for it →' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Exam plan' })).toBeVisible();
	await page.getByLabel('Exam date', { exact: true }).fill(dayFromToday(12));
	await page
		.getByRole('group', { name: 'Exam topics' })
		.getByRole('checkbox', { name: 'Kazakhstan and China' })
		.check();
	await page.getByLabel('Recall you want on the exam day').selectOption({ label: '95%' });
	await page.getByRole('button', { name: 'Save the plan' }).click();
	await expect(page.getByText('Plan saved.', { exact: true })).toBeVisible();

	const china = await (await page.request.get('/banks/en/kz-china.json')).json();
	const pace = Math.ceil(china.items.length / 10);
	await expect(page.getByRole('heading', { level: 2, name: /^Exam on .+, in 12 days\.$/ })).toBeVisible();
	await expect(
		page.getByText(`New cards: ${pace} a day (${china.items.length} left), to meet them all before the exam.`)
	).toBeVisible();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(1 + 13); // the header, today and the 12 days to the exam
	await expect(page.locator('.recall li')).toHaveText(/Kazakhstan and China\s*0%/);

	// The study session of the exam's topics lets in the plan's pace, past the usual 20 a day when needed.
	await page.getByRole('link', { name: 'Study the exam topics' }).click();
	await expect(page.locator('.queue-counts')).toHaveText(new RegExp(`^New\\s*${Math.max(20, pace)}\\s*Learning`));

	// The plan survives a reload and can be removed.
	await page.goto('/en/exam/');
	await expect(page.getByLabel('Exam date', { exact: true })).toHaveValue(dayFromToday(12));
	await page.getByRole('button', { name: 'Remove the plan' }).click();
	await expect(page.getByRole('table')).toHaveCount(0);
});

test('kk and ru: a past date is refused with a translated message, and nothing is saved', async ({ page }) => {
	await page.goto('/kk/exam/');
	await page.getByLabel('Емтихан күні', { exact: true }).fill(dayFromToday(-1));
	await page.getByRole('group', { name: 'Емтихан тақырыптары' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Жоспарды сақтау' }).click();
	await expect(page.getByRole('alert')).toHaveText('Ертеңнен бастап бір жыл ішіндегі күнді таңдаңыз.');

	await page.goto('/ru/exam/');
	await expect(page.getByRole('table')).toHaveCount(0);
	await page.getByLabel('Дата экзамена', { exact: true }).fill(dayFromToday(5));
	await page.getByRole('button', { name: 'Сохранить план' }).click();
	await expect(page.getByRole('alert')).toHaveText('Выберите хотя бы одну тему.');
});
