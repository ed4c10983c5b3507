// "Report a problem with this question": kept on the device, visible and withdrawable (English, a
// quiz); typing a comment never sets off the study page's keys (Kazakh); and in an assignment the
// report goes into the result code and reaches the instructor's class overview (Russian).
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { test, expect, readTables } from './fixtures';
import type { BankIndex, TopicBank } from '../../src/lib/domain/bank/compile';
import type { LocalizedItem } from '../../src/lib/domain/bank/localize';
import { encodeAssignment, type Assignment } from '../../src/lib/domain/share/assignment';
import { assignmentKey, decodeResult, resultReports } from '../../src/lib/domain/share/result';

/** The first item of the banks in `lang` that fits `accept`, with its topic. */
async function findItem(request: APIRequestContext, lang: string, accept: (item: LocalizedItem) => boolean) {
	const index: BankIndex = await (await request.get('/banks/index.json')).json();
	for (const topic of index.topics) {
		const bank: TopicBank = await (await request.get(`/banks/${lang}/${topic.id}.json`)).json();
		const item = bank.items.find(accept);
		if (item) return { item, topicId: topic.id };
	}
	throw new Error('no such item in the banks');
}

test('en: a quiz question is reported, kept on the device, shown, and withdrawn in Settings', async ({
	page,
	request
}, testInfo) => {
	test.setTimeout(60_000);
	const { item, topicId } = await findItem(request, 'en', (i) => i.type === 'choice');
	if (item.type !== 'choice') throw new Error('unreachable');
	await page.goto(`/en/quiz/${topicId}/?item=${item.id}`);
	await expect(page.getByText(item.prompt)).toBeVisible();

	const toggle = page.getByRole('button', { name: 'Report a problem with this question' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const reasons = page.getByRole('group', { name: 'What is wrong with this question?' });
	await expect(reasons.getByRole('radio')).toHaveCount(4);
	await expect(reasons.getByRole('radio', { name: 'The answer is wrong' })).toBeFocused();
	// No reason chosen: the form says so and keeps nothing.
	await page.getByRole('button', { name: 'Send report' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Choose what is wrong first.' })).toBeVisible();
	expect((await readTables(page, ['problemReports'])).problemReports).toEqual([]);

	// By keyboard: arrows move between the reasons.
	await reasons.getByRole('radio', { name: 'The answer is wrong' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(reasons.getByRole('radio', { name: 'The question is unclear' })).toBeChecked();
	await page.keyboard.press('ArrowUp');
	await expect(reasons.getByRole('radio', { name: 'The answer is wrong' })).toBeChecked();
	const comment = page.getByRole('textbox', { name: 'Comment (optional)' });
	const typed = 'The treaty was signed in 2019,\nnot 2017.';
	await comment.fill(typed);
	await expect(page.getByText(`${typed.length} of 200 characters`)).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('group', { name: 'What is wrong with this question?' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('report-problem-phone.png') });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: testInfo.outputPath('report-problem-desktop.png'), fullPage: true });
	await page.getByRole('button', { name: 'Send report' }).click();

	await expect(
		page.getByRole('status').filter({ hasText: 'Thank you. Your report is kept on this device.' })
	).toBeVisible();
	await expect(page.getByText('You reported this question: wrong answer.')).toBeVisible();
	const change = page.getByRole('button', { name: 'Change my report' });
	await expect(change).toBeFocused();
	const { problemReports } = await readTables(page, ['problemReports']);
	expect(problemReports).toEqual([
		expect.objectContaining({
			itemId: item.id,
			reason: 'wrongAnswer',
			comment: 'The treaty was signed in 2019, not 2017.',
			prompt: item.prompt.trim(),
			language: 'en'
		})
	]);
	expect(problemReports?.[0]).not.toHaveProperty('assignmentKey');

	// Still there after a reload; changed from the card.
	await page.reload();
	await expect(page.getByText('You reported this question: wrong answer.')).toBeVisible();
	await page.getByRole('button', { name: 'Change my report' }).click();
	await expect(page.getByRole('radio', { name: 'The answer is wrong' })).toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue(
		'The treaty was signed in 2019, not 2017.'
	);
	await page.getByRole('radio', { name: 'There is a typo' }).check();
	await page.getByRole('button', { name: 'Send report' }).click();
	await expect(page.getByText('You reported this question: typo.')).toBeVisible();

	// Settings lists it, and withdraws it.
	await page.goto('/en/settings/');
	const mine = page.getByRole('region', { name: 'Questions you reported' });
	await expect(mine.getByText(item.prompt.trim())).toBeVisible();
	await expect(mine.getByText('There is a typo')).toBeVisible();
	await expect(mine.getByText(/In your own study\s+·\s+Reported/)).toBeVisible();
	await mine.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('settings-reports-phone.png') });
	await mine.getByRole('button', { name: 'Withdraw' }).click();
	await expect(mine.getByRole('status')).toHaveText('Your report was withdrawn.');
	await expect(mine.getByText('You have not reported any question.')).toBeVisible();
	expect((await readTables(page, ['problemReports'])).problemReports).toEqual([]);
	await page.goto(`/en/quiz/${topicId}/?item=${item.id}`);
	await expect(page.getByRole('button', { name: 'Report a problem with this question' })).toBeVisible();
	await expect(page.getByText(/You reported this question/)).toHaveCount(0);
});

test('kk: typing a comment on the study page sets off no shortcut; Escape closes the form', async ({
	page,
	request
}) => {
	const { item, topicId } = await findItem(request, 'kk', (i) => i.type === 'flashcard');
	await page.goto(`/kk/study/${topicId}/?item=${item.id}`);
	const showAnswer = page.getByRole('button', { name: 'Жауапты көрсету' });
	await expect(showAnswer).toBeVisible();
	await page.getByRole('button', { name: 'Осы сұрақтағы қате туралы хабарлау' }).click();
	// Space, 1–4 and u are text here, not "reveal", "grade" and "undo".
	const comment = page.getByRole('textbox', { name: 'Түсініктеме (міндетті емес)' });
	await comment.pressSequentially('1 2 u 3 4 ');
	await expect(comment).toHaveValue('1 2 u 3 4 ');
	await expect(showAnswer).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	// Space on a reason picks it; it does not reveal the answer either.
	await page.getByRole('radio', { name: 'Сұрақ түсініксіз' }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('radio', { name: 'Сұрақ түсініксіз' })).toBeChecked();
	await expect(showAnswer).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('textbox', { name: 'Түсініктеме (міндетті емес)' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Осы сұрақтағы қате туралы хабарлау' })).toBeFocused();
	expect((await readTables(page, ['problemReports', 'reviews'])).problemReports).toEqual([]);
	// Outside the form the keys work as before.
	await page.locator('h1').click();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Жақсы;/ })).toBeVisible();
});

test('ru: a question reported in an assignment goes into the result code and onto the class overview', async ({
	page,
	request
}, testInfo) => {
	test.setTimeout(60_000);
	const bank: TopicBank = await (await request.get('/banks/ru/eu-ca-interests.json')).json();
	const statements = bank.items.flatMap((i) => (i.type === 'true-false' ? [i] : [])).slice(0, 3);
	const assignment: Assignment = {
		v: 1,
		title: 'Интересы: неделя 5',
		mode: 'test',
		languages: ['ru'],
		topicIds: ['eu-ca-interests'],
		itemIds: statements.map((i) => i.id)
	};
	const code = encodeAssignment(assignment);
	const key = assignmentKey(code);
	await page.goto(`/ru/assignment/#${code}`);
	await page.getByRole('button', { name: 'Начать' }).click();

	for (const [n, statement] of statements.entries()) {
		await expect(page.getByText(`Вопрос ${n + 1} из 3`)).toBeVisible();
		if (n === 1) {
			await page.getByRole('button', { name: 'Сообщить о проблеме с этим вопросом' }).click();
			await page.getByRole('radio', { name: 'Есть опечатка' }).check();
			await page
				.getByRole('textbox', { name: 'Комментарий (необязательно)' })
				.fill('Опечатка в названии «Центральная Азия»');
			await page.getByRole('button', { name: 'Отправить сообщение' }).click();
			await expect(
				page.getByText(
					'Спасибо. Ваше сообщение сохранено на этом устройстве и попадёт к преподавателю вместе с вашим результатом.'
				)
			).toBeVisible();
		}
		await page
			.locator('article.card')
			.getByRole('button', { name: statement.answer ? 'Верно' : 'Неверно', exact: true })
			.click();
	}
	await expect(page.getByText('Верно 3 из 3 (100%)')).toBeVisible();
	await page.getByLabel('Ваше имя — так, как его знает преподаватель').fill('Ерлан Серікұлы');
	await page.getByRole('button', { name: 'Получить результат' }).click();
	await expect(page.getByText('В этом результате есть и ваше сообщение о 1 вопросе.')).toBeVisible();
	await page.getByText('В этом результате есть и ваше сообщение о 1 вопросе.').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('result-with-report-phone.png') });
	const resultCode = await page.getByLabel('Код результата').inputValue();
	const decoded = decodeResult(resultCode, { assignment: key });
	if (!decoded.ok) throw new Error(decoded.error);
	expect(decoded.result).toMatchObject({ v: 2, name: 'Ерлан Серікұлы', answers: '111' });
	expect(resultReports(decoded.result)).toEqual([
		{ q: 1, reason: 'typo', comment: 'Опечатка в названии «Центральная Азия»' }
	]);
	const stored = (await readTables(page, ['problemReports'])).problemReports;
	expect(stored).toEqual([expect.objectContaining({ itemId: statements[1]!.id, assignmentKey: key, reason: 'typo' })]);

	// The instructor pastes the code: the class overview lists the reported question.
	await page.goto('/ru/teach/results/');
	await page.getByRole('textbox', { name: 'Коды результатов' }).fill(resultCode);
	await page.getByRole('button', { name: 'Добавить результаты' }).click();
	const reported = page.getByRole('region', { name: 'Вопросы с сообщениями о проблемах' });
	await expect(reported.getByRole('heading', { name: 'Вопрос 2 · 1 сообщение' })).toBeVisible();
	await expect(reported.getByText('опечатка: 1')).toBeVisible();
	await expect(
		reported
			.getByRole('listitem')
			.filter({ hasText: /^\s*Ерлан Серікұлы: опечатка\s+— Опечатка в названии «Центральная Азия»\s*$/ })
	).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	await reported.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('class-reports-phone.png') });
});
