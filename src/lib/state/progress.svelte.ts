/**
 * Counts for the home page: new and due per topic, today's reviews and the streak. Read from
 * IndexedDB's keys and indexes only, so a heavy learner's home opens quickly (`npm run bench`).
 * While the page shows them they follow storage live (a grade in another tab) and the clock (a
 * card coming due).
 */
import { createSubscriber } from 'svelte/reactivity';
import type { TopicSummary } from '../domain/bank/compile';
import { countFromIds, type TopicCounts } from '../domain/study/queue';
import { startOfLocalDay, startOfNextLocalDay } from '../domain/settings';
import { getRepository, type StudyRepository } from '../storage/repository';
import { studyStreakByDay } from '../domain/study/stats';
import { hiddenItemIds } from '../domain/study/flags';
import { NO_COUNTS, type DaySummary } from '../domain/study/limits';

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
	#repository: StudyRepository | undefined;
	readonly #clock: () => number;
	readonly #subscribe: () => void;
	#overview = $state.raw<Overview>();

	/** The repository is opened on first use: the page that makes this is also prerendered. */
	constructor(repository?: StudyRepository, clock: () => number = Date.now) {
		this.#repository = repository;
		this.#clock = clock;
		this.#subscribe = createSubscriber(() => this.follow());
	}

	get #store(): StudyRepository {
		this.#repository ??= getRepository();
		return this.#repository;
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

	// Every read starts before the first await, so a live query sees them all.
	async #read(now: number): Promise<Overview> {
		const repository = this.#store;
		const reviewsOn = (dayStart: number) => repository.countReviewsBetween(dayStart, startOfNextLocalDay(dayStart));
		const [cards, due, flags, today, streak] = await Promise.all([
			repository.loadCardItemIds(),
			repository.loadDueItemIds(now),
			repository.loadItemFlags(),
			repository.loadDaySummary(startOfLocalDay(now)),
			studyStreakByDay(reviewsOn, now, startOfLocalDay)
		]);
		return { cards, due, hidden: hiddenItemIds(flags, now), today, streak };
	}

	/**
	 * Follows storage changes from any tab, and the clock now and then, until the returned stop is
	 * called. A page gets this by reading the counts (createSubscriber).
	 */
	follow(): () => void {
		// Storage may be missing (the page shows why, from `load`): then there is nothing to follow.
		const watchAt = (now: number) => {
			try {
				return this.#store.watch(
					() => this.#read(now),
					(overview) => (this.#overview = overview)
				);
			} catch {
				return () => {};
			}
		};
		let stop = watchAt(this.#clock());
		const timer = setInterval(() => {
			// Which cards are due depends on the time the query was made with: ask again with a new one.
			stop();
			stop = watchAt(this.#clock());
		}, COUNTS_REFRESH_MS);
		return () => {
			clearInterval(timer);
			stop();
		};
	}
}
