/**
 * The practice test page: the latest practice tests, a test started from the setup (or taken
 * again), and a test left running picked up where it stopped.
 */
import type { Language } from '../domain/language';
import type { QuizResponse } from '../domain/quiz/evaluate';
import type { TestAttempt } from '../domain/quiz/test-set';
import { getTestAttemptRepository } from '../storage/test-attempts';
import type { TestAttemptRepository } from '../storage/test-attempts';
import { ActionGuard } from './guard.svelte';
import { settings } from './settings.svelte';
import { TestRun, type TestSetup } from './test-run.svelte';

/** Where the page's data lives; a function, so nothing is opened until the page asks (never while prerendering). */
export type TestPageStores = () => { attempts: TestAttemptRepository };

const appStores: TestPageStores = () => ({ attempts: getTestAttemptRepository() });

/** How many of the latest practice tests the page lists. */
const RECENT_SHOWN = 5;

export class TestPage {
	readonly guard = new ActionGuard();
	run = $state<TestRun>();
	/** The latest practice tests, newest first. */
	recent = $state.raw<TestAttempt[]>([]);
	/** The language the questions are shown in. */
	readonly language = $derived.by<Language>(() => settings.contentLanguageFor(this.#uiLanguage()));

	readonly #stores: TestPageStores;
	readonly #uiLanguage: () => Language;
	readonly #fetch: typeof fetch;

	constructor(uiLanguage: () => Language, stores: TestPageStores = appStores, fetchFn?: typeof fetch) {
		this.#uiLanguage = uiLanguage;
		this.#stores = stores;
		this.#fetch = fetchFn ?? ((input, init) => fetch(input, init));
	}

	load = (): Promise<void> =>
		this.guard.run(async () => {
			await settings.load(this.#uiLanguage());
			this.recent = await this.#recentPracticeTests();
			// A test left running (a reload, a closed tab) goes on where it stopped.
			const unfinished = this.recent.find((a) => a.finishedAt === undefined);
			if (unfinished) this.run = await TestRun.open(this.#stores().attempts, unfinished, this.language, this.#fetch);
		});

	start = (setup: TestSetup): Promise<void> =>
		this.guard.run(
			async () => void (this.run = await TestRun.start(this.#stores().attempts, setup, this.language, this.#fetch))
		);

	answer = (response: QuizResponse): Promise<void> =>
		this.guard.run(() => this.run?.answer(response) ?? Promise.resolve());

	finish = (): Promise<void> => this.guard.run(() => this.run?.finish() ?? Promise.resolve());

	/** The same test again: same topics, count, seed, time limit and level. */
	retake = (): Promise<void> => {
		const a = this.run?.attempt;
		if (!a) return Promise.resolve();
		return this.start({
			topicIds: a.topicIds,
			count: a.itemIds.length,
			seed: a.seed,
			timeLimitMs: a.timeLimitMs,
			...(a.level ? { level: a.level } : {})
		});
	};

	/** Back to the setup, with the list read again. */
	newTest = (): Promise<void> =>
		this.guard.run(async () => {
			this.run = undefined;
			this.recent = await this.#recentPracticeTests();
		});

	// Assignments' tests live on the assignment's page, not among practice tests.
	async #recentPracticeTests(): Promise<TestAttempt[]> {
		const latest = await this.#stores().attempts.recent(20);
		return latest.filter((a) => !a.assignmentKey).slice(0, RECENT_SHOWN);
	}
}
