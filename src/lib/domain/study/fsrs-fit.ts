/**
 * Fitting FSRS to one learner's review log and scoring weights on reviews the fit did not see. The
 * optimizer itself (fsrs-browser's WebAssembly) is passed in, so the app's worker and
 * `npm run fsrs:eval` run exactly this code.
 */
import type { CardState, Grade } from './card';
import { DAY_MS } from './time';
import { DEFAULT_FSRS_WEIGHTS, MemoryModel, type MemoryState } from './scheduler';
import { isFsrsWeights } from './fsrs-weights';

/** One row of the review log, as the fit and the CSV export read it. */
export interface LoggedReview {
	itemId: string;
	grade: Grade;
	/** Epoch ms. */
	reviewedAt: number;
	/** The card's state before this review ('new' for its first). */
	stateBefore: CardState;
	/** How long the answer took, in ms, when the row records it. */
	durationMs?: number;
}

/** The app offers a fit from this many reviews on: fewer leave too little to fit and to test on. */
export const MIN_REVIEWS_TO_FIT = 400;
/** The earliest 80 % of reviews train the fit; the later 20 % test it. */
export const TRAIN_SHARE = 0.8;
/** Below these, a fit or its comparison would say nothing (the optimizer also needs a few histories). */
const MIN_TRAIN_ITEMS = 64;
const MIN_HELD_OUT = 20;

export const RATING: Record<Grade, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 };

/** Start of the local day containing an instant (`startOfLocalDay` in the app), in epoch ms. */
export type DayStart = (ms: number) => number;

/** Whole days from one review to the next, counted between the starts of their local days (as Anki counts). */
export function elapsedDays(fromMs: number, toMs: number, dayStart: DayStart): number {
	return Math.max(0, Math.round((dayStart(toMs) - dayStart(fromMs)) / DAY_MS));
}

export interface HistoryReview {
	grade: Grade;
	reviewedAt: number;
	/** Whole days since the card's previous review: 0 for the first and for same-day reviews. */
	elapsedDays: number;
}

/** One card's reviews, oldest first. */
export interface CardHistory {
	itemId: string;
	reviews: HistoryReview[];
}

/** The log grouped by card, each card's reviews oldest first, cards in the order of their first review. */
export function toCardHistories(reviews: readonly LoggedReview[], dayStart: DayStart): CardHistory[] {
	const sorted = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
	const byItem = new Map<string, HistoryReview[]>();
	for (const { itemId, grade, reviewedAt } of sorted) {
		const list = byItem.get(itemId) ?? [];
		const previous = list.at(-1);
		list.push({
			grade,
			reviewedAt,
			elapsedDays: previous ? elapsedDays(previous.reviewedAt, reviewedAt, dayStart) : 0
		});
		byItem.set(itemId, list);
	}
	return [...byItem].map(([itemId, list]) => ({ itemId, reviews: list }));
}

/** fsrs-browser's `computeParameters` input: histories laid end to end, with each one's length. */
export interface OptimizerInput {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
}

/**
 * What the optimizer trains on: for every review that came a day or more after the card's previous
 * one, the card's history up to and including it (the optimizer predicts that last review; same-day
 * reviews stay in histories but are not predicted, as in Anki and the FSRS benchmark).
 * @example a card graded Good, Good 2 days later, Again 4 days after that gives two histories:
 *   ratings [3,3, 3,3,1], deltaTs [0,2, 0,2,4], lengths [2, 3]
 */
export function toOptimizerInput(histories: readonly CardHistory[]): OptimizerInput {
	const ratings: number[] = [];
	const deltaTs: number[] = [];
	const lengths: number[] = [];
	for (const { reviews } of histories) {
		reviews.forEach((review, i) => {
			if (i === 0 || review.elapsedDays < 1) return;
			const history = reviews.slice(0, i + 1);
			ratings.push(...history.map((r) => RATING[r.grade]));
			deltaTs.push(...history.map((r, j) => (j === 0 ? 0 : r.elapsedDays)));
			lengths.push(history.length);
		});
	}
	return { ratings: Uint32Array.from(ratings), deltaTs: Uint32Array.from(deltaTs), lengths: Uint32Array.from(lengths) };
}

/** The instant that splits a log in time: the earliest `trainShare` of its reviews come before it. */
export function splitTime(reviews: readonly Pick<LoggedReview, 'reviewedAt'>[], trainShare = TRAIN_SHARE): number {
	const times = reviews.map((r) => r.reviewedAt).sort((a, b) => a - b);
	return times[Math.min(times.length - 1, Math.floor(times.length * trainShare))] ?? Infinity;
}

/** What some weights predicted for one review, and what happened. */
export interface Prediction {
	/** Predicted probability of recall, 0–1. */
	predicted: number;
	/** Anything but Again counts as recalled. */
	isRecalled: boolean;
	elapsedDays: number;
	/** 1 for a card's first review, 2 for its second… */
	reviewNumber: number;
	/** Again grades the card had before this review. */
	lapses: number;
}

/**
 * Runs every card's whole history through FSRS with `weights` and returns the prediction for each
 * review at or after `fromMs` that came a day or more after the card's previous one.
 */
export function predictRecall(
	histories: readonly CardHistory[],
	weights: readonly number[],
	fromMs = -Infinity
): Prediction[] {
	const model = new MemoryModel(weights);
	const predictions: Prediction[] = [];
	for (const { reviews } of histories) {
		let state: MemoryState | null = null;
		let lapses = 0;
		reviews.forEach((review, i) => {
			if (state && review.elapsedDays >= 1 && review.reviewedAt >= fromMs) {
				predictions.push({
					predicted: model.recall(review.elapsedDays, state.stability),
					isRecalled: review.grade !== 'again',
					elapsedDays: review.elapsedDays,
					reviewNumber: i + 1,
					lapses
				});
			}
			state = model.next(state, review.elapsedDays, review.grade);
			if (review.grade === 'again') lapses += 1;
		});
	}
	return predictions;
}

/** Predictions are kept off 0 and 1 so one confident miss cannot make the log loss infinite (as the optimizer does). */
const clampProbability = (p: number) => Math.min(0.9999, Math.max(0.0001, p));

/** Mean binary cross-entropy (natural log) of the predictions; NaN when there are none. Lower is better. */
export function logLoss(predictions: readonly Prediction[]): number {
	const total = predictions.reduce((sum, { predicted, isRecalled }) => {
		const p = clampProbability(predicted);
		return sum - (isRecalled ? Math.log(p) : Math.log(1 - p));
	}, 0);
	return total / predictions.length;
}

/** Log-spaced bucket of a count or a number of days (0 has a bucket of its own). */
function bucket(value: number, base: number): number {
	return value <= 0 ? -1 : Math.floor(Math.log(value) / Math.log(base) + 1e-9);
}

/**
 * RMSE (bins) as the FSRS benchmark (srs-benchmark) defines it: predictions are grouped by three
 * log-spaced buckets — days since the previous review (base 3.62), the review's number on its card
 * (base 1.89) and lapses before it (base 1.73, none apart) —; in each bin the mean prediction is
 * compared with the share recalled; the squared differences are averaged weighted by the bins'
 * counts and the root taken. NaN when there are no predictions. Lower is better.
 */
export function rmseBins(predictions: readonly Prediction[]): number {
	const bins = new Map<string, { count: number; predicted: number; recalled: number }>();
	for (const p of predictions) {
		const key = `${bucket(p.elapsedDays, 3.62)}|${bucket(p.reviewNumber, 1.89)}|${bucket(p.lapses, 1.73)}`;
		const bin = bins.get(key) ?? { count: 0, predicted: 0, recalled: 0 };
		bin.count += 1;
		bin.predicted += p.predicted;
		bin.recalled += p.isRecalled ? 1 : 0;
		bins.set(key, bin);
	}
	let squares = 0;
	for (const { count, predicted, recalled } of bins.values()) squares += count * ((predicted - recalled) / count) ** 2;
	return Math.sqrt(squares / predictions.length);
}

/** Predicted recall ranges for the calibration chart, as fractions. */
export const CALIBRATION_EDGES: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1];

export interface CalibrationBin {
	/** Predicted recall range [from, to) (the last one includes 1). */
	from: number;
	to: number;
	count: number;
	/** Mean predicted recall and share actually recalled; undefined for an empty bin. */
	predicted: number | undefined;
	actual: number | undefined;
}

/** Predicted against actual recall, grouped by predicted recall: a well-fitted model has them close in every bin. */
export function calibration(
	predictions: readonly Prediction[],
	edges: readonly number[] = CALIBRATION_EDGES
): CalibrationBin[] {
	return edges.slice(0, -1).map((from, i) => {
		const to = edges[i + 1] ?? 1;
		const isLast = i === edges.length - 2;
		const inBin = predictions.filter((p) => p.predicted >= from && (p.predicted < to || (isLast && p.predicted <= to)));
		const count = inBin.length;
		const mean = (values: number[]) => (count ? values.reduce((a, b) => a + b, 0) / count : undefined);
		return {
			from,
			to,
			count,
			predicted: mean(inBin.map((p) => p.predicted)),
			actual: mean(inBin.map((p) => (p.isRecalled ? 1 : 0)))
		};
	});
}

export interface Score {
	logLoss: number;
	rmseBins: number;
	/** Reviews scored. */
	count: number;
}

export function scoreOf(predictions: readonly Prediction[]): Score {
	return { logLoss: logLoss(predictions), rmseBins: rmseBins(predictions), count: predictions.length };
}

/** The FSRS optimizer: review histories in, 21 weights out. May throw (fsrs-browser panics on odd data). */
export type Optimizer = (input: OptimizerInput) => ArrayLike<number>;

/** The part of fsrs-browser's `Fsrs` class the fit uses; its module is loaded by the caller (a worker, or Node). */
export interface FsrsOptimizerClass {
	new (): {
		computeParameters(
			ratings: Uint32Array,
			deltaTs: Uint32Array,
			lengths: Uint32Array,
			progress: null,
			enableShortTerm: boolean
		): Float32Array;
	};
}

/** An Optimizer running fsrs-browser (short-term reviews on, as the app's scheduler has them). */
export function optimizerOf(Fsrs: FsrsOptimizerClass): Optimizer {
	// computeParameters consumes (frees) its instance, hence a new one per call.
	return ({ ratings, deltaTs, lengths }) => new Fsrs().computeParameters(ratings, deltaTs, lengths, null, true);
}

export type FitFailure = 'tooFewReviews' | 'notEnoughData' | 'optimizerFailed';

export type FitOutcome =
	| {
			ok: true;
			/** The fitted weights, rounded to 4 decimals (those scored here are those saved). */
			weights: number[];
			/** Both sets scored on the later reviews the fit did not see. */
			defaults: Score;
			fitted: Score;
			/** Fitted weights are kept only when both their log loss and their RMSE are lower. */
			isBetter: boolean;
			/** Reviews the fit was trained on. */
			trainedOn: number;
	  }
	| { ok: false; reason: FitFailure };

export interface FitOptions {
	dayStart: DayStart;
	optimize: Optimizer;
	trainShare?: number;
	minReviews?: number;
}

/** Fits weights on the earlier part of the log and compares them with FSRS's defaults on the later part. */
export function fitWeights(reviews: readonly LoggedReview[], options: FitOptions): FitOutcome {
	const { dayStart, optimize, trainShare = TRAIN_SHARE, minReviews = MIN_REVIEWS_TO_FIT } = options;
	if (reviews.length < minReviews) return { ok: false, reason: 'tooFewReviews' };
	const cut = splitTime(reviews, trainShare);
	const earlier = reviews.filter((r) => r.reviewedAt < cut);
	const input = toOptimizerInput(toCardHistories(earlier, dayStart));
	const histories = toCardHistories(reviews, dayStart);
	const heldOutDefaults = predictRecall(histories, DEFAULT_FSRS_WEIGHTS, cut);
	if (input.lengths.length < MIN_TRAIN_ITEMS || heldOutDefaults.length < MIN_HELD_OUT)
		return { ok: false, reason: 'notEnoughData' };
	let weights: number[];
	try {
		weights = Array.from(optimize(input), (w) => Math.round(w * 10_000) / 10_000);
	} catch {
		return { ok: false, reason: 'optimizerFailed' };
	}
	if (!isFsrsWeights(weights)) return { ok: false, reason: 'optimizerFailed' };
	const defaults = scoreOf(heldOutDefaults);
	const fitted = scoreOf(predictRecall(histories, weights, cut));
	const isBetter = fitted.logLoss < defaults.logLoss && fitted.rmseBins < defaults.rmseBins;
	return { ok: true, weights, defaults, fitted, isBetter, trainedOn: earlier.length };
}
