import { describe, expect, it } from 'vitest';
import { expectedAnswerMs, quizGrade } from '$lib/domain/quiz/grade-rule';
import { ITEM_TYPES, type ItemType } from '$lib/domain/bank/schema';

describe('expectedAnswerMs', () => {
	it('expects more time for longer texts and harder actions', () => {
		// A 60-character true/false statement: 2 s to act + 4 s to read = 6 s expected.
		expect(expectedAnswerMs({ type: 'true-false', textLength: 60 })).toBe(6000);
		expect(expectedAnswerMs({ type: 'cloze', textLength: 60 })).toBe(10_000);
		expect(expectedAnswerMs({ type: 'matching', textLength: 60 })).toBeGreaterThan(
			expectedAnswerMs({ type: 'true-false', textLength: 60 })
		);
	});
});

describe('quizGrade', () => {
	// Each type with a 60-character text, so the expected time is its action time + 4 s.
	const expected = (type: ItemType) => expectedAnswerMs({ type, textLength: 60 });
	const grade = (type: ItemType, isCorrect: boolean, answerMs: number, isNearMiss = false) =>
		quizGrade({ isCorrect, isNearMiss }, { type, textLength: 60, answerMs });

	// [type, right?, time as a multiple of the expected time, grade]
	it.each([
		['true-false', true, 0.2, 'good'],
		['true-false', true, 1, 'good'],
		['true-false', true, 2.9, 'good'],
		['true-false', true, 3.1, 'hard'],
		['true-false', false, 0.5, 'again'],
		['choice', true, 0.3, 'good'],
		['choice', true, 1, 'good'],
		['choice', true, 4, 'hard'],
		['choice', false, 10, 'again'],
		['matching', true, 0.5, 'good'],
		['matching', true, 3.5, 'hard'],
		['matching', false, 0.5, 'again'],
		['ordering', true, 0.5, 'good'],
		['ordering', false, 0.5, 'again'],
		['flashcard', true, 0.5, 'good'],
		['flashcard', false, 0.5, 'again'],
		['cloze', true, 0.5, 'easy'],
		['cloze', true, 1, 'easy'],
		['cloze', true, 1.1, 'good'],
		['cloze', true, 3, 'good'],
		['cloze', true, 3.1, 'hard'],
		['cloze', false, 0.5, 'again'],
		['numeric', true, 0.5, 'easy'],
		['numeric', true, 2, 'good'],
		['numeric', true, 5, 'hard'],
		['numeric', false, 0.5, 'again']
	] as const)('%s, right=%s, in %f× the expected time → %s', (type, isCorrect, factor, result) => {
		expect(grade(type, isCorrect, Math.round(factor * expected(type)))).toBe(result);
	});

	it('gives Easy to no guessable type, however quick', () => {
		const easy = ITEM_TYPES.filter((type) => grade(type, true, 1) === 'easy');
		expect(easy).toEqual(['cloze', 'numeric']);
	});

	it('caps a forgiven spelling slip at Good', () => {
		expect(grade('cloze', true, 1000, true)).toBe('good');
		expect(grade('cloze', true, 4 * expected('cloze'), true)).toBe('hard');
	});
});
