import { describe, expect, it } from 'vitest';
import { expectedAnswerMs, quizGrade } from '$lib/domain/quiz/grade-rule';

describe('quizGrade', () => {
	// A 60-character true/false statement: 2 s to act + 4 s to read = 6 s expected.
	const statement = { type: 'true-false' as const, textLength: 60 };

	it('expects more time for longer texts and harder actions', () => {
		expect(expectedAnswerMs(statement)).toBe(6000);
		expect(expectedAnswerMs({ type: 'matching', textLength: 60 })).toBeGreaterThan(expectedAnswerMs(statement));
	});

	it.each([
		[false, 1_000, 'again'],
		[false, 60_000, 'again'],
		[true, 3_000, 'easy'],
		[true, 6_000, 'easy'],
		[true, 6_001, 'good'],
		[true, 18_000, 'good'],
		[true, 18_001, 'hard'],
		[true, 120_000, 'hard']
	] as const)('correct=%s in %i ms → %s', (isCorrect, answerMs, grade) => {
		expect(quizGrade(isCorrect, { ...statement, answerMs })).toBe(grade);
	});
});
