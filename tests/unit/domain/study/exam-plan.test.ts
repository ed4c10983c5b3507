import { describe, expect, it } from 'vitest';
import {
	broughtForwardDue,
	daysUntilExam,
	examSchedule,
	isExamPlanActive,
	newCardPace,
	predictedExamRecall,
	readExamPlan,
	type ExamPlan
} from '$lib/domain/study/exam-plan';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { Card } from '$lib/domain/study/card';

const DAY = 86_400_000;
const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY; // UTC days keep the arithmetic plain
const TODAY = Date.UTC(2026, 11, 1);
const NOW = TODAY + 9 * 3_600_000;
const plan: ExamPlan = { examDay: TODAY + 10 * DAY, topicIds: ['t'], targetRecall: 0.9 };
const scheduler = new Scheduler({ enableFuzz: false });
const recallAt = (card: Card, at: number) => scheduler.retrievability(card, at);

/** A card last reviewed `daysAgo` with the given stability, next due when FSRS would say. */
function card(itemId: string, stability: number, daysAgo: number, dueInDays: number): Card {
	return {
		itemId,
		state: 'review',
		dueAt: NOW + dueInDays * DAY,
		stability,
		difficulty: 5,
		scheduledDays: dueInDays + daysAgo,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		lastReviewAt: NOW - daysAgo * DAY
	};
}

describe('exam plan', () => {
	it('counts days to the exam, and applies until the end of the exam day', () => {
		expect(daysUntilExam(plan, NOW, dayStart)).toBe(10);
		expect(isExamPlanActive(plan, plan.examDay + 23 * 3_600_000, dayStart)).toBe(true);
		expect(isExamPlanActive(plan, plan.examDay + DAY, dayStart)).toBe(false);
		expect(isExamPlanActive(undefined, NOW, dayStart)).toBe(false);
	});

	it('paces new cards so all are met before the last two days', () => {
		expect(newCardPace(40, plan, NOW, dayStart)).toBe(5); // 8 days for new cards
		expect(newCardPace(0, plan, NOW, dayStart)).toBe(0);
		expect(newCardPace(7, { examDay: TODAY + DAY }, NOW, dayStart)).toBe(7); // no time left: all today
		const schedule = examSchedule([], 40, plan, NOW, dayStart);
		expect(schedule).toHaveLength(11);
		expect(schedule.map((d) => d.newCards)).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0]);
	});

	it('brings forward a card that would go into the exam below the target, to the day it crosses it', () => {
		const weak = card('weak', 8, 2, 20); // due after the exam; recall then well under 0.9
		expect(recallAt(weak, plan.examDay)).toBeLessThan(0.9);
		const due = broughtForwardDue(weak, plan, NOW, recallAt, dayStart)!;
		expect(due).toBeGreaterThan(NOW);
		expect(due).toBeLessThan(plan.examDay);
		expect(recallAt(weak, due)).toBeLessThan(0.9);
		expect(recallAt(weak, due - DAY)).toBeGreaterThanOrEqual(0.9); // not a day earlier than needed

		const strong = card('strong', 400, 2, 300);
		expect(broughtForwardDue(strong, plan, NOW, recallAt, dayStart)).toBeUndefined();
		const dueSoon = card('soon', 3, 2, 1); // reviewed before the exam anyway
		expect(broughtForwardDue(dueSoon, plan, NOW, recallAt, dayStart)).toBeUndefined();
		const alreadyLow = card('low', 0.5, 5, 15);
		expect(broughtForwardDue(alreadyLow, plan, NOW, recallAt, dayStart)).toBe(NOW);
	});

	it('predicts the recall of a topic on the exam day, new items counting nothing', () => {
		const cards = new Map([['a', card('a', 400, 1, 300)]]);
		const recall = predictedExamRecall(['a', 'b'], cards, plan, recallAt);
		expect(recall).toBeGreaterThan(0.45);
		expect(recall).toBeLessThan(0.5);
	});

	it('reads only a valid plan', () => {
		expect(readExamPlan(plan)).toEqual(plan);
		expect(readExamPlan({ ...plan, targetRecall: 0.99 })).toBeUndefined();
		expect(readExamPlan({ ...plan, topicIds: [] })).toBeUndefined();
		expect(readExamPlan({ ...plan, extra: 1 })).toBeUndefined();
		expect(readExamPlan('soon')).toBeUndefined();
	});
});
