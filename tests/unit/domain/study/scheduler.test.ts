import { describe, expect, it } from 'vitest';
import { DEFAULT_FSRS_WEIGHTS, MemoryModel, Scheduler } from '$lib/domain/study/scheduler';
import { clampRetention } from '$lib/domain/study/retention';
import { DAY_MS, MINUTE_MS } from '$lib/domain/study/time';
import { describeInterval } from '$lib/domain/study/interval';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0); // pinned: 2 Nov 2026, 09:00 UTC
const scheduler = new Scheduler({ enableFuzz: false });

describe('Scheduler', () => {
	it('previews a new card: again and hard within minutes, easy in days', () => {
		const preview = scheduler.preview('x', undefined, NOW);
		expect(preview.again.intervalMs).toBe(1 * MINUTE_MS);
		expect(preview.hard.intervalMs).toBe(6 * MINUTE_MS);
		expect(preview.good.intervalMs).toBe(10 * MINUTE_MS);
		expect(preview.easy.intervalMs).toBeGreaterThanOrEqual(DAY_MS);
		expect(preview.good.card).toMatchObject({ itemId: 'x', state: 'learning', reps: 1 });
	});

	it('gives intervals that grow from again to easy', () => {
		const first = scheduler.grade('x', undefined, 'good', NOW).card;
		const second = scheduler.grade('x', first, 'good', first.dueAt).card;
		const preview = scheduler.preview('x', second, second.dueAt);
		const intervals = (['again', 'hard', 'good', 'easy'] as const).map((g) => preview[g].intervalMs);
		expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
		expect(intervals[2]).toBeGreaterThan(DAY_MS);
	});

	it('records the card before the review so it can be undone exactly', () => {
		const first = scheduler.grade('x', undefined, 'good', NOW);
		expect(first.review).toMatchObject({
			itemId: 'x',
			grade: 'good',
			reviewedAt: NOW,
			cardBefore: null,
			elapsedDays: 0
		});
		const later = NOW + 3 * DAY_MS;
		const second = scheduler.grade('x', first.card, 'again', later);
		expect(second.review.cardBefore).toEqual(first.card);
		expect(second.review.elapsedDays).toBe(3);
	});

	it('is deterministic for the same inputs', () => {
		const a = scheduler.grade('x', undefined, 'easy', NOW).card;
		const b = new Scheduler({ enableFuzz: false }).grade('x', undefined, 'easy', NOW).card;
		expect(a).toEqual(b);
	});

	it('schedules sooner with a higher desired retention', () => {
		const strict = new Scheduler({ desiredRetention: 0.97, enableFuzz: false });
		const relaxed = new Scheduler({ desiredRetention: 0.8, enableFuzz: false });
		const card = scheduler.grade('x', undefined, 'easy', NOW).card;
		const at = card.dueAt;
		expect(strict.preview('x', card, at).good.intervalMs).toBeLessThan(relaxed.preview('x', card, at).good.intervalMs);
	});

	it('reports retrievability as a number between 0 and 1', () => {
		const card = scheduler.grade('x', undefined, 'easy', NOW).card;
		const r = scheduler.retrievability(card, card.dueAt);
		expect(r).toBeGreaterThan(0.8);
		expect(r).toBeLessThan(1);
	});

	it.each([
		[0.5, 0.7],
		[1, 0.99],
		[Number.NaN, 0.9],
		[0.85, 0.85]
	])('clamps desired retention %s to %s', (input, expected) => {
		expect(clampRetention(input)).toBe(expected);
	});
});

describe('describeInterval', () => {
	it.each([
		[30_000, { count: 1, unit: 'minute' }],
		[10 * MINUTE_MS, { count: 10, unit: 'minute' }],
		[90 * MINUTE_MS, { count: 2, unit: 'hour' }],
		[DAY_MS, { count: 1, unit: 'day' }],
		[45 * DAY_MS, { count: 2, unit: 'month' }],
		[400 * DAY_MS, { count: 1.1, unit: 'year' }]
	])('%i ms → %o', (ms, expected) => {
		expect(describeInterval(ms)).toEqual(expected);
	});
});

describe('learning steps', () => {
	it('follow the chosen steps for a new card', () => {
		const steps = new Scheduler({ enableFuzz: false, learningSteps: ['5m', '30m', '2h'] });
		const first = steps.grade('x', undefined, 'good', NOW);
		expect(first.intervalMs).toBe(30 * MINUTE_MS);
		expect(steps.preview('x', undefined, NOW).again.intervalMs).toBe(5 * MINUTE_MS);
	});
});

describe('Scheduler with fitted weights', () => {
	it('spaces reviews by the learner’s own weights', () => {
		// A learner whose first "good" lasts 10 days instead of 2.3: the first long interval is longer.
		const own = new Scheduler({ enableFuzz: false, weights: DEFAULT_FSRS_WEIGHTS.map((w, i) => (i === 2 ? 10 : w)) });
		const graduate = (s: Scheduler) => {
			const first = s.grade('x', undefined, 'good', NOW).card;
			const second = s.grade('x', first, 'good', first.dueAt).card;
			return s.grade('x', second, 'good', second.dueAt).card.scheduledDays;
		};
		expect(graduate(own)).toBeGreaterThan(graduate(scheduler));
		expect(graduate(new Scheduler({ enableFuzz: false, weights: DEFAULT_FSRS_WEIGHTS }))).toBe(graduate(scheduler));
	});
});

describe('MemoryModel', () => {
	it('follows FSRS-6: a first "good" gives stability w2, and recall after a day of (1 + f/S)^−w20', () => {
		const model = new MemoryModel();
		const state = model.next(null, 0, 'good');
		expect(state.stability).toBe(DEFAULT_FSRS_WEIGHTS[2]);
		expect(model.recall(1, state.stability)).toBeCloseTo(0.9468475, 6);
		expect(model.recall(0, state.stability)).toBe(1);
		expect(model.next(state, 3, 'again').stability).toBeLessThan(state.stability);
	});
});
