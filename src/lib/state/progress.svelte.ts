/**
 * Counts for the home page: new and due per topic, today's reviews and the streak. Read from
 * IndexedDB's keys and indexes only, without Dexie (storage/quick-read.ts), so a heavy learner's
 * home opens quickly (`npm run bench`) and loads little. While the page shows them they follow
 * storage live (a grade in another tab) and the clock (a card coming due).
 */
import { createSubscriber } from 'svelte/reactivity';
import type { TopicSummary } from '../domain/bank/compile';
import { countFromIds, type TopicCounts } from '../domain/study/queue';
import { startOfLocalDay } from '../domain/settings';
import { quickReader } from '../storage/quick-read';
import type { ReceivedAssignmentRow } from '../storage/rows';

export type { ReceivedAssignmentRow };
import { hiddenItemIds, type ItemFlags } from '../domain/study/flags';
import { NO_COUNTS, type DaySummary } from '../domain/study/limits';

/** What the counts are read from: the quick reader in the app, a repository in tests. */
export interface OverviewSource {
	loadCardItemIds(): Promise<Set<string>>;
	loadDueItemIds(now: number): Promise<Set<string>>;
	loadItemFlags(): Promise<ItemFlags[]>;
	loadDaySummary(dayStartMs: number): Promise<DaySummary>;
	countStreakDays(now: number): Promise<number>;
	/** Calls `onChange` after every write, in this tab or another; returns the stop. */
	watchChanges(onChange: () => void): () => void;
}

/** The assignments received on this device, newest first (for the home page's list). */
export const listReceivedAssignments = (): Promise<ReceivedAssignmentRow[]> => quickReader.listReceived();

/** How often the home page re-reads which cards are due, in ms. */
export const COUNTS_REFRESH_MS = 30_000;

interface Overview {
	cards: ReadonlySet<string>;
	due: ReadonlySet<string>;
	hidden: ReadonlySet<string>;
	today: DaySummary;
	streak: number;
}

const NOTHING_TODAY: DaySummary = { counts: NO_COUNTS, itemsReviewed: 0, answers: 0 };

export class ProgressOverview {
	readonly #source: OverviewSource;
	readonly #clock: () => number;
	readonly #subscribe: () => void;
	#overview = $state.raw<Overview>();

	/** Nothing is opened until the first read: the page that makes this is also prerendered. */
	constructor(source: OverviewSource = quickReader, clock: () => number = Date.now) {
		this.#source = source;
		this.#clock = clock;
		this.#subscribe = createSubscriber(() => this.follow());
	}

	get isLoaded(): boolean {
		this.#subscribe();
		return this.#overview !== undefined;
	}

	/** Today's reviews: distinct items, answers, and what the daily limits have counted. */
	get today(): DaySummary {
		this.#subscribe();
		return this.#overview?.today ?? NOTHING_TODAY;
	}

	/** Whether anything was ever studied here (a card exists). */
	get hasStudied(): boolean {
		this.#subscribe();
		return (this.#overview?.cards.size ?? 0) > 0;
	}

	get streak(): number {
		this.#subscribe();
		return this.#overview?.streak ?? 0;
	}

	/** Reads the counts once; throws when storage cannot be opened (the page says so). */
	async load(now: number): Promise<void> {
		this.#overview = await this.#read(now);
	}

	countsFor(topic: TopicSummary): TopicCounts | undefined {
		this.#subscribe();
		const ids = this.#overview;
		return ids && countFromIds(topic.itemIds, ids.cards, ids.due, ids.hidden);
	}

	totalDue(topics: readonly TopicSummary[]): number {
		return topics.reduce((sum, t) => sum + (this.countsFor(t)?.dueCount ?? 0), 0);
	}

	/** Items never studied (and not set aside) across `topics`. */
	totalNew(topics: readonly TopicSummary[]): number {
		return topics.reduce((sum, t) => sum + (this.countsFor(t)?.newCount ?? 0), 0);
	}

	async #read(now: number): Promise<Overview> {
		const source = this.#source;
		const [cards, due, flags, today, streak] = await Promise.all([
			source.loadCardItemIds(),
			source.loadDueItemIds(now),
			source.loadItemFlags(),
			source.loadDaySummary(startOfLocalDay(now)),
			source.countStreakDays(now)
		]);
		return { cards, due, hidden: hiddenItemIds(flags, now), today, streak };
	}

	/**
	 * Follows storage changes from any tab, and the clock now and then, until the returned stop is
	 * called. A page gets this by reading the counts (createSubscriber).
	 */
	follow(): () => void {
		// Storage may be missing (the page shows why, from `load`): then there is nothing to follow.
		let reading = 0;
		const reread = () => {
			const run = ++reading;
			this.#read(this.#clock())
				.then((overview) => {
					if (run === reading) this.#overview = overview; // a later read started: its answer wins
				})
				.catch(() => {});
		};
		const stop = this.#source.watchChanges(reread);
		// Which cards are due depends on the time: ask again now and then.
		const timer = setInterval(reread, COUNTS_REFRESH_MS);
		return () => {
			clearInterval(timer);
			stop();
		};
	}
}
