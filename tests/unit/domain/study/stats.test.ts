import { describe, expect, it } from 'vitest';
import {
	dueForecast,
	masteryOf,
	reviewsPerDay,
	studyStreak,
	studyStreakByDay,
	trueRetention,
	type ReviewFact
} from '$lib/domain/study/stats';
import type { Card } from '$lib/domain/study/card';

const DAY = 86_400_000;
// Pinned in UTC so the tests do not depend on the machine's time zone.
const startOfDay = (t: number) => Math.floor(t / DAY) * DAY;
const NOW = Date.UTC(2026, 10, 21, 15, 0, 0);
const TODAY = startOfDay(NOW);

const review = (
	daysAgo: number,
	grade: ReviewFact['grade'] = 'good',
	stateBefore: ReviewFact['stateBefore'] = 'review'
): ReviewFact => ({
	reviewedAt: TODAY - daysAgo * DAY + 3_600_000,
	grade,
	stateBefore
});
const card = (itemId: string, dueInDays: number, state: Card['state'] = 'review', stability = 5): Card => ({
	itemId,
	state,
	dueAt: NOW + dueInDays * DAY,
	stability,
	difficulty: 5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 3,
	lapses: 0
});

describe('reviewsPerDay', () => {
	it('counts reviews on each of the last days, oldest first, with empty days as zero', () => {
		const days = reviewsPerDay([review(0), review(0), review(2)], NOW, 4, startOfDay);
		expect(days).toEqual([
			{ day: TODAY - 3 * DAY, count: 0 },
			{ day: TODAY - 2 * DAY, count: 1 },
			{ day: TODAY - DAY, count: 0 },
			{ day: TODAY, count: 2 }
		]);
	});
});

describe('dueForecast', () => {
	it('puts overdue cards on today and ignores those beyond the window', () => {
		expect(
			dueForecast([card('a', -3), card('b', 0), card('c', 1), card('d', 1), card('e', 40)], NOW, 5, startOfDay)
		).toEqual([2, 2, 0, 0, 0]);
	});
});

describe('trueRetention', () => {
	it('counts only reviews of cards that were already in review', () => {
		const reviews = [
			review(1, 'good'),
			review(1, 'again'),
			review(1, 'easy'),
			review(1, 'hard'),
			review(0, 'again', 'learning'),
			review(0, 'good', null)
		];
		expect(trueRetention(reviews)).toEqual({ rate: 0.75, count: 4 });
		expect(trueRetention([review(0, 'good', null)])).toEqual({ rate: undefined, count: 0 });
	});
});

describe('masteryOf', () => {
	it('splits items into new, learning and mastered', () => {
		const cards = new Map([
			['a', card('a', 30, 'review', 30)],
			['b', card('b', 2, 'review', 5)],
			['c', card('c', 0, 'learning', 0.5)]
		]);
		expect(masteryOf(['a', 'b', 'c', 'd'], cards)).toEqual({ newCount: 1, learningCount: 2, masteredCount: 1 });
	});
});

describe('studyStreak', () => {
	it.each([
		[[0, 1, 2, 4], 3],
		[[1, 2], 2], // nothing yet today: the streak is still alive
		[[2, 3], 0],
		[[], 0]
	])('reviews %j days ago → streak %i', (daysAgo, expected) => {
		expect(
			studyStreak(
				daysAgo.map((d) => review(d).reviewedAt),
				NOW,
				startOfDay
			)
		).toBe(expected);
	});
});

describe('studyStreakByDay', () => {
	it.each([
		[[0, 1, 2, 4], 3],
		[[1, 2], 2],
		[[2, 3], 0],
		[[], 0]
	])('reviews %j days ago → streak %i, as studyStreak counts it', async (daysAgo, expected) => {
		const days = new Set(daysAgo.map((d) => TODAY - d * DAY));
		const asked: number[] = [];
		const streak = await studyStreakByDay(async (day) => (asked.push(day), days.has(day) ? 1 : 0), NOW, startOfDay);
		expect(streak).toBe(expected);
		expect(streak).toBe(
			studyStreak(
				daysAgo.map((d) => review(d).reviewedAt),
				NOW,
				startOfDay
			)
		);
		expect(asked.length).toBeLessThanOrEqual(expected + 2); // only as many days as the streak needs
	});
});
