/**
 * An exam on a known day: until then new cards are paced so that all of the exam's topics are
 * introduced in time, and cards whose recall on the exam day would fall below the target are
 * brought forward. After the exam day nothing here applies and FSRS schedules as usual.
 */
import * as v from 'valibot';
import type { Card } from './card';
import { DAY_MS } from './time';

export interface ExamPlan {
	/** Start of the exam's local day, epoch ms. */
	examDay: number;
	topicIds: string[];
	/** Predicted recall wanted on the exam day, 0.8–0.97. */
	targetRecall: number;
}

export const MIN_TARGET_RECALL = 0.8;
export const MAX_TARGET_RECALL = 0.97;
export const DEFAULT_TARGET_RECALL = 0.9;
/** New cards stop this many days before the exam, so the last ones are reviewed at least once. */
export const REVIEW_ONLY_DAYS = 2;
/** An exam further away than this is not an exam plan (it would only distort pacing). */
export const MAX_PLAN_DAYS = 366;

export const ExamPlanSchema = v.strictObject({
	examDay: v.pipe(v.number(), v.integer(), v.minValue(Date.UTC(2000, 0, 1)), v.maxValue(Date.UTC(2200, 0, 1))),
	topicIds: v.pipe(
		v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
		v.minLength(1),
		v.maxLength(100)
	),
	targetRecall: v.pipe(v.number(), v.minValue(MIN_TARGET_RECALL), v.maxValue(MAX_TARGET_RECALL))
});

/** A stored or entered plan, checked; undefined when it is not a valid plan. */
export function readExamPlan(value: unknown): ExamPlan | undefined {
	const parsed = v.safeParse(ExamPlanSchema, value);
	return parsed.success ? parsed.output : undefined;
}

type DayStart = (ms: number) => number;

/** Whole local days from today to the exam day (0 on the exam day itself). */
export function daysUntilExam(plan: Pick<ExamPlan, 'examDay'>, now: number, startOfDay: DayStart): number {
	return Math.round((plan.examDay - startOfDay(now)) / DAY_MS);
}

/** The plan applies from now until the end of the exam day. */
export function isExamPlanActive(plan: ExamPlan | undefined, now: number, startOfDay: DayStart): plan is ExamPlan {
	return plan !== undefined && daysUntilExam(plan, now, startOfDay) >= 0;
}

/** New cards a day that introduce `newLeft` cards before the review-only days start (0 once they have). */
export function newCardPace(
	newLeft: number,
	plan: Pick<ExamPlan, 'examDay'>,
	now: number,
	startOfDay: DayStart
): number {
	const daysForNew = daysUntilExam(plan, now, startOfDay) - REVIEW_ONLY_DAYS;
	if (newLeft <= 0) return 0;
	return Math.ceil(newLeft / Math.max(1, daysForNew));
}

/** Probability of recalling `card` at `at` (the scheduler's forgetting curve). */
export type RecallAt = (card: Card, at: number) => number;

/**
 * The day (its start, or `now` when already low) a card should be reviewed so that it does not
 * go into the exam below the target: the first day its predicted recall falls under the target,
 * at the latest the day before the exam. Undefined when it needs nothing (recall on the exam day
 * meets the target, or it is due before the exam anyway).
 */
export function broughtForwardDue(
	card: Card,
	plan: ExamPlan,
	now: number,
	recallAt: RecallAt,
	startOfDay: DayStart
): number | undefined {
	if (card.state === 'new' || card.dueAt <= plan.examDay) return undefined;
	if (recallAt(card, plan.examDay) >= plan.targetRecall) return undefined;
	const today = startOfDay(now);
	if (recallAt(card, now) < plan.targetRecall) return now;
	// Recall only falls with time: search the days between tomorrow and the day before the exam.
	let low = 1;
	let high = Math.max(1, daysUntilExam(plan, now, startOfDay) - 1);
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (recallAt(card, today + middle * DAY_MS) < plan.targetRecall) high = middle;
		else low = middle + 1;
	}
	return Math.min(card.dueAt, today + low * DAY_MS);
}

export interface ExamDay {
	/** Start of the local day. */
	day: number;
	newCards: number;
	/** Reviews already scheduled for that day (overdue ones count today). */
	reviews: number;
}

/** Cards per day from today to the exam day: the paced new cards and the reviews scheduled. */
export function examSchedule(
	cards: Iterable<Card>,
	newLeft: number,
	plan: ExamPlan,
	now: number,
	startOfDay: DayStart
): ExamDay[] {
	const today = startOfDay(now);
	const days = Math.max(0, daysUntilExam(plan, now, startOfDay));
	const pace = newCardPace(newLeft, plan, now, startOfDay);
	const schedule: ExamDay[] = [];
	let left = newLeft;
	const newDays = Math.max(1, days - REVIEW_ONLY_DAYS);
	for (let i = 0; i <= days; i++) {
		const newCards = i < newDays ? Math.min(pace, left) : 0;
		left -= newCards;
		schedule.push({ day: today + i * DAY_MS, newCards, reviews: 0 });
	}
	for (const card of cards) {
		const offset = Math.max(0, Math.round((startOfDay(card.dueAt) - today) / DAY_MS));
		if (offset <= days) schedule[offset]!.reviews++;
	}
	return schedule;
}

/** Mean predicted recall of `itemIds` on the exam day if nothing more is studied; a new item counts 0. */
export function predictedExamRecall(
	itemIds: readonly string[],
	cards: ReadonlyMap<string, Card>,
	plan: ExamPlan,
	recallAt: RecallAt
): number {
	if (itemIds.length === 0) return 0;
	let sum = 0;
	for (const itemId of itemIds) {
		const card = cards.get(itemId);
		if (card && card.state !== 'new') sum += recallAt(card, plan.examDay);
	}
	return sum / itemIds.length;
}
