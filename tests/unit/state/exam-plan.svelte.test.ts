// Fourteen days before an exam, with a fake clock: a student who does each day's session as the
// plan sets it meets every card in time and goes into the exam above the target recall.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { AssignmentRepository } from '$lib/storage/assignments';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import { ExamPlanState, localDayOf, prepareExamDay } from '$lib/state/exam-plan.svelte';
import { startOfLocalDay } from '$lib/domain/settings';
import type { TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const DAY = 86_400_000;
const FIRST_DAY = new Date(2026, 11, 1, 9, 0).getTime();
const EXAM_DAY = startOfLocalDay(new Date(2026, 11, 15, 9, 0).getTime()); // 14 days later
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
const text = { kk: 't', ru: 't', en: 't' };
const topics: TopicSummary[] = [
	{ id: 'exam-topic', order: 1, title: text, summary: text, itemIds: ids('e', 30) },
	{ id: 'other-topic', order: 2, title: text, summary: text, itemIds: ids('o', 5) }
];
const item = (id: string): LocalizedItem => ({
	id,
	type: 'flashcard',
	prompt: id,
	answer: id,
	explanation: '',
	source: { doc: 'd.txt', lines: [1, 1] }
});
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

/** Each morning: prepare the exam day, then study the exam topic until the session is done, always "Good". */
async function studyFourteenDays(withPlan: boolean) {
	const db = new QaitalaDb(`exam-${withPlan}-${Date.now()}-${dbs.length}`);
	dbs.push(db);
	const repository = new StudyRepository(db);
	const scheduler = new Scheduler({ enableFuzz: false });
	if (withPlan) await repository.saveExamPlan({ examDay: EXAM_DAY, topicIds: ['exam-topic'], targetRecall: 0.95 });
	const introducedBy: number[] = [];
	for (let day = 0; day < 14; day++) {
		let now = FIRST_DAY + day * DAY;
		const exam = await prepareExamDay(repository, scheduler, topics, now);
		const items = topics[0]!.itemIds.map(item);
		const session = new StudySession({
			items,
			day: await repository.loadStudyDay(topics[0]!.itemIds, startOfLocalDay(now)),
			limits: { newCardsPerDay: Math.max(2, exam?.pace ?? 0), reviewsPerDay: 200 },
			repository,
			scheduler,
			clock: () => now
		});
		for (let step = 0; session.next && step < 500; step++) {
			session.reveal();
			expect(await session.grade('good')).toBe(true);
			now += 11 * 60_000; // past the 10-minute learning step
			session.refresh();
		}
		introducedBy.push((await repository.loadCards()).size);
	}
	const cards = await repository.loadCards();
	const recallOnExamDay = [...cards.values()].map((card) => scheduler.retrievability(card, EXAM_DAY + 9 * 3_600_000));
	return { repository, scheduler, introducedBy, recallOnExamDay };
}

describe('an exam plan over 14 simulated days', () => {
	it('introduces every exam card by two days before, and every card goes in at or above the target of 95 %', async () => {
		const planned = await studyFourteenDays(true);
		expect(planned.introducedBy[11]).toBe(30); // 30 cards over 12 days: 3 a day
		expect(planned.introducedBy[0]).toBe(3);
		// The target is above the daily retention (0.9): only bringing reviews forward reaches it.
		expect(Math.min(...planned.recallOnExamDay)).toBeGreaterThanOrEqual(0.95);

		// Without the plan, the usual 2 new cards a day leave some unseen and some below the target.
		const unplanned = await studyFourteenDays(false);
		expect(unplanned.introducedBy[13]).toBe(28);
		expect(Math.min(...unplanned.recallOnExamDay)).toBeLessThan(0.95);

		// After the exam day the plan no longer applies: scheduling is FSRS's own again.
		expect(
			await prepareExamDay(planned.repository, planned.scheduler, topics, EXAM_DAY + DAY + 9 * 3_600_000)
		).toBeUndefined();
	});

	it('the page state shows the plan per day and the predicted recall per topic, and refuses a bad plan', async () => {
		const db = new QaitalaDb(`exam-state-${Date.now()}`);
		dbs.push(db);
		const state = new ExamPlanState({
			repository: new StudyRepository(db),
			assignments: new AssignmentRepository(db),
			scheduler: new Scheduler({ enableFuzz: false }),
			clock: () => FIRST_DAY
		});
		await state.load(topics);
		expect(state.plan).toBeUndefined();
		expect(await state.save({ date: '2026-11-30', topicIds: ['exam-topic'], targetRecall: 0.9 })).toBe(false);
		expect(state.error).toBe('exam.error.date');
		expect(await state.save({ date: '2026-12-15', topicIds: ['nope'], targetRecall: 0.9 })).toBe(false);
		expect(state.error).toBe('exam.error.topics');
		expect(await state.save({ date: '2026-12-15', topicIds: ['exam-topic'], targetRecall: 0.99 })).toBe(false);
		expect(state.error).toBe('exam.error.target');
		expect(await state.save({ date: '2026-12-15', topicIds: ['exam-topic'], targetRecall: 0.9 })).toBe(true);
		expect(state.daysLeft).toBe(14);
		expect(state.pace).toBe(3);
		expect(state.schedule).toHaveLength(15);
		expect(state.schedule.reduce((sum, d) => sum + d.newCards, 0)).toBe(30);
		expect(state.recallByTopic).toEqual([{ topicId: 'exam-topic', recall: 0 }]);
		await state.clear();
		expect(state.plan).toBeUndefined();
	});

	it('reads a date as the start of that local day, and only real dates', () => {
		expect(localDayOf('2026-12-15')).toBe(EXAM_DAY);
		expect(localDayOf('2026-02-30')).toBeUndefined();
		expect(localDayOf('15.12.2026')).toBeUndefined();
	});
});
