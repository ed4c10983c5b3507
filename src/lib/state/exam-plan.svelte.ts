/**
 * The exam plan: applied before every study session while the exam is ahead (cards brought
 * forward, new cards paced), and shown on its page (cards per day, predicted recall per topic).
 */
import type { TopicSummary } from '../domain/bank/compile';
import type { Card } from '../domain/study/card';
import {
	broughtForwardDue,
	daysUntilExam,
	DEFAULT_TARGET_RECALL,
	examSchedule,
	isExamPlanActive,
	MAX_PLAN_DAYS,
	newCardPace,
	predictedExamRecall,
	readExamPlan,
	type ExamDay,
	type ExamPlan
} from '../domain/study/exam-plan';
import type { Scheduler } from '../domain/study/scheduler';
import { startOfLocalDay } from '../domain/settings';
import type { AssignmentRepository } from '../storage/assignments';
import type { StudyRepository } from '../storage/study-repository';
import type { Language } from '../domain/language';

export interface PreparedExamDay {
	plan: ExamPlan;
	/** New cards a day that introduce every exam card in time. */
	pace: number;
	/** Cards of the exam's topics, after bringing forward. */
	cards: Map<string, Card>;
	newLeft: number;
}

const examItemIds = (plan: ExamPlan, topics: readonly TopicSummary[]) =>
	topics.filter((t) => plan.topicIds.includes(t.id)).flatMap((t) => t.itemIds);

/**
 * While an exam is ahead: moves forward the cards whose recall on the exam day would miss the
 * target, and says how many new cards a day keep the plan. Undefined when there is no active plan.
 */
export async function prepareExamDay(
	repository: StudyRepository,
	scheduler: Scheduler,
	topics: readonly TopicSummary[],
	now: number
): Promise<PreparedExamDay | undefined> {
	const plan = await repository.loadExamPlan();
	if (!isExamPlanActive(plan, now, startOfLocalDay)) return undefined;
	const itemIds = examItemIds(plan, topics);
	const cards = await repository.loadCards(itemIds);
	const recallAt = (card: Card, at: number) => scheduler.retrievability(card, at);
	const moves = [...cards.values()].flatMap((card) => {
		const dueAt = broughtForwardDue(card, plan, now, recallAt, startOfLocalDay);
		return dueAt !== undefined && dueAt < card.dueAt ? [{ card, dueAt }] : [];
	});
	if (moves.length) {
		await repository.bringForward(moves);
		for (const [itemId, card] of await repository.loadCards(moves.map((m) => m.card.itemId))) cards.set(itemId, card);
	}
	const newLeft = itemIds.filter((id) => !cards.has(id)).length;
	return { plan, pace: newCardPace(newLeft, plan, now, startOfLocalDay), cards, newLeft };
}

/** What the form sends: the exam's date as `YYYY-MM-DD` (local), its topics and the recall wanted. */
export interface ExamPlanInput {
	date: string;
	topicIds: string[];
	targetRecall: number;
}

export type ExamPlanError = 'exam.error.date' | 'exam.error.topics' | 'exam.error.target' | 'exam.error.save';

/** An assignment whose due date can become the exam's. */
export interface DueAssignment {
	title: string;
	dueAt: number;
	topicIds: string[];
}

export class ExamPlanState {
	readonly #repository: StudyRepository;
	readonly #assignments: AssignmentRepository;
	readonly #scheduler: Scheduler;
	readonly #clock: () => number;
	#topics: readonly TopicSummary[] = [];

	plan = $state.raw<ExamPlan>();
	/** Cards per day from today to the exam. */
	schedule = $state.raw<ExamDay[]>([]);
	recallByTopic = $state.raw<{ topicId: string; recall: number }[]>([]);
	pace = $state(0);
	newLeft = $state(0);
	daysLeft = $state(0);
	dueAssignments = $state.raw<DueAssignment[]>([]);
	isLoaded = $state(false);
	error = $state<ExamPlanError>();

	constructor(options: {
		repository: StudyRepository;
		assignments: AssignmentRepository;
		scheduler: Scheduler;
		clock?: () => number;
	}) {
		this.#repository = options.repository;
		this.#assignments = options.assignments;
		this.#scheduler = options.scheduler;
		this.#clock = options.clock ?? Date.now;
	}

	/** A plan whose exam day has passed is shown as over: scheduling is back to normal. */
	get isOver(): boolean {
		return this.plan !== undefined && !isExamPlanActive(this.plan, this.#clock(), startOfLocalDay);
	}

	async load(topics: readonly TopicSummary[]): Promise<void> {
		this.#topics = topics;
		const now = this.#clock();
		const [prepared, stored, received] = await Promise.all([
			prepareExamDay(this.#repository, this.#scheduler, topics, now),
			this.#repository.loadExamPlan(),
			this.#assignments.listReceived()
		]);
		this.dueAssignments = received
			.filter((row) => row.assignment.dueAt !== undefined && row.assignment.dueAt > now)
			.map((row) => ({
				title: row.assignment.title,
				dueAt: row.assignment.dueAt!,
				topicIds: [...row.assignment.topicIds]
			}));
		this.plan = stored;
		if (prepared) {
			const { plan, cards, newLeft, pace } = prepared;
			const recallAt = (card: Card, at: number) => this.#scheduler.retrievability(card, at);
			this.schedule = examSchedule(cards.values(), newLeft, plan, now, startOfLocalDay);
			this.recallByTopic = topics
				.filter((t) => plan.topicIds.includes(t.id))
				.map((t) => ({ topicId: t.id, recall: predictedExamRecall(t.itemIds, cards, plan, recallAt) }));
			this.pace = pace;
			this.newLeft = newLeft;
			this.daysLeft = daysUntilExam(plan, now, startOfLocalDay);
		} else {
			this.schedule = [];
			this.recallByTopic = [];
		}
		this.isLoaded = true;
	}

	/** Checks and saves the plan; returns whether it was saved (`error` says why not). */
	async save(input: ExamPlanInput): Promise<boolean> {
		const examDay = localDayOf(input.date);
		const today = startOfLocalDay(this.#clock());
		const known = new Set(this.#topics.map((t) => t.id));
		const topicIds = input.topicIds.filter((id) => known.has(id));
		if (examDay === undefined || examDay <= today || examDay > today + MAX_PLAN_DAYS * 86_400_000)
			this.error = 'exam.error.date';
		else if (topicIds.length === 0) this.error = 'exam.error.topics';
		else {
			const plan = readExamPlan({ examDay, topicIds, targetRecall: input.targetRecall });
			if (!plan) this.error = 'exam.error.target';
			else {
				try {
					await this.#repository.saveExamPlan(plan);
				} catch {
					this.error = 'exam.error.save';
					return false;
				}
				this.error = undefined;
				await this.load(this.#topics);
				return true;
			}
		}
		return false;
	}

	async clear(): Promise<void> {
		await this.#repository.saveExamPlan(undefined);
		await this.load(this.#topics);
	}
}

/** Start of the local day of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function localDayOf(date: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const local = new Date(year, month - 1, day);
	return local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day
		? local.getTime()
		: undefined;
}

export { DEFAULT_TARGET_RECALL };

/** The plan's state for its page, on this device's storage, with the learner's scheduler. */
export async function openExamPlan(uiLanguage: Language): Promise<ExamPlanState> {
	const [{ getStudyRepository }, { getAssignmentRepository }, { settings }, { schedulerFor }] = await Promise.all([
		import('../storage/study-repository'),
		import('../storage/assignments'),
		import('./settings.svelte'),
		import('./open-study-session')
	]);
	const current = await settings.load(uiLanguage);
	return new ExamPlanState({
		repository: getStudyRepository(),
		assignments: getAssignmentRepository(),
		scheduler: await schedulerFor(current)
	});
}
