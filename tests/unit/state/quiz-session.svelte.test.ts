import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { seededRandom } from '$lib/domain/bank/present';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const cloze: LocalizedItem = {
	id: 'heartland',
	type: 'cloze',
	text: 'Part of the ___.',
	answers: ['Хартлендтің'],
	explanation: 'Why',
	source
};
const choice: LocalizedItem = {
	id: 'pick',
	type: 'choice',
	prompt: 'Which?',
	explanation: 'Why',
	source,
	options: [
		{ text: 'Right', correct: true },
		{ text: 'Wrong', correct: false },
		{ text: 'Other', correct: false }
	]
};
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

/** A quiz over `items`; each answer takes one second, well within the expected time. */
function makeQuiz(items: LocalizedItem[], seed = 'quiz') {
	const db = new QaitalaDb(`quiz-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	let now = NOW;
	const clock = () => (now += 1_000);
	const repository = new StudyRepository(db);
	const study = new StudySession({
		items,
		limits: { newCardsPerDay: 10, reviewsPerDay: 200 },
		repository,
		scheduler: new Scheduler({ enableFuzz: false }),
		clock
	});
	const quiz = new QuizSession(study, clock, seededRandom(seed));
	quiz.markShown(items[0]!.id);
	const rows = () => db.reviews.toArray();
	return { quiz, repository, rows, grades: async () => (await rows()).map((r) => r.grade) };
}

describe('QuizSession', () => {
	it('grades a quick right choice Good and quick typed recall Easy', async () => {
		const tapped = makeQuiz([choice]);
		await tapped.quiz.submit({ type: 'choice', selected: [0] });
		expect(tapped.quiz.answered?.grade).toBe('good');
		expect(await tapped.rows()).toEqual([
			expect.objectContaining({ grade: 'good', source: 'quiz', durationMs: 1_000 })
		]);

		const typed = makeQuiz([cloze]);
		await typed.quiz.submit({ type: 'cloze', text: 'Хартлендтің' });
		expect(await typed.grades()).toEqual(['easy']);
	});

	it('counts a slip in a long word as right, at most Good, with the spelling to show', async () => {
		const { quiz, grades } = makeQuiz([cloze]);
		await quiz.submit({ type: 'cloze', text: 'Хартлентің' });
		expect(quiz.answered?.verdict).toMatchObject({ isCorrect: true, isNearMiss: true, matched: 'Хартлендтің' });
		expect(await grades()).toEqual(['good']);
		expect(quiz.canOverride).toBe(false);
	});

	it('keeps a showing’s seed through its feedback, and gives the next showing and another session new ones', async () => {
		const { quiz } = makeQuiz([choice, cloze]);
		const first = quiz.presentationSeed;
		await quiz.submit({ type: 'choice', selected: [1] });
		expect(quiz.presentationSeed).toBe(first);
		quiz.next();
		expect(quiz.presentationSeed).not.toBe(first);
		expect(makeQuiz([choice], 'other').quiz.presentationSeed).not.toBe(first);
		expect(makeQuiz([choice]).quiz.presentationSeed).toBe(first); // the seed comes from the random function given
	});

	it('"I was right" after a wrong typed answer takes back Again and grades Good, flagged as an override', async () => {
		const { quiz, repository, grades, rows } = makeQuiz([cloze]);
		await quiz.submit({ type: 'cloze', text: 'Римленд' });
		expect(quiz.answered?.grade).toBe('again');
		expect(quiz.canOverride).toBe(true);
		await quiz.override();
		expect(quiz.answered).toMatchObject({ grade: 'good', overridden: true });
		expect(await rows()).toEqual([expect.objectContaining({ grade: 'good', source: 'override', durationMs: 1_000 })]);
		expect((await repository.loadCards()).get('heartland')?.reps).toBe(1);
		expect(quiz.correctCount).toBe(1);
		expect(quiz.answeredCount).toBe(1);
		expect(quiz.canOverride).toBe(false);
		await quiz.override(); // a second press changes nothing
		expect(await grades()).toEqual(['good']);
	});

	it('offers no override for a tapped answer', async () => {
		const { quiz, grades } = makeQuiz([choice]);
		await quiz.submit({ type: 'choice', selected: [1] });
		expect(quiz.canOverride).toBe(false);
		await quiz.override();
		expect(await grades()).toEqual(['again']);
	});
});
