/**
 * A student's assignment on its page: opening it from a link, running it as a test or as
 * flashcards until learned, and making the result to send back. Every step is saved at once, so a
 * reload or a closed tab goes on where it stopped.
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Language } from '../domain/language';
import { carriedItems, decodeAssignment, type Assignment, type AssignmentError } from '../domain/share/assignment';
import { localizeCarried } from '../domain/share/carried';
import {
	addActiveTime,
	answersString,
	gradeFlashcard,
	startFlashcardRun,
	type FlashcardRunState
} from '../domain/share/assignment-run';
import {
	assignmentKey,
	decodeResult,
	encodeResult,
	makeResultWith,
	reportsForResult,
	type Result
} from '../domain/share/result';
import { answerDuration, type Card, type Grade } from '../domain/study/card';
import type { GradeOutcome, Scheduler } from '../domain/study/scheduler';
import type { GradeRefusal, StudyRepository } from '../storage/study-repository';
import type { AssignmentRepository } from '../storage/assignments';
import type { TestAttemptRepository } from '../storage/test-attempts';
import type { ProblemReportRepository } from '../storage/problem-reports';
import type { ProblemReport } from '../domain/report/problem-report';
import type { ReceivedAssignmentRow } from '../storage/rows';
import { TestRun } from './test-run.svelte';
import { loadTopicBank } from './topic-banks';

/** Where an assignment's steps are saved: given by the page, so a test can use its own database. */
export interface AssignmentStores {
	assignments: AssignmentRepository;
	attempts: TestAttemptRepository;
	study: StudyRepository;
	reports: Pick<ProblemReportRepository, 'listForAssignment'>;
}

/** Decodes a link's code and adds the assignment to this device (once); nothing is stored if it is bad. */
export async function receiveAssignment(
	stores: AssignmentStores,
	code: string,
	knownItemIds: ReadonlySet<string>,
	now: number
): Promise<{ ok: true; row: ReceivedAssignmentRow } | { ok: false; error: AssignmentError }> {
	const decoded = decodeAssignment(code, knownItemIds);
	if (!decoded.ok) return decoded;
	const trimmed = code.trim();
	return {
		ok: true,
		row: await stores.assignments.receive(assignmentKey(trimmed), trimmed, decoded.assignment, now)
	};
}

/** The instructor's own questions the assignment carries, in `language` where they have it. */
const carriedIn = (assignment: Assignment, language: Language): LocalizedItem[] =>
	carriedItems(assignment).map((c) => localizeCarried(c, language));

async function loadItems(
	assignment: Assignment,
	language: Language,
	fetchFn: typeof fetch
): Promise<Map<string, LocalizedItem>> {
	const banks = await Promise.all(assignment.topicIds.map((id) => loadTopicBank(fetchFn, language, id)));
	const items = [...banks.flatMap((b) => b.items), ...carriedIn(assignment, language)];
	return new Map(items.map((item) => [item.id, item] as const));
}

/** Flashcards until each is learned. Grades also go into the student's FSRS schedule. */
export class AssignmentCards {
	row: ReceivedAssignmentRow;
	state: FlashcardRunState;
	revealed = $state(false);
	isSaving = $state(false);
	/** Why the last grade was not saved (translated by the page), until the next one is. */
	note = $state<GradeRefusal>();
	readonly #stores: AssignmentStores;
	readonly #items: Map<string, LocalizedItem>;
	readonly #scheduler: Scheduler;
	readonly #clock: () => number;
	#cardsBefore = $state.raw(new Map<string, Card>());
	readonly #carried: ReadonlySet<string>;
	/** When the card on screen appeared: its answer time runs from here to its grade. */
	#shownAt: number;

	constructor(
		stores: AssignmentStores,
		row: ReceivedAssignmentRow,
		items: Map<string, LocalizedItem>,
		scheduler: Scheduler,
		clock: () => number
	) {
		this.#stores = stores;
		this.row = $state.raw(row);
		this.state = $state.raw(row.flashcards ?? startFlashcardRun(row.assignment.itemIds));
		this.#items = items;
		this.#scheduler = scheduler;
		this.#clock = clock;
		this.#shownAt = clock();
		this.#carried = new Set(carriedItems(row.assignment).map((c) => c.id));
	}

	async loadCards(): Promise<void> {
		this.#cardsBefore = await this.#stores.study.loadCards(this.row.assignment.itemIds);
	}

	get current(): LocalizedItem | undefined {
		const id = this.state.queue[0];
		return id === undefined ? undefined : this.#items.get(id);
	}

	get learned(): number {
		return this.row.assignment.itemIds.length - this.state.queue.length;
	}

	get outcomes(): Record<Grade, GradeOutcome> | undefined {
		const item = this.current;
		return item ? this.#scheduler.preview(item.id, this.#cardsBefore.get(item.id), this.#clock()) : undefined;
	}

	isNew(itemId: string): boolean {
		return !this.#cardsBefore.has(itemId);
	}

	async grade(grade: Grade): Promise<void> {
		const item = this.current;
		if (!item || this.isSaving) return;
		this.isSaving = true;
		try {
			const now = this.#clock();
			const answer = { source: 'assignment', durationMs: answerDuration(this.#shownAt, now) } as const;
			const outcome = this.#scheduler.grade(item.id, this.#cardsBefore.get(item.id), grade, now, answer);
			const state = gradeFlashcard(this.state, grade);
			const patch: Partial<ReceivedAssignmentRow> = {
				flashcards: state,
				done: this.row.assignment.itemIds.length - state.queue.length,
				lastActionAt: now,
				timeSpentMs: addActiveTime(this.row.timeSpentMs ?? 0, this.row.lastActionAt ?? this.row.startedAt, now),
				...(state.queue.length === 0 ? { completedAt: now } : {})
			};
			// The same write, with the same check, as a study session's grade; no daily limit holds an assignment back.
			// A carried question is in no topic of the student's, so its grade goes into the assignment only.
			const saved = this.#carried.has(item.id)
				? await this.#stores.assignments.updateReceived(this.row.key, patch).then(() => ({ ok: true }) as const)
				: await this.#stores.study.recordReview(outcome.card, outcome.review, {
						alongside: this.#stores.assignments.progressWrite(this.row.key, patch)
					});
			this.note = saved.ok ? undefined : saved.refusal;
			if (!saved.ok) {
				// Graded in another tab: show it again as it is stored now. A full disk leaves it gradable.
				if (saved.refusal !== 'storageFull') {
					await this.loadCards();
					this.revealed = false;
					this.#shownAt = this.#clock();
				}
				return;
			}
			this.#cardsBefore = new Map(this.#cardsBefore).set(item.id, outcome.card);
			this.state = state;
			this.row = { ...this.row, ...patch };
			this.revealed = false;
			this.#shownAt = this.#clock();
		} finally {
			this.isSaving = false;
		}
	}
}

export type AssignmentRunner = { kind: 'test'; run: TestRun } | { kind: 'cards'; run: AssignmentCards };

/** Starts the assignment in `language`, or goes on with it where it stopped. */
export async function runAssignment(
	stores: AssignmentStores,
	row: ReceivedAssignmentRow,
	language: Language,
	scheduler: Scheduler,
	fetchFn: typeof fetch,
	clock = Date.now
): Promise<{ row: ReceivedAssignmentRow; runner: AssignmentRunner }> {
	const { assignment } = row;
	const started = row.startedAt === undefined ? { startedAt: clock(), language } : {};
	const lang = row.language ?? language;
	if (assignment.mode === 'test') {
		const stored = row.testAttemptId === undefined ? undefined : await stores.attempts.get(row.testAttemptId);
		const carried = carriedIn(assignment, lang);
		const run = stored
			? await TestRun.open(stores.attempts, stored, lang, fetchFn, clock, carried)
			: await TestRun.startAssignment(
					stores.attempts,
					{
						key: row.key,
						itemIds: assignment.itemIds,
						topicIds: assignment.topicIds,
						timeLimitMs: (assignment.timeLimitMin ?? 0) * 60_000
					},
					lang,
					fetchFn,
					clock,
					carried
				);
		const patch = { ...started, testAttemptId: run.attempt.id };
		await stores.assignments.updateReceived(row.key, patch);
		return { row: { ...row, ...patch }, runner: { kind: 'test', run } };
	}
	const items = await loadItems(assignment, lang, fetchFn);
	const patch = { ...started, flashcards: row.flashcards ?? startFlashcardRun(assignment.itemIds) };
	await stores.assignments.updateReceived(row.key, patch);
	const cards = new AssignmentCards(stores, { ...row, ...patch }, items, scheduler, clock);
	await cards.loadCards();
	return { row: cards.row, runner: { kind: 'cards', run: cards } };
}

/** Saves a test's progress on the assignment after an answer, and its end when it is over. */
export async function saveTestProgress(
	stores: AssignmentStores,
	row: ReceivedAssignmentRow,
	run: TestRun
): Promise<ReceivedAssignmentRow> {
	const { attempt } = run;
	const patch: Partial<ReceivedAssignmentRow> = {
		done: attempt.answers.length,
		...(attempt.finishedAt !== undefined
			? { completedAt: attempt.finishedAt, timeSpentMs: attempt.finishedAt - attempt.startedAt }
			: {})
	};
	await stores.assignments.updateReceived(row.key, patch);
	return { ...row, ...patch };
}

/** The per-question answers string of a completed assignment. */
export async function answersOf(stores: AssignmentStores, row: ReceivedAssignmentRow): Promise<string> {
	const { itemIds } = row.assignment;
	if (row.assignment.mode === 'flashcards') return answersString(itemIds, (id) => row.flashcards?.firstTry[id]);
	const attempt = row.testAttemptId === undefined ? undefined : await stores.attempts.get(row.testAttemptId);
	const byItem = new Map(attempt?.answers.map((a) => [a.itemId, a.isCorrect]));
	return answersString(itemIds, (id) => byItem.get(id));
}

/** Makes (and keeps) the result code the student sends back, under the name they typed, with the problems they reported in it. */
export async function makeResult(
	stores: AssignmentStores,
	row: ReceivedAssignmentRow,
	name: string,
	now: number
): Promise<ReceivedAssignmentRow> {
	const answers = await answersOf(stores, row);
	const reports = await stores.reports.listForAssignment(row.key);
	const fields = {
		assignment: row.key,
		name: name.trim(),
		answers,
		timeSpentMs: Math.round(row.timeSpentMs ?? 0),
		completedAt: row.completedAt ?? now
	};
	const result: Result = makeResultWith(fields, reportsForResult(row.assignment.itemIds, reports));
	const patch = { result: { code: encodeResult(result), name: result.name, answers } };
	await stores.assignments.updateReceived(row.key, patch);
	return { ...row, ...patch };
}

/**
 * Whether the result code made for `row` no longer says what the student reported in the
 * assignment (`reports`: all of theirs; only this assignment's count): it should be made again.
 */
export function isResultOutdated(row: ReceivedAssignmentRow, reports: readonly ProblemReport[]): boolean {
	if (!row.result) return false;
	const decoded = decodeResult(row.result.code, { assignment: row.key });
	if (!decoded.ok) return false;
	const mine = reports.filter((r) => r.assignmentKey === row.key);
	return (
		encodeResult(makeResultWith(decoded.result, reportsForResult(row.assignment.itemIds, mine))) !== row.result.code
	);
}
