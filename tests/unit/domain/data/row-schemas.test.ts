// Every table has a row schema, and the rows the app writes today pass it (written through the
// repositories into fake-indexeddb, read back raw).
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { AssignmentRepository } from '$lib/storage/assignments';
import { ClassResultRepository } from '$lib/storage/class-results';
import { CustomBankRepository } from '$lib/storage/custom-banks';
import { TestAttemptRepository } from '$lib/storage/test-attempts';
import { ProblemReportRepository } from '$lib/storage/problem-reports';
import { Scheduler } from '$lib/domain/study/scheduler';
import { defaultSettings } from '$lib/domain/settings';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { assignmentKey, encodeResult, type Result } from '$lib/domain/share/result';
import { gradeFlashcard, startFlashcardRun } from '$lib/domain/share/assignment-run';
import { checkRow, isStoredDate, ROW_SCHEMAS, TABLE_NAMES, type TableName } from '$lib/domain/data/row-schemas';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
function fresh() {
	const db = new QaitalaDb(`row-schemas-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	return db;
}

async function writeEveryKindOfRow(db: QaitalaDb) {
	const study = new StudyRepository(db);
	const scheduler = new Scheduler({ enableFuzz: false });
	let card = undefined as ReturnType<Scheduler['grade']>['card'] | undefined;
	let now = NOW;
	for (const grade of ['good', 'again', 'good', 'good', 'easy', 'hard'] as const) {
		const outcome = scheduler.grade('kz-china-1', card, grade, now);
		await study.recordReview(outcome.card, outcome.review);
		card = outcome.card;
		now = outcome.card.dueAt + 60_000;
	}
	await study.saveSettings({ ...defaultSettings('ru'), contentLanguage: 'kk', newCardsPerDay: 7 });
	await study.buryItem('kz-china-2', NOW + 86_400_000);
	await study.setSuspended('kz-china-3', true);
	await study.setSuspended('kz-china-2', false);

	const tests = new TestAttemptRepository(db);
	const attemptId = await tests.start({
		seed: 'a7k2mn',
		topicIds: ['kz-china'],
		itemIds: ['a', 'b', 'c', 'd', 'e', 'f'],
		timeLimitMs: 600_000,
		startedAt: NOW,
		level: 'understand'
	});
	await tests.saveAnswer(attemptId, { itemId: 'a', response: { type: 'choice', selected: [0, 2] }, isCorrect: false });
	await tests.saveAnswer(attemptId, { itemId: 'b', response: { type: 'true-false', answer: true }, isCorrect: true });
	await tests.saveAnswer(attemptId, { itemId: 'c', response: { type: 'cloze', text: 'Астана' }, isCorrect: true });
	await tests.saveAnswer(attemptId, { itemId: 'd', response: { type: 'numeric', text: '1991' }, isCorrect: true });
	await tests.saveAnswer(attemptId, {
		itemId: 'e',
		response: { type: 'ordering', order: [1, 0, 2] },
		isCorrect: false
	});
	await tests.saveAnswer(attemptId, {
		itemId: 'f',
		response: { type: 'matching', choices: [1, undefined, 0] },
		isCorrect: false
	});
	await tests.finish(attemptId, NOW + 300_000);
	await tests.start({
		seed: 'assignment:0a1b2c3d',
		topicIds: ['t'],
		itemIds: ['x'],
		timeLimitMs: 0,
		startedAt: NOW,
		assignmentKey: '0a1b2c3d'
	});

	const assignments = new AssignmentRepository(db);
	const assignment: Assignment = {
		v: 1,
		title: 'Апта 5',
		instructions: 'Оқыңыз',
		dueAt: NOW + 5 * 86_400_000,
		mode: 'flashcards',
		timeLimitMin: 0,
		languages: ['kk', 'ru'],
		topicIds: ['kz-china'],
		itemIds: ['kz-china-1', 'kz-china-2']
	};
	const code = encodeAssignment(assignment);
	const key = assignmentKey(code);
	await assignments.receive(key, code, assignment, NOW);
	const run = gradeFlashcard(startFlashcardRun(assignment.itemIds), 'again');
	await assignments.updateReceived(key, {
		startedAt: NOW,
		language: 'kk',
		flashcards: startFlashcardRun(assignment.itemIds)
	});
	const graded = scheduler.grade('kz-china-4', undefined, 'again', NOW + 1000);
	const alongside = assignments.progressWrite(key, {
		flashcards: run,
		done: 0,
		lastActionAt: NOW + 1000,
		timeSpentMs: 1000
	});
	expect((await new StudyRepository(db).recordReview(graded.card, graded.review, { alongside })).ok).toBe(true);
	const result: Result = {
		v: 1,
		assignment: key,
		name: 'Әлия',
		answers: '01',
		timeSpentMs: 1000,
		completedAt: NOW + 2000
	};
	await assignments.updateReceived(key, {
		completedAt: NOW + 2000,
		testAttemptId: attemptId,
		result: { code: encodeResult(result), name: 'Әлия', answers: '01' }
	});
	await assignments.saveStudentName('Әлия');
	await assignments.saveComposed({
		key,
		code,
		assignment: { ...assignment, mode: 'test', timeLimitMin: 20 },
		createdAt: NOW
	});

	const classes = new ClassResultRepository(db);
	await classes.importResults([{ result, code: encodeResult(result) }], NOW + 3000);
	await classes.saveRoster(key, ['Әлия', 'Ерлан  Серікұлы']);

	await new CustomBankRepository(db).add({
		title: 'Менің сұрақтарым',
		language: 'kk',
		format: 'gift',
		importedAt: NOW,
		items: [
			{ id: 'custom-x-1', type: 'flashcard', prompt: 'Елорда?', answer: 'Астана', explanation: '' },
			{
				id: 'custom-x-2',
				type: 'numeric',
				prompt: 'Жыл?',
				answer: 1991,
				tolerance: 0.5,
				unit: 'жыл',
				explanation: 'Тәуелсіздік'
			},
			{
				id: 'custom-x-3',
				type: 'choice',
				prompt: 'Қайсы?',
				options: [
					{ text: 'A', correct: true },
					{ text: 'B', correct: false }
				],
				explanation: ''
			},
			{
				id: 'custom-x-4',
				type: 'matching',
				prompt: 'Сәйкестендір',
				pairs: [
					{ left: '1', right: 'a' },
					{ left: '2', right: 'b' }
				],
				explanation: ''
			}
		]
	});
	await db.setAside.add({
		table: 'cards',
		row: { itemId: 'x', state: 'weird' },
		reason: 'state: Invalid type',
		setAsideAt: NOW
	});
	const reports = new ProblemReportRepository(db);
	await reports.report({
		itemId: 'kz-china-1',
		reason: 'other',
		comment: '',
		prompt: 'Қай жылы?',
		language: 'kk',
		reportedAt: NOW
	});
	await reports.report({
		itemId: 'kz-china-2',
		assignmentKey: key,
		reason: 'unclear',
		comment: 'Түсініксіз 😀',
		prompt: 'x'.repeat(300),
		language: 'en',
		reportedAt: NOW
	});
	// A result that carries reports, collected by the instructor.
	const reported: Result = { ...result, v: 2, name: 'Ерлан', reports: [{ q: 1, reason: 'typo', comment: 'Әріп' }] };
	await classes.importResults([{ result: reported, code: encodeResult(reported) }], NOW + 4000);
}

describe('row schemas', () => {
	it('cover every table of the database, and nothing else', () => {
		const db = fresh();
		expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
		expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...TABLE_NAMES].sort());
	});

	it('accept every row the app writes today', async () => {
		const db = fresh();
		await writeEveryKindOfRow(db);
		for (const table of db.tables) {
			const rows = await table.toArray();
			expect(rows.length, table.name).toBeGreaterThan(0);
			for (const row of rows)
				expect(checkRow(table.name as TableName, row), `${table.name}: ${JSON.stringify(row)}`).toEqual({ ok: true });
		}
	});

	const card = {
		itemId: 'a',
		state: 'review',
		dueAt: NOW,
		stability: 3.2,
		difficulty: 5,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		lastReviewAt: NOW - 1000
	};
	it.each([
		['an unknown card state', 'cards', { ...card, state: 'weird' }],
		['a NaN stability', 'cards', { ...card, stability: NaN }],
		['an infinite difficulty', 'cards', { ...card, difficulty: Infinity }],
		['a due date in year 275760', 'cards', { ...card, dueAt: 8_640_000_000_000_000 }],
		['a fractional rep count', 'cards', { ...card, reps: 1.5 }],
		['an unknown field', 'cards', { ...card, extra: 1 }],
		[
			'an unknown grade',
			'reviews',
			{
				itemId: 'a',
				grade: 'perfect',
				reviewedAt: NOW,
				cardBefore: null,
				elapsedDays: 0,
				scheduledDays: 0,
				stateAfter: 'learning'
			}
		],
		[
			'a bad card inside a review',
			'reviews',
			{
				itemId: 'a',
				grade: 'good',
				reviewedAt: NOW,
				cardBefore: { ...card, state: 'x' },
				elapsedDays: 0,
				scheduledDays: 0,
				stateAfter: 'review'
			}
		],
		[
			'a settings value out of range',
			'settings',
			{ key: 'settings', value: { ...defaultSettings(), newCardsPerDay: 1e9 } }
		],
		['a last backup that is not a date', 'settings', { key: 'lastBackupAt', value: 'yesterday' }],
		[
			'a result completed after the last date',
			'classResults',
			{
				assignment: 'aaaaaaaa',
				nameKey: 'a',
				code: 'x.y',
				importedAt: NOW,
				result: {
					v: 1,
					assignment: 'aaaaaaaa',
					name: 'A',
					answers: '1',
					timeSpentMs: 0,
					completedAt: 8_640_000_000_000_001
				}
			}
		],
		['a huge roster', 'rosters', { assignment: 'aaaaaaaa', names: Array.from({ length: 5000 }, (_, i) => `n${i}`) }],
		['a set-aside row from no table', 'setAside', { table: 'nothing', row: {}, reason: '', setAsideAt: NOW }],
		[
			'a report with an unknown reason',
			'problemReports',
			{ itemId: 'a', reason: 'boring', comment: '', prompt: 'Q', language: 'kk', reportedAt: NOW }
		],
		[
			'a report with a comment too long',
			'problemReports',
			{ itemId: 'a', reason: 'typo', comment: 'я'.repeat(201), prompt: 'Q', language: 'kk', reportedAt: NOW }
		],
		[
			'a report with a line break in its comment',
			'problemReports',
			{ itemId: 'a', reason: 'typo', comment: 'a\nb', prompt: 'Q', language: 'kk', reportedAt: NOW }
		],
		[
			'a collected result reporting a question it does not have',
			'classResults',
			{
				assignment: 'aaaaaaaa',
				nameKey: 'a',
				code: 'x.y',
				importedAt: NOW,
				result: {
					v: 2,
					assignment: 'aaaaaaaa',
					name: 'A',
					answers: '1',
					timeSpentMs: 0,
					completedAt: NOW,
					reports: [{ q: 1, reason: 'typo' }]
				}
			}
		]
	] as const)('refuse %s', (_, table, row) => {
		expect(checkRow(table, row).ok).toBe(false);
	});

	it('accept a setting a later version adds, and a card with no review yet', () => {
		expect(checkRow('settings', { key: 'somethingNew', value: { any: [1, 2] } })).toEqual({ ok: true });
		const { card: fresh } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'again', NOW);
		expect(checkRow('cards', fresh)).toEqual({ ok: true });
	});

	it('name the stored date range', () => {
		expect([NOW, Date.UTC(2000, 0, 1), Date.UTC(2200, 0, 1)].every(isStoredDate)).toBe(true);
		expect([NaN, 0, -1, Date.UTC(2200, 0, 2), 8_640_000_000_000_000, '2026'].some(isStoredDate)).toBe(false);
	});
});
