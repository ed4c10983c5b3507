import { describe, expect, it } from 'vitest';
import type { Grade } from '$lib/domain/study/card';
import { DAY_MS, MINUTE_MS } from '$lib/domain/study/time';
import { DEFAULT_FSRS_WEIGHTS } from '$lib/domain/study/scheduler';
import {
	calibration,
	elapsedDays,
	fitWeights,
	logLoss,
	predictRecall,
	rmseBins,
	splitTime,
	toCardHistories,
	toOptimizerInput,
	type LoggedReview,
	type OptimizerInput,
	type Prediction
} from '$lib/domain/study/fsrs-fit';

/** Days start at UTC midnight in these tests, whatever the machine's time zone. */
const dayStart = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const DAY0 = Date.UTC(2026, 2, 2, 9, 0, 0); // pinned: 2 Mar 2026, 09:00 UTC
const at = (day: number, minutes = 0) => DAY0 + day * DAY_MS + minutes * MINUTE_MS;

function review(itemId: string, grade: Grade, reviewedAt: number): LoggedReview {
	return { itemId, grade, reviewedAt, stateBefore: 'review' };
}

function prediction(predicted: number, isRecalled: boolean, elapsed = 1, reviewNumber = 2, lapses = 0): Prediction {
	return { predicted, isRecalled, elapsedDays: elapsed, reviewNumber, lapses };
}

describe('elapsedDays', () => {
	it('counts local days between reviews, not 24-hour spans', () => {
		expect(elapsedDays(Date.UTC(2026, 2, 2, 23, 50), Date.UTC(2026, 2, 3, 0, 10), dayStart)).toBe(1);
		expect(elapsedDays(Date.UTC(2026, 2, 2, 0, 10), Date.UTC(2026, 2, 2, 23, 50), dayStart)).toBe(0);
		expect(elapsedDays(at(0), at(5, 300), dayStart)).toBe(5);
	});
});

describe('toCardHistories and toOptimizerInput', () => {
	it('groups the log by card, oldest first, with whole days since the previous review', () => {
		const log = [
			review('b', 'good', at(1)),
			review('a', 'again', at(0, 10)),
			review('a', 'good', at(0)),
			review('a', 'hard', at(3))
		];
		expect(toCardHistories(log, dayStart)).toEqual([
			{
				itemId: 'a',
				reviews: [
					{ grade: 'good', reviewedAt: at(0), elapsedDays: 0 },
					{ grade: 'again', reviewedAt: at(0, 10), elapsedDays: 0 },
					{ grade: 'hard', reviewedAt: at(3), elapsedDays: 3 }
				]
			},
			{ itemId: 'b', reviews: [{ grade: 'good', reviewedAt: at(1), elapsedDays: 0 }] }
		]);
	});

	it('gives the optimizer one history per review a day or more after the previous one', () => {
		const log = [review('a', 'good', at(0)), review('a', 'good', at(2)), review('a', 'again', at(6))];
		const input = toOptimizerInput(toCardHistories(log, dayStart));
		expect(Array.from(input.ratings)).toEqual([3, 3, 3, 3, 1]);
		expect(Array.from(input.deltaTs)).toEqual([0, 2, 0, 2, 4]);
		expect(Array.from(input.lengths)).toEqual([2, 3]);
	});

	it('keeps same-day reviews in histories without predicting them', () => {
		const log = [review('a', 'again', at(0)), review('a', 'good', at(0, 10)), review('a', 'good', at(1))];
		const input = toOptimizerInput(toCardHistories(log, dayStart));
		expect(Array.from(input.ratings)).toEqual([1, 3, 3]);
		expect(Array.from(input.deltaTs)).toEqual([0, 0, 1]);
		expect(Array.from(input.lengths)).toEqual([3]);
	});
});

describe('splitTime', () => {
	it('puts the earliest 80 % of reviews before the split', () => {
		const log = Array.from({ length: 10 }, (_, i) => review('a', 'good', at(10 - i)));
		const cut = splitTime(log);
		expect(cut).toBe(at(9));
		expect(log.filter((r) => r.reviewedAt < cut)).toHaveLength(8);
	});

	it('has no split for an empty log', () => {
		expect(splitTime([])).toBe(Infinity);
	});
});

describe('predictRecall', () => {
	it('predicts with FSRS’s forgetting curve from the state before each review', () => {
		// Good first: stability w2 = 2.3065 days; a day later R = (1 + f/S)^-w20 ≈ 0.9468.
		const histories = toCardHistories(
			[
				review('a', 'good', at(0)),
				review('a', 'again', at(1)),
				review('a', 'good', at(1, 10)),
				review('a', 'good', at(4))
			],
			dayStart
		);
		const [first, second] = predictRecall(histories, DEFAULT_FSRS_WEIGHTS);
		expect(first).toEqual({
			predicted: expect.closeTo(0.9468475, 6),
			isRecalled: false,
			elapsedDays: 1,
			reviewNumber: 2,
			lapses: 0
		});
		expect(second).toMatchObject({ isRecalled: true, elapsedDays: 3, reviewNumber: 4, lapses: 1 });
		expect(predictRecall(histories, DEFAULT_FSRS_WEIGHTS, at(2))).toEqual([second]);
	});

	it('predicts differently with other weights', () => {
		const histories = toCardHistories([review('a', 'good', at(0)), review('a', 'good', at(1))], dayStart);
		const weights = DEFAULT_FSRS_WEIGHTS.map((w, i) => (i === 2 ? 20 : w));
		expect(predictRecall(histories, weights)[0]!.predicted).toBeGreaterThan(0.99);
	});
});

describe('logLoss', () => {
	it('is the mean cross-entropy: (−ln 0.8 − ln 0.4) / 2', () => {
		expect(logLoss([prediction(0.8, true), prediction(0.6, false)])).toBeCloseTo(0.569717, 6);
	});

	it('stays finite for a certain prediction that was wrong', () => {
		expect(logLoss([prediction(1, false)])).toBeCloseTo(-Math.log(0.0001), 6);
	});
});

describe('rmseBins', () => {
	it('compares mean prediction and recall within a bin', () => {
		// One bin: mean predicted 0.8, recalled 1 of 2.
		expect(rmseBins([prediction(0.9, true), prediction(0.7, false)])).toBeCloseTo(0.3, 9);
	});

	it('weights bins by their counts', () => {
		// Bins of 1 and 2: sqrt((1·0.1² + 2·0.3²) / 3).
		const predictions = [prediction(0.9, true, 1), prediction(0.7, true, 20), prediction(0.7, true, 20)];
		expect(rmseBins(predictions)).toBeCloseTo(Math.sqrt((0.01 + 2 * 0.09) / 3), 9);
	});

	it('bins days since the last review on a log scale of base 3.62 (1–3 together, 4 apart)', () => {
		expect(rmseBins([prediction(0.8, true, 1), prediction(0.8, false, 3)])).toBeCloseTo(0.3, 9);
		expect(rmseBins([prediction(0.8, true, 3), prediction(0.8, false, 4)])).toBeCloseTo(
			Math.sqrt((0.04 + 0.64) / 2),
			9
		);
	});

	it('bins by review number (base 1.89) and by lapses (none apart)', () => {
		const sameBin = rmseBins([prediction(0.8, true, 1, 2), prediction(0.8, false, 1, 3)]);
		expect(sameBin).toBeCloseTo(0.3, 9);
		expect(rmseBins([prediction(0.8, true, 1, 2), prediction(0.8, false, 1, 4)])).toBeCloseTo(Math.sqrt(0.34), 9);
		expect(rmseBins([prediction(0.8, true, 1, 2, 0), prediction(0.8, false, 1, 2, 1)])).toBeCloseTo(Math.sqrt(0.34), 9);
	});
});

describe('calibration', () => {
	it('groups predictions by predicted recall, the last range including 100 %', () => {
		const bins = calibration([
			prediction(0.55, true),
			prediction(0.65, false),
			prediction(0.97, true),
			prediction(1, true)
		]);
		expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
			[0, 0.5, 0],
			[0.5, 0.7, 2],
			[0.7, 0.8, 0],
			[0.8, 0.9, 0],
			[0.9, 0.95, 0],
			[0.95, 1, 2]
		]);
		expect(bins[1]).toMatchObject({ predicted: expect.closeTo(0.6, 9), actual: 0.5 });
		expect(bins[5]).toMatchObject({ predicted: expect.closeTo(0.985, 9), actual: 1 });
		expect(bins[0]).toMatchObject({ predicted: undefined, actual: undefined });
	});
});

describe('fitWeights', () => {
	// 100 cards, started one a day, each recalled 4 times at growing intervals: 500 reviews, all remembered.
	const log = Array.from({ length: 100 }, (_, card) =>
		[0, 3, 7, 15, 30].map((day, i) => ({
			...review(`c${card}`, 'good', at(card + day)),
			stateBefore: i === 0 ? ('new' as const) : ('review' as const)
		}))
	).flat();
	/** Weights whose first stabilities are long: they predict the all-remembered log better than the defaults. */
	const confident = DEFAULT_FSRS_WEIGHTS.map((w, i) => (i < 4 ? 90.123456 : w));
	const forgetful = DEFAULT_FSRS_WEIGHTS.map((w, i) => (i < 4 ? 0.05 : w));
	const options = { dayStart };

	it('trains on the earlier reviews only and keeps weights that beat the defaults on the later ones', () => {
		let received: OptimizerInput | undefined;
		const outcome = fitWeights(log, { ...options, optimize: (input) => ((received = input), confident) });
		const cut = splitTime(log);
		const earlier = toOptimizerInput(
			toCardHistories(
				log.filter((r) => r.reviewedAt < cut),
				dayStart
			)
		);
		expect(received?.lengths).toEqual(earlier.lengths);
		expect(received!.lengths.length).toBeLessThan(toOptimizerInput(toCardHistories(log, dayStart)).lengths.length);
		expect(outcome).toMatchObject({ ok: true, isBetter: true, trainedOn: 400 });
		if (!outcome.ok) return;
		expect(outcome.weights[0]).toBe(90.1235); // rounded to what is saved
		expect(outcome.fitted.logLoss).toBeLessThan(outcome.defaults.logLoss);
		expect(outcome.fitted.rmseBins).toBeLessThan(outcome.defaults.rmseBins);
		expect(outcome.fitted.count).toBe(outcome.defaults.count);
	});

	it('keeps the defaults when the fitted weights predict the later reviews worse', () => {
		expect(fitWeights(log, { ...options, optimize: () => forgetful })).toMatchObject({ ok: true, isBetter: false });
	});

	it('says why it could not fit', () => {
		expect(fitWeights(log.slice(0, 399), { ...options, optimize: () => confident })).toEqual({
			ok: false,
			reason: 'tooFewReviews'
		});
		const sameDay = Array.from({ length: 400 }, (_, i) => review(`c${i % 50}`, 'good', at(0, i)));
		expect(fitWeights(sameDay, { ...options, optimize: () => confident })).toEqual({
			ok: false,
			reason: 'notEnoughData'
		});
		const panics = () => {
			throw new Error('NotEnoughData');
		};
		expect(fitWeights(log, { ...options, optimize: panics })).toEqual({ ok: false, reason: 'optimizerFailed' });
		expect(fitWeights(log, { ...options, optimize: () => confident.slice(0, 19) })).toEqual({
			ok: false,
			reason: 'optimizerFailed'
		});
		expect(fitWeights(log, { ...options, optimize: () => confident.map(() => NaN) })).toEqual({
			ok: false,
			reason: 'optimizerFailed'
		});
	});
});
