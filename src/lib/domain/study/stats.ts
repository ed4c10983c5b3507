/**
 * Figures for the progress page and the home page. Days are local calendar days, given as the
 * epoch-ms start of each day by the caller's `startOfDay` (so tests can pin a time zone).
 */
import type { Card, Grade } from './card';
import { DAY_MS } from './time';

/** A card counts as mastered once FSRS expects it to last three weeks (Anki's "mature"). */
export const MASTERED_STABILITY_DAYS = 21;

export interface ReviewFact {
	reviewedAt: number;
	grade: Grade;
	/** The card's state before this review; null for the first one. */
	stateBefore: Card['state'] | null;
}

export type DayStart = (time: number) => number;

/** Reviews per day over the `days` days ending with the day of `now` (oldest first). */
export function reviewsPerDay(reviews: readonly ReviewFact[], now: number, days: number, startOfDay: DayStart) {
	const today = startOfDay(now);
	const counts = new Map<number, number>();
	for (const r of reviews) {
		const day = startOfDay(r.reviewedAt);
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	return Array.from({ length: days }, (_, i) => {
		// Step back by whole days from noon, so a daylight-saving change never skips or repeats a day.
		const day = startOfDay(today + DAY_MS / 2 - (days - 1 - i) * DAY_MS);
		return { day, count: counts.get(day) ?? 0 };
	});
}

/** Cards coming due on each of the next `days` days; overdue ones count on the first day. */
export function dueForecast(cards: Iterable<Card>, now: number, days: number, startOfDay: DayStart): number[] {
	const today = startOfDay(now);
	const counts = new Array<number>(days).fill(0);
	for (const card of cards) {
		const offset = Math.max(0, Math.round((startOfDay(card.dueAt) - today) / DAY_MS));
		if (offset < days) counts[offset]! += 1;
	}
	return counts;
}

/**
 * Share of reviews of cards already in review (not learning) that were remembered: FSRS's
 * measure of how well the desired retention is met. Undefined with no such review.
 */
export function trueRetention(reviews: readonly ReviewFact[]): { rate: number | undefined; count: number } {
	const mature = reviews.filter((r) => r.stateBefore === 'review');
	if (!mature.length) return { rate: undefined, count: 0 };
	return { rate: mature.filter((r) => r.grade !== 'again').length / mature.length, count: mature.length };
}

/** Reviews of cards in review, and how many of them were remembered: trueRetention's parts, to add up day by day. */
export interface RetentionTally {
	count: number;
	remembered: number;
}

export function retentionTally(reviews: readonly ReviewFact[]): RetentionTally {
	const { rate, count } = trueRetention(reviews);
	return { count, remembered: Math.round((rate ?? 0) * count) };
}

/** trueRetention over several days' tallies. */
export function retentionOfTallies(tallies: readonly RetentionTally[]): { rate: number | undefined; count: number } {
	const count = tallies.reduce((sum, t) => sum + t.count, 0);
	const remembered = tallies.reduce((sum, t) => sum + t.remembered, 0);
	return { rate: count ? remembered / count : undefined, count };
}

export interface Mastery {
	newCount: number;
	learningCount: number;
	masteredCount: number;
}

export function masteryOf(itemIds: readonly string[], cards: ReadonlyMap<string, Card>): Mastery {
	const mastery: Mastery = { newCount: 0, learningCount: 0, masteredCount: 0 };
	for (const id of itemIds) {
		const card = cards.get(id);
		if (!card) mastery.newCount++;
		else if (card.state === 'review' && card.stability >= MASTERED_STABILITY_DAYS) mastery.masteredCount++;
		else mastery.learningCount++;
	}
	return mastery;
}

/**
 * The streak asked day by day, newest first, so only as many days are read as the streak is long.
 * @param reviewsOn how many reviews the local day starting at the given time has
 */
export async function studyStreakByDay(
	reviewsOn: (dayStart: number) => Promise<number>,
	now: number,
	startOfDay: DayStart,
	maxDays = 3650
): Promise<number> {
	let day = startOfDay(now);
	if ((await reviewsOn(day)) === 0) day = startOfDay(day - DAY_MS / 2);
	let streak = 0;
	while (streak < maxDays && (await reviewsOn(day)) > 0) {
		streak++;
		day = startOfDay(day - DAY_MS / 2);
	}
	return streak;
}

/** Days in a row with at least one review, up to today (or yesterday, if today has none yet). */
export function studyStreak(reviewTimes: readonly number[], now: number, startOfDay: DayStart): number {
	const days = new Set(reviewTimes.map((t) => startOfDay(t)));
	let day = startOfDay(now);
	if (!days.has(day)) day = startOfDay(day - DAY_MS / 2);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = startOfDay(day - DAY_MS / 2);
	}
	return streak;
}
