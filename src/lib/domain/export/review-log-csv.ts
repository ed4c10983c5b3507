/**
 * The review log in the CSV the FSRS optimizer reads (open-spaced-repetition's fsrs-optimizer,
 * fsrs-rs, fsrs-browser): one row per review, oldest first.
 */
import type { CardState } from '../study/card';
import { RATING, type LoggedReview } from '../study/fsrs-fit';
import { toSafeCsv } from './spreadsheet-safe';

export const REVIEW_LOG_CSV_HEADER = [
	'card_id',
	'review_time',
	'review_rating',
	'review_state',
	'review_duration'
] as const;

/** FSRS's state numbers: New, Learning, Review, Relearning. */
const STATE_NUMBER: Record<CardState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

/**
 * The log as optimizer CSV. card_id: integers from 1, in the order of each item's first review (so an
 * item keeps its number as the log grows); review_time: epoch ms; review_rating: 1–4 (Again–Easy);
 * review_state: the card's state before the review, 0–3; review_duration: ms, 0 when not recorded.
 * @example card_id,review_time,review_rating,review_state,review_duration
 *          1,1717225200000,3,0,0
 */
export function toReviewLogCsv(reviews: readonly LoggedReview[]): string {
	const sorted = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
	const cardIds = new Map<string, number>();
	for (const { itemId } of sorted) if (!cardIds.has(itemId)) cardIds.set(itemId, cardIds.size + 1);
	const rows = sorted.map((r) => [
		String(cardIds.get(r.itemId)),
		String(Math.round(r.reviewedAt)),
		String(RATING[r.grade]),
		String(STATE_NUMBER[r.stateBefore]),
		String(Math.max(0, Math.round(r.durationMs ?? 0)))
	]);
	return toSafeCsv([[...REVIEW_LOG_CSV_HEADER], ...rows]);
}
