// Realistic rows in every table, written the way the app writes them (through its repositories),
// for the backup tests. Not a test file itself.
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
import type { Grade } from '$lib/domain/study/card';

export const FILL_NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const DAY_MS = 86_400_000;

let counter = 0;
const opened: QaitalaDb[] = [];

/** A database of its own name (fake-indexeddb); `closeAll` deletes them after each test. */
export function freshDb(prefix = 'backup'): QaitalaDb {
	const db = new QaitalaDb(`${prefix}-${Date.now()}-${counter++}`);
	opened.push(db);
	return db;
}

export async function deleteAll(): Promise<void> {
	for (const db of opened.splice(0)) await db.delete();
}

/** Grades `itemId` through the scheduler on successive due dates, as studying would. */
export async function study(
	db: QaitalaDb,
	itemId: string,
	grades: readonly Grade[],
	startAt = FILL_NOW
): Promise<void> {
	const repository = new StudyRepository(db);
	const scheduler = new Scheduler({ enableFuzz: false });
	let card = (await repository.loadCards([itemId])).get(itemId);
	let now = startAt;
	for (const grade of grades) {
		const outcome = scheduler.grade(itemId, card, grade, now);
		await repository.recordReview(outcome.card, outcome.review);
		card = outcome.card;
		now = outcome.card.dueAt + 60_000;
	}
}

/** Fills every table the app has, with the kinds of rows a student and an instructor make. */
export async function fillEveryTable(db: QaitalaDb): Promise<void> {
	const repository = new StudyRepository(db);
	await study(db, 'kz-china-1', ['good', 'again', 'good', 'good', 'easy']);
	await study(db, 'kz-china-2', ['hard', 'good'], FILL_NOW + DAY_MS);
	await study(db, 'kz-russia-3', ['easy'], FILL_NOW + 2 * DAY_MS);
	await repository.saveSettings({ ...defaultSettings('kk'), contentLanguage: 'ru', newCardsPerDay: 12 });
	await repository.buryItem('kz-china-2', FILL_NOW + 3 * DAY_MS);
	await repository.setSuspended('kz-russia-3', true);

	const tests = new TestAttemptRepository(db);
	const attemptId = await tests.start({
		seed: 'a7k2mn',
		topicIds: ['kz-china'],
		itemIds: ['a', 'b', 'c'],
		timeLimitMs: 600_000,
		startedAt: FILL_NOW
	});
	await tests.saveAnswer(attemptId, { itemId: 'a', response: { type: 'choice', selected: [0, 2] }, isCorrect: false });
	await tests.saveAnswer(attemptId, { itemId: 'b', response: { type: 'cloze', text: 'Астана' }, isCorrect: true });
	// A matching answer with a blank: IndexedDB keeps the hole, plain JSON would not.
	await tests.saveAnswer(attemptId, {
		itemId: 'c',
		response: { type: 'matching', choices: [1, undefined, 0] },
		isCorrect: false
	});
	await tests.finish(attemptId, FILL_NOW + 300_000);

	const assignments = new AssignmentRepository(db);
	const assignment: Assignment = {
		v: 1,
		title: 'Апта 5',
		instructions: 'Оқыңыз',
		dueAt: FILL_NOW + 5 * DAY_MS,
		mode: 'flashcards',
		timeLimitMin: 0,
		languages: ['kk', 'ru'],
		topicIds: ['kz-china'],
		itemIds: ['kz-china-1', 'kz-china-2']
	};
	const code = encodeAssignment(assignment);
	const key = assignmentKey(code);
	await assignments.receive(key, code, assignment, FILL_NOW);
	const run = gradeFlashcard(startFlashcardRun(assignment.itemIds), 'again');
	await assignments.updateReceived(key, {
		startedAt: FILL_NOW,
		language: 'kk',
		flashcards: run,
		testAttemptId: attemptId
	});
	const result: Result = {
		v: 1,
		assignment: key,
		name: 'Әлия',
		answers: '01',
		timeSpentMs: 1000,
		completedAt: FILL_NOW + 2000
	};
	await assignments.updateReceived(key, {
		completedAt: FILL_NOW + 2000,
		result: { code: encodeResult(result), name: 'Әлия', answers: '01' }
	});
	await assignments.saveStudentName('Әлия');
	await assignments.saveComposed({
		key,
		code,
		assignment: { ...assignment, mode: 'test', timeLimitMin: 20 },
		createdAt: FILL_NOW
	});

	const classes = new ClassResultRepository(db);
	await classes.importResults([{ result, code: encodeResult(result) }], FILL_NOW + 3000);
	await classes.saveRoster(key, ['Әлия', 'Ерлан Серікұлы']);

	await new CustomBankRepository(db).add({
		title: 'Менің сұрақтарым',
		language: 'kk',
		format: 'gift',
		importedAt: FILL_NOW,
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
			}
		]
	});
	await db.setAside.add({
		table: 'cards',
		row: { itemId: 'x', state: 'weird', stability: NaN },
		reason: 'state: Invalid type',
		setAsideAt: FILL_NOW
	});
	const reports = new ProblemReportRepository(db);
	await reports.report({
		itemId: 'kz-china-1',
		reason: 'typo',
		comment: 'Әріп қате',
		prompt: 'Қай жылы?',
		language: 'kk',
		reportedAt: FILL_NOW
	});
	await reports.report({
		itemId: 'kz-china-2',
		assignmentKey: key,
		reason: 'wrongAnswer',
		comment: '',
		prompt: 'Кім?',
		language: 'ru',
		reportedAt: FILL_NOW + 1000
	});
}

/** Every table's rows, read raw, keyed by table name. */
export async function dumpTables(db: QaitalaDb): Promise<Record<string, unknown[]>> {
	const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
	return Object.fromEntries(entries);
}
