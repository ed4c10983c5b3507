/** Daily limits on new cards and reviews, and what today's log says is left of them. */
import type { CardState } from './card';

/** The learner's limits (settings): new items introduced and cards in review graded per day. */
export interface DailyLimits {
	newCardsPerDay: number;
	reviewsPerDay: number;
}

/** What today's review log already holds, counted from storage. */
export interface DayCounts {
	/** Items introduced today (reviews of a card that did not exist yet). */
	newCards: number;
	/** Grades today of cards that were in review (learning cards are never limited). */
	reviewCards: number;
}

export const NO_COUNTS: DayCounts = { newCards: 0, reviewCards: 0 };

export type LimitRefusal = 'newLimit' | 'reviewLimit';

/** New cards and reviews still allowed today; unlimited (Infinity) when there are no limits. */
export function budgetLeft(
	limits: DailyLimits | undefined,
	counts: DayCounts
): { newCardsLeft: number; reviewsLeft: number } {
	if (!limits) return { newCardsLeft: Infinity, reviewsLeft: Infinity };
	return {
		newCardsLeft: Math.max(0, limits.newCardsPerDay - counts.newCards),
		reviewsLeft: Math.max(0, limits.reviewsPerDay - counts.reviewCards)
	};
}

/**
 * The limit that one more grade of a card in `stateBefore` (null: a new item) would break today,
 * or undefined when it is allowed.
 */
export function brokenLimit(
	stateBefore: CardState | null,
	limits: DailyLimits,
	counts: DayCounts
): LimitRefusal | undefined {
	const left = budgetLeft(limits, counts);
	if (stateBefore === null && left.newCardsLeft <= 0) return 'newLimit';
	if (stateBefore === 'review' && left.reviewsLeft <= 0) return 'reviewLimit';
	return undefined;
}

/** Counts a day's review rows for the limits. */
export function countDay(reviews: Iterable<{ cardBefore: { state: CardState } | null }>): DayCounts {
	let newCards = 0;
	let reviewCards = 0;
	for (const r of reviews) {
		if (r.cardBefore === null) newCards++;
		else if (r.cardBefore.state === 'review') reviewCards++;
	}
	return { newCards, reviewCards };
}

/** `counts` with one grade of a card that was `cardBefore` (null: new) added, or taken back with `sign` -1. */
export function withGrade(counts: DayCounts, cardBefore: { state: CardState } | null, sign: 1 | -1 = 1): DayCounts {
	const grade = countDay([{ cardBefore }]);
	return {
		newCards: Math.max(0, counts.newCards + sign * grade.newCards),
		reviewCards: Math.max(0, counts.reviewCards + sign * grade.reviewCards)
	};
}

/** A day of reviews in figures: the limits' counts, distinct items answered, and answers given. */
export interface DaySummary {
	counts: DayCounts;
	/** Distinct items answered: what "cards studied today" means. */
	itemsReviewed: number;
	/** Every grade, a card answered three times counting three. */
	answers: number;
}

export function summarizeDay(
	reviews: readonly { itemId: string; cardBefore: { state: CardState } | null }[]
): DaySummary {
	return {
		counts: countDay(reviews),
		itemsReviewed: new Set(reviews.map((r) => r.itemId)).size,
		answers: reviews.length
	};
}
