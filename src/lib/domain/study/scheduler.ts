/**
 * Scheduling policy around ts-fsrs: the only module that imports it, so a library upgrade
 * touches one file. `now` is always passed in (epoch ms); nothing here reads the clock.
 */
import {
	createEmptyCard,
	default_w,
	fsrs,
	FSRSAlgorithm,
	generatorParameters,
	Rating,
	State,
	type Card as FsrsCard,
	type Grade as FsrsGrade
} from 'ts-fsrs';
import type { AnswerContext, Card, CardState, Grade, Review } from './card';
import { clampRetention, DEFAULT_DESIRED_RETENTION } from './retention';
import { DAY_MS } from './time';

/** A flashcard graded by the student with no time measured (simulations, previews, tests). */
const UNTIMED_SELF_GRADE: AnswerContext = { source: 'self', durationMs: null };

const toRating: Record<Grade, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};
const fromState: Record<State, CardState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};
const toState: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

function toFsrsCard(card: Card | undefined, now: number): FsrsCard {
	if (!card) return createEmptyCard(new Date(now));
	return {
		due: new Date(card.dueAt),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: 0, // deprecated in ts-fsrs 5 and recomputed from last_review
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: toState[card.state],
		last_review: card.lastReviewAt === undefined ? undefined : new Date(card.lastReviewAt)
	};
}

function fromFsrsCard(itemId: string, card: FsrsCard): Card {
	return {
		itemId,
		state: fromState[card.state],
		dueAt: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReviewAt: card.last_review?.getTime()
	};
}

export interface GradeOutcome {
	card: Card;
	review: Review;
	/** Time from now until the card is due again, in ms (what the grade button shows). */
	intervalMs: number;
}

export interface SchedulerOptions {
	/** Probability of recall at which a card comes due, 0.7–0.99. */
	desiredRetention?: number;
	/** Spread review dates a little so cards learnt together do not stay together; off in tests. */
	enableFuzz?: boolean;
	/** Short steps for new cards, e.g. `['1m', '10m']` (ts-fsrs notation). */
	learningSteps?: readonly `${number}${'m' | 'h'}`[];
	/** FSRS-6's 21 weights fitted to this learner (fsrs-fit.ts); the defaults when absent. */
	weights?: readonly number[];
}

export class Scheduler {
	readonly #fsrs;

	constructor({
		desiredRetention = DEFAULT_DESIRED_RETENTION,
		enableFuzz = true,
		learningSteps,
		weights
	}: SchedulerOptions = {}) {
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: clampRetention(desiredRetention),
				enable_fuzz: enableFuzz,
				...(learningSteps ? { learning_steps: [...learningSteps] } : {}),
				...(weights ? { w: [...weights] } : {})
			})
		);
	}

	/** The outcome of each grade for `card` (undefined for a new item) reviewed at `now`. */
	preview(itemId: string, card: Card | undefined, now: number): Record<Grade, GradeOutcome> {
		const preview = this.#fsrs.repeat(toFsrsCard(card, now), new Date(now));
		const outcome = (grade: Grade): GradeOutcome =>
			this.#outcome(itemId, card, grade, now, preview[toRating[grade]].card);
		return { again: outcome('again'), hard: outcome('hard'), good: outcome('good'), easy: outcome('easy') };
	}

	/** Grades `card` (undefined for a new item) at `now`; `answer` says how the grade was given. */
	grade(
		itemId: string,
		card: Card | undefined,
		grade: Grade,
		now: number,
		answer: AnswerContext = UNTIMED_SELF_GRADE
	): GradeOutcome {
		const next = this.#fsrs.next(toFsrsCard(card, now), new Date(now), toRating[grade]);
		return this.#outcome(itemId, card, grade, now, next.card, answer);
	}

	/** Probability (0–1) of recalling `card` at `now`. */
	retrievability(card: Card, now: number): number {
		return this.#fsrs.get_retrievability(toFsrsCard(card, now), new Date(now), false);
	}

	#outcome(
		itemId: string,
		before: Card | undefined,
		grade: Grade,
		now: number,
		after: FsrsCard,
		answer = UNTIMED_SELF_GRADE
	): GradeOutcome {
		const card = fromFsrsCard(itemId, after);
		const lastReviewAt = before?.lastReviewAt;
		const review: Review = {
			itemId,
			grade,
			reviewedAt: now,
			cardBefore: before ?? null,
			elapsedDays: lastReviewAt === undefined ? 0 : Math.max(0, (now - lastReviewAt) / DAY_MS),
			scheduledDays: card.scheduledDays,
			stateAfter: card.state,
			source: answer.source,
			durationMs: answer.durationMs
		};
		return { card, review, intervalMs: Math.max(0, card.dueAt - now) };
	}
}

/** FSRS-6's default weights (21 numbers), what every learner starts with. */
export const DEFAULT_FSRS_WEIGHTS: readonly number[] = default_w;

/** What FSRS knows of one card's memory: stability in days (90 % recall after that long) and difficulty 1–10. */
export interface MemoryState {
	stability: number;
	difficulty: number;
}

/**
 * FSRS's memory model alone, as the optimizer trains it (short-term reviews on): how a review moves a
 * card's memory, and the chance of recall after a gap. Used to score weights on a review log.
 */
export class MemoryModel {
	readonly #algorithm: FSRSAlgorithm;

	constructor(weights: readonly number[] = DEFAULT_FSRS_WEIGHTS) {
		this.#algorithm = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
	}

	/** The memory after `grade`, `elapsedDays` whole days (0: the same day) after the previous review; `null` before the first. */
	next(state: MemoryState | null, elapsedDays: number, grade: Grade): MemoryState {
		const { stability, difficulty } = this.#algorithm.next_state(state, elapsedDays, toRating[grade]);
		return { stability, difficulty };
	}

	/** Probability (0–1) of recall `elapsedDays` after a review that left the card at `stability` days. */
	recall(elapsedDays: number, stability: number): number {
		return this.#algorithm.forgetting_curve(elapsedDays, stability);
	}
}
