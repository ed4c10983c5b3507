/**
 * One test-mode attempt in the page: its questions, answers as they are given (saved at once),
 * the clock of a timed test, and the result. Tests are exam practice: they do not touch the FSRS
 * schedule (the quiz does that).
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { ItemLevel } from '../domain/bank/schema';
import type { Language } from '../domain/language';
import { evaluateResponse, type QuizResponse } from '../domain/quiz/evaluate';
import { buildTestSet, scoreAttempt, testDeadline, type TestAttempt } from '../domain/quiz/test-set';
import type { TestAttemptRepository } from '../storage/test-attempts';
import { loadTopicBank } from './topic-banks';

export interface TestSetup {
	topicIds: string[];
	count: number;
	seed: string;
	timeLimitMs: number;
	/** Only questions of this level; absent for any. */
	level?: ItemLevel;
}

/** The topics' questions, and those an assignment carries (`extra`, in the student's language already). */
async function loadItems(
	topicIds: readonly string[],
	language: Language,
	fetchFn: typeof fetch,
	extra: readonly LocalizedItem[] = []
) {
	const banks = await Promise.all(topicIds.map((id) => loadTopicBank(fetchFn, language, id)));
	return [
		...banks.flatMap((b) => b.items.map((item) => ({ item, topicId: b.topicId }))),
		...extra.map((item) => ({ item, topicId: '' }))
	];
}

export class TestRun {
	readonly #attempts: TestAttemptRepository;
	readonly #items: Map<string, LocalizedItem>;
	readonly #clock: () => number;
	attempt: TestAttempt;
	now: number;

	private constructor(
		attempts: TestAttemptRepository,
		attempt: TestAttempt,
		items: Map<string, LocalizedItem>,
		clock: () => number
	) {
		this.#attempts = attempts;
		this.attempt = $state(attempt);
		this.now = $state(clock());
		this.#items = items;
		this.#clock = clock;
	}

	/** Draws the questions for `setup` and saves the new attempt before the first question shows. */
	static async start(
		attempts: TestAttemptRepository,
		setup: TestSetup,
		language: Language,
		fetchFn: typeof fetch,
		clock = Date.now
	): Promise<TestRun> {
		const loaded = await loadItems(setup.topicIds, language, fetchFn);
		const candidates = loaded.map(({ item, topicId }) => ({
			itemId: item.id,
			topicId,
			type: item.type,
			level: item.level
		}));
		const attempt = {
			seed: setup.seed,
			topicIds: [...setup.topicIds], // a plain copy: IndexedDB cannot store Svelte's state proxies
			itemIds: buildTestSet(candidates, setup),
			timeLimitMs: setup.timeLimitMs,
			startedAt: clock(),
			...(setup.level ? { level: setup.level } : {})
		};
		return TestRun.#begin(attempts, attempt, loaded, clock);
	}

	/** Starts an assignment's test: its questions, in its order, exactly as the instructor set them. */
	static async startAssignment(
		attempts: TestAttemptRepository,
		{
			key,
			itemIds,
			topicIds,
			timeLimitMs
		}: { key: string; itemIds: readonly string[]; topicIds: readonly string[]; timeLimitMs: number },
		language: Language,
		fetchFn: typeof fetch,
		clock = Date.now,
		carried: readonly LocalizedItem[] = []
	): Promise<TestRun> {
		const loaded = await loadItems(topicIds, language, fetchFn, carried);
		const attempt = {
			seed: `assignment:${key}`,
			topicIds: [...topicIds],
			itemIds: [...itemIds],
			timeLimitMs,
			startedAt: clock(),
			assignmentKey: key
		};
		return TestRun.#begin(attempts, attempt, loaded, clock);
	}

	/** Saves the new attempt before its first question shows. */
	static async #begin(
		attempts: TestAttemptRepository,
		attempt: Omit<TestAttempt, 'id' | 'answers' | 'finishedAt'>,
		loaded: { item: LocalizedItem }[],
		clock: () => number
	): Promise<TestRun> {
		const id = await attempts.start(attempt);
		return new TestRun(
			attempts,
			{ ...attempt, id, answers: [] },
			new Map(loaded.map(({ item }) => [item.id, item])),
			clock
		);
	}

	/** Reopens a stored attempt (to go on with it after a reload, or to review it). */
	static async open(
		attempts: TestAttemptRepository,
		attempt: TestAttempt,
		language: Language,
		fetchFn: typeof fetch,
		clock = Date.now,
		carried: readonly LocalizedItem[] = []
	): Promise<TestRun> {
		const loaded = await loadItems(attempt.topicIds, language, fetchFn, carried);
		const run = new TestRun(attempts, attempt, new Map(loaded.map(({ item }) => [item.id, item])), clock);
		if (!run.isFinished && run.isOutOfTime) await run.finish();
		return run;
	}

	/**
	 * The seed an item of this attempt is shown with: derived from the stored attempt, so its options
	 * keep their places across a reload and in the review, and differ from another attempt's.
	 */
	seedFor(itemId: string): string {
		return `${this.attempt.id ?? 0}:${this.attempt.startedAt}:${itemId}`;
	}

	item(itemId: string): LocalizedItem | undefined {
		return this.#items.get(itemId);
	}

	/** The first question not answered yet. */
	get currentItem(): LocalizedItem | undefined {
		const answered = new Set(this.attempt.answers.map((a) => a.itemId));
		const next = this.attempt.itemIds.find((id) => !answered.has(id));
		return next === undefined ? undefined : this.#items.get(next);
	}

	get position(): number {
		return Math.min(this.attempt.answers.length + 1, this.attempt.itemIds.length);
	}

	get isFinished(): boolean {
		return this.attempt.finishedAt !== undefined;
	}

	get remainingMs(): number | undefined {
		const deadline = testDeadline(this.attempt);
		return deadline === undefined ? undefined : Math.max(0, deadline - this.now);
	}

	get isOutOfTime(): boolean {
		return this.remainingMs === 0;
	}

	get score() {
		return scoreAttempt(this.attempt);
	}

	/** Moves the clock on (once a second on a timed test); runs out the test at its deadline. */
	async tick(): Promise<void> {
		this.now = this.#clock();
		if (!this.isFinished && this.isOutOfTime) await this.finish();
	}

	async answer(response: QuizResponse): Promise<void> {
		const item = this.currentItem;
		if (!item || this.isFinished || this.attempt.id === undefined) return;
		const answer = { itemId: item.id, response, isCorrect: evaluateResponse(item, response).isCorrect };
		await this.#attempts.saveAnswer(this.attempt.id, answer);
		this.attempt = { ...this.attempt, answers: [...this.attempt.answers, answer] };
		if (!this.currentItem) await this.finish();
	}

	async finish(): Promise<void> {
		if (this.isFinished || this.attempt.id === undefined) return;
		const finishedAt = this.#clock();
		await this.#attempts.finish(this.attempt.id, finishedAt);
		this.attempt = { ...this.attempt, finishedAt };
	}
}
