/**
 * `npm run fsrs:eval`: does fitting FSRS to a learner's own reviews help? Simulates learners whose
 * memory follows FSRS with weights of their own (the defaults perturbed, plus noise in recall), who
 * study on the app's schedule (src/lib/domain/study/scheduler.ts with the default weights), fits each
 * with the app's code (src/lib/domain/study/fsrs-fit.ts and fsrs-browser, as the Progress page's
 * worker does) and scores default and fitted weights on each learner's later reviews. Seeded: the
 * same figures every run. The last line is the summary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Card, Grade } from '../src/lib/domain/study/card';
import { DAY_MS, MINUTE_MS } from '../src/lib/domain/study/time';
import { DEFAULT_FSRS_WEIGHTS, MemoryModel, Scheduler, type MemoryState } from '../src/lib/domain/study/scheduler';
import {
	elapsedDays,
	fitWeights,
	optimizerOf,
	type FitOutcome,
	type LoggedReview,
	type OptimizerInput
} from '../src/lib/domain/study/fsrs-fit';

const LEARNERS = 30;
const REVIEWS_PER_LEARNER = 5000;
const ITEMS = 300;
const NEW_CARDS_PER_DAY = 10;
const SEED = 20_240_601;

/** Days start at UTC midnight here, so the figures do not depend on the machine's time zone. */
const dayStart = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** mulberry32: a small seeded generator, enough for a simulation. */
function randomFrom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

interface Learner {
	weights: number[];
	/** Spread of the noise added to the logit of recall, per review. */
	recallNoise: number;
	/** Grades of a first sight (again, hard, good, easy) and of a recalled card (hard, easy; good is the rest). */
	firstGrades: [number, number, number, number];
	hardShare: number;
	easyShare: number;
}

/** A learner unlike the average: every weight scaled by a factor between 1.5 and 2.7 or its inverse (ts-fsrs clips each to FSRS's range). */
function makeLearner(random: () => number): Learner {
	const weights = DEFAULT_FSRS_WEIGHTS.map((w) => w * Math.exp((random() < 0.5 ? -1 : 1) * (0.4 + 0.6 * random())));
	const again = 0.15 + 0.25 * random();
	const easy = 0.05 + 0.15 * random();
	const hard = 0.1 + 0.1 * random();
	return {
		weights,
		recallNoise: 0.3,
		firstGrades: [again, hard, 1 - again - hard - easy, easy],
		hardShare: 0.05 + 0.15 * random(),
		easyShare: 0.03 + 0.12 * random()
	};
}

function pick(random: () => number, shares: readonly number[]): number {
	let r = random();
	for (let i = 0; i < shares.length; i++) if ((r -= shares[i] ?? 0) < 0) return i;
	return shares.length - 1;
}

const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** The learner studies every day on the app's schedule until the log holds REVIEWS_PER_LEARNER reviews. */
function simulate(learner: Learner, random: () => number): LoggedReview[] {
	const scheduler = new Scheduler({ learningSteps: ['1m', '10m'] });
	const truth = new MemoryModel(learner.weights);
	const cards = new Map<string, Card>();
	const memory = new Map<string, MemoryState>();
	const log: LoggedReview[] = [];
	let nextItem = 0;
	const firstDay = Date.UTC(2025, 0, 6);

	const review = (itemId: string, now: number) => {
		const card = cards.get(itemId);
		const state = memory.get(itemId) ?? null;
		const days = card?.lastReviewAt === undefined ? 0 : elapsedDays(card.lastReviewAt, now, dayStart);
		let grade: Grade;
		if (!card || !state) grade = GRADES[pick(random, learner.firstGrades)]!;
		else {
			const exactDays = days >= 1 ? days : (now - (card.lastReviewAt ?? now)) / DAY_MS;
			const p = truth.recall(exactDays, state.stability);
			const logit = Math.log(p / (1 - p)) + learner.recallNoise * normal(random);
			const isRecalled = random() < 1 / (1 + Math.exp(-logit));
			grade = !isRecalled
				? 'again'
				: GRADES[1 + pick(random, [learner.hardShare, 1 - learner.hardShare - learner.easyShare, learner.easyShare])]!;
		}
		const outcome = scheduler.grade(itemId, card, grade, now);
		memory.set(itemId, truth.next(state, days, grade));
		cards.set(itemId, outcome.card);
		log.push({ itemId, grade, reviewedAt: now, stateBefore: card?.state ?? 'new' });
	};

	for (let day = 0; log.length < REVIEWS_PER_LEARNER; day++) {
		const dayEnd = firstDay + (day + 1) * DAY_MS - 2 * 60 * MINUTE_MS;
		let now = firstDay + day * DAY_MS + (8 + 4 * random()) * 60 * MINUTE_MS;
		let newLeft = NEW_CARDS_PER_DAY;
		for (;;) {
			const due = [...cards.values()].filter((c) => c.dueAt <= dayEnd).sort((a, b) => a.dueAt - b.dueAt)[0];
			if (due && due.dueAt <= now) review(due.itemId, now);
			else if (newLeft > 0 && nextItem < ITEMS) {
				review(`item-${nextItem++}`, now);
				newLeft -= 1;
			} else if (due) now = due.dueAt;
			else break;
			now += (8 + 20 * random()) * 1000;
		}
	}
	return log;
}

async function loadOptimizer() {
	// fsrs-browser expects a worker's global `self`; its thread-pool helper listens for messages at import.
	const scope = globalThis as unknown as { self?: unknown; addEventListener?: () => void };
	scope.self ??= globalThis;
	scope.addEventListener ??= () => {};
	const { initSync, Fsrs } = await import('fsrs-browser');
	const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
	initSync({ module: readFileSync(wasm) });
	const optimize = optimizerOf(Fsrs);
	// The optimizer logs every training epoch; the table below is what matters here.
	return (input: OptimizerInput) => {
		const { log, info } = console;
		console.log = console.info = () => {};
		try {
			return optimize(input);
		} finally {
			Object.assign(console, { log, info });
		}
	};
}

const optimize = await loadOptimizer();
const random = randomFrom(SEED);
const results: Extract<FitOutcome, { ok: true }>[] = [];
const started = Date.now();
let heldOut = 0;
console.log('learner  reviews  logloss default → fitted   rmse(bins) default → fitted   kept');
for (let i = 1; i <= LEARNERS; i++) {
	const learner = makeLearner(random);
	const log = simulate(learner, random);
	const outcome = fitWeights(log, { dayStart, optimize });
	if (!outcome.ok) {
		console.log(`${String(i).padStart(7)}  ${String(log.length).padStart(7)}  fit failed: ${outcome.reason}`);
		continue;
	}
	results.push(outcome);
	heldOut += outcome.fitted.count;
	const { defaults: d, fitted: f } = outcome;
	console.log(
		`${String(i).padStart(7)}  ${String(log.length).padStart(7)}  ${d.logLoss.toFixed(4)} → ${f.logLoss.toFixed(4)}` +
			`          ${d.rmseBins.toFixed(4)} → ${f.rmseBins.toFixed(4)}              ${outcome.isBetter ? 'fitted' : 'default'}`
	);
}
const mean = (values: number[]) => (values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(4);
console.log(
	`${((Date.now() - started) / 1000).toFixed(1)} s. Scored on each learner's latest 20 % of reviews, unseen by the fit ` +
		`(${Math.round(heldOut / Math.max(1, results.length))} predicted reviews a learner on average); "fitted" = lower log loss and lower RMSE.`
);
console.log(
	`fsrs-eval learners=${LEARNERS} better=${results.filter((r) => r.isBetter).length}` +
		` logloss_default=${mean(results.map((r) => r.defaults.logLoss))} logloss_fitted=${mean(results.map((r) => r.fitted.logLoss))}` +
		` rmse_default=${mean(results.map((r) => r.defaults.rmseBins))} rmse_fitted=${mean(results.map((r) => r.fitted.rmseBins))}`
);
