/** Our vocabulary for a learner's schedule of one item; ts-fsrs stays behind scheduler.ts. */

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** A learner's schedule for one item. Times are epoch milliseconds. */
export interface Card {
	itemId: string;
	state: CardState;
	dueAt: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	lastReviewAt?: number;
}

/**
 * Where a grade came from: the student's own rating of a flashcard, a quiz or an assignment
 * answer, or "I was right" after a typed answer was marked wrong. `unknown` for rows written
 * before sources were kept.
 */
export const REVIEW_SOURCES = ['self', 'quiz', 'assignment', 'override', 'unknown'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** How a grade was given: its source and how long the answer took (null when not measured). */
export interface AnswerContext {
	source: ReviewSource;
	durationMs: number | null;
}

/** Longer than any real answer: a card left on screen overnight is not a day-long answer. */
export const MAX_ANSWER_DURATION_MS = 60 * 60_000;

/** A measured answer time, kept within what a review row stores. */
export function answerDuration(shownAt: number, gradedAt: number): number {
	return Math.round(Math.min(MAX_ANSWER_DURATION_MS, Math.max(0, gradedAt - shownAt)));
}

/** One grade given to one card; enough to undo it exactly and to draw statistics. */
export interface Review {
	itemId: string;
	grade: Grade;
	reviewedAt: number;
	/** The card as it was before this review, or null if the item was new: undo restores it as is. */
	cardBefore: Card | null;
	/** Days from the card's last review to this one (0 for a new card). */
	elapsedDays: number;
	/** The interval this review scheduled, in days (0 while still in learning steps). */
	scheduledDays: number;
	stateAfter: CardState;
	source: ReviewSource;
	/** From the card or question shown to the grade, in milliseconds; null when not measured. */
	durationMs: number | null;
}

const CARD_FIELDS = [
	'itemId',
	'state',
	'dueAt',
	'stability',
	'difficulty',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'lastReviewAt'
] as const;

/**
 * True when two cards hold the same schedule (no card on either side counts as the same too).
 * Compared field by field with Object.is, so a stored NaN still equals itself.
 */
export function isSameCard(a: Card | null | undefined, b: Card | null | undefined): boolean {
	if (!a || !b) return !a && !b;
	return CARD_FIELDS.every((field) => Object.is(a[field], b[field]));
}

/** Whether two reads of the same items hold the same cards (isSameCard for each). */
export function isSameCardMap(a: ReadonlyMap<string, Card>, b: ReadonlyMap<string, Card>): boolean {
	if (a.size !== b.size) return false;
	for (const [itemId, card] of a) if (!isSameCard(card, b.get(itemId))) return false;
	return true;
}
