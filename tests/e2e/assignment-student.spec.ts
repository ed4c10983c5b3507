// The student's side on its own: flashcards until learned in Kazakh, and bad links refused in Russian.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, firstItemIds } from './fixtures';
import { encodeAssignment, type Assignment } from '../../src/lib/domain/share/assignment';
import { assignmentFileContent } from '../../src/lib/domain/share/files';
import { decodeResult } from '../../src/lib/domain/share/result';

test('kk: flashcards until learned, then a result code with who recalled what at the first try', async ({ page }) => {
	const itemIds = await firstItemIds(page, 'kz-china', 3);
	const dueAt = new Date(2099, 10, 20, 23, 59).getTime();
	const code = encodeAssignment({
		v: 1,
		title: 'Қытай: карточкалар',
		dueAt,
		mode: 'flashcards',
		languages: ['kk'],
		topicIds: ['kz-china'],
		itemIds
	});
	await page.goto(`/kk/assignment/#${code}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Қытай: карточкалар' })).toBeVisible();
	// The due date in Kazakh, also where the browser's own Kazakh date data is missing.
	await expect(page.getByText(/^Мерзімі: 2099 ж\. 20 қараша/)).toBeVisible();
	// One language only: nothing to choose.
	await expect(page.getByRole('radio')).toHaveCount(0);
	await page.getByRole('button', { name: 'Бастау' }).click();

	// The first card is forgotten once (it comes back), the other two are recalled.
	const grades = ['Қайта', 'Жақсы', 'Жақсы', 'Жақсы'];
	for (const grade of grades) {
		await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
		await page.getByRole('button', { name: new RegExp(`^${grade};`) }).click();
	}
	await expect(page.getByText('Барлық карточка есте қалды.')).toBeVisible();
	await page.getByLabel('Оқытушыңыз білетін атыңыз').fill('Әлия Серікова');
	await page.getByRole('button', { name: 'Нәтижені алу' }).click();
	const decoded = decodeResult(await page.getByLabel('Нәтиже коды').inputValue());
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	expect(decoded.ok && decoded.result).toMatchObject({ name: 'Әлия Серікова', answers: '011' });

	// The result file carries the same code.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Нәтижені файл етіп жүктеп алу' }).click();
	const file = JSON.parse(
		await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))
	);
	expect(file).toMatchObject({ qaitala: 'result', name: 'Әлия Серікова', score: '2/3' });

	// A reload shows the result again, not a fresh start.
	await page.reload();
	await expect(page.getByLabel('Нәтиже коды')).toHaveValue(file.code);
	await page.goto('/kk/');
	await expect(
		page.getByRole('region', { name: 'Сіздің тапсырмаларыңыз' }).getByText('Нәтиже дайын: 3 ішінен 2')
	).toBeVisible();
});

test('ru: a damaged or foreign link gets a translated error and adds nothing', async ({ page }) => {
	const assignment: Assignment = {
		v: 1,
		title: 'Тест',
		mode: 'test',
		languages: ['ru'],
		topicIds: ['kz-china'],
		itemIds: await firstItemIds(page, 'kz-china', 2)
	};
	const code = encodeAssignment(assignment);
	await page.goto(`/ru/assignment/#${code.slice(0, -6)}`);
	await expect(page.locator('.notice[role=alert]')).toContainText('Ссылка или код повреждены');
	const unknown = encodeAssignment({
		v: 1,
		title: 'Чужое',
		mode: 'test',
		languages: ['ru'],
		topicIds: ['x'],
		itemIds: ['no-such-item']
	});
	await page.getByLabel('Ссылка или код от преподавателя').fill(`https://example.org/ru/assignment/#${unknown}`);
	await page.getByRole('button', { name: 'Открыть', exact: true }).click();
	await expect(page.locator('#open-error')).toContainText('не описывают допустимый набор вопросов');
	await page.goto('/ru/');
	await expect(page.getByRole('heading', { name: 'Ваши задания' })).toHaveCount(0);

	// A file that is not an assignment is refused too.
	await page.goto('/ru/assignment/');
	await page.getByLabel('Или откройте файл задания').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"qaitala":"result","code":"x"}')
	});
	await expect(page.locator('#open-error')).toContainText('Ссылка или код повреждены');

	// The instructor's file opens it.
	const file = assignmentFileContent(code, `https://example.org/ru/assignment/#${code}`, assignment);
	await page
		.getByLabel('Или откройте файл задания')
		.setInputFiles({ name: 'test.qaitala-assignment.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await expect(page.getByRole('heading', { level: 1, name: 'Тест' })).toBeVisible();
});
