/**
 * How a quiz answer feeds the FSRS schedule (issue 4): wrong is Again; right is Good, or Easy when
 * answered quickly, or Hard when it took long. "Quick" and "long" depend on how much there is to read
 * and do, so the thresholds grow with the item's text and type.
 */
import type { ItemType } from '../bank/schema';
import type { Grade } from '../study/card';

export interface AnswerTiming {
	type: ItemType;
	/** Characters the learner had to read (prompt and options). */
	textLength: number;
	/** From showing the question to submitting the answer, in ms. */
	answerMs: number;
}

/** Extra time for acting on the answer, beyond reading: typing, ordering and matching take longer. */
const ACTION_MS: Record<ItemType, number> = {
	flashcard: 2_000,
	'true-false': 2_000,
	choice: 3_000,
	numeric: 5_000,
	cloze: 6_000,
	ordering: 10_000,
	matching: 12_000
};

/** A reading speed most students exceed: 15 characters a second. */
const READING_MS_PER_CHAR = 1000 / 15;

/** The time a confident answer takes, in ms. */
export function expectedAnswerMs({ type, textLength }: Omit<AnswerTiming, 'answerMs'>): number {
	return ACTION_MS[type] + textLength * READING_MS_PER_CHAR;
}

/**
 * Easy within the expected time; Good up to three times it; Hard beyond.
 * @example quizGrade(true, { type: 'true-false', textLength: 60, answerMs: 3000 }) // 'easy'
 */
export function quizGrade(isCorrect: boolean, timing: AnswerTiming): Grade {
	if (!isCorrect) return 'again';
	const expected = expectedAnswerMs(timing);
	if (timing.answerMs <= expected) return 'easy';
	if (timing.answerMs <= 3 * expected) return 'good';
	return 'hard';
}
