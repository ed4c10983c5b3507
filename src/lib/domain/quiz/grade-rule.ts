/**
 * How a quiz answer feeds the FSRS schedule: wrong is Again; right is Good, Hard when it took long,
 * and Easy only for recall typed within the expected time. "Quick" and "long" depend on how much
 * there is to read and do, so the thresholds grow with the item's text and type.
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

/** What the grade needs of a verdict (see evaluate.ts). */
export interface GradedVerdict {
	isCorrect: boolean;
	/** Right only because a spelling slip was forgiven. */
	isNearMiss?: boolean;
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

/**
 * Types whose right answer shows recall, not recognition, so a quick one may be Easy. The rest are
 * capped at Good: a lucky tap on a true/false (1 in 2), a choice (1 in 3–5), a matching picked from
 * lists, an ordering of shown elements (1 in 6 for three), or a quiz flashcard's unchecked "I knew
 * it" must not jump a new card past its learning steps.
 */
const RECALL_TYPES: ReadonlySet<ItemType> = new Set(['cloze', 'numeric']);

/** A reading speed most students exceed: 15 characters a second. */
const READING_MS_PER_CHAR = 1000 / 15;

/** The time a confident answer takes, in ms. */
export function expectedAnswerMs({ type, textLength }: Omit<AnswerTiming, 'answerMs'>): number {
	return ACTION_MS[type] + textLength * READING_MS_PER_CHAR;
}

/**
 * Again when wrong; Hard beyond three times the expected time; Easy within it for typed recall
 * spelt right; Good otherwise.
 * @example quizGrade({ isCorrect: true }, { type: 'cloze', textLength: 60, answerMs: 5000 }) // 'easy'
 * @example quizGrade({ isCorrect: true }, { type: 'true-false', textLength: 60, answerMs: 3000 }) // 'good'
 */
export function quizGrade(verdict: GradedVerdict, timing: AnswerTiming): Grade {
	if (!verdict.isCorrect) return 'again';
	const expected = expectedAnswerMs(timing);
	if (timing.answerMs > 3 * expected) return 'hard';
	const isRecall = RECALL_TYPES.has(timing.type) && !verdict.isNearMiss;
	return isRecall && timing.answerMs <= expected ? 'easy' : 'good';
}
