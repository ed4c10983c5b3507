/**
 * Counts for the home page: new and due per topic, today's reviews and the streak. Read once per
 * visit from IndexedDB's keys and indexes only, so a heavy learner's home opens quickly (`npm run bench`).
 */
import type { TopicSummary } from '../domain/bank/compile';
import { countFromIds, type TopicCounts } from '../domain/study/queue';
import { startOfLocalDay, startOfNextLocalDay } from '../domain/settings';
import { getRepository } from '../storage/repository';
import { studyStreakByDay } from '../domain/study/stats';
import { hiddenItemIds } from '../domain/study/flags';

interface Ids {
	cards: ReadonlySet<string>;
	due: ReadonlySet<string>;
	hidden: ReadonlySet<string>;
}

export class ProgressOverview {
	#ids = $state.raw<Ids>();
	reviewedToday = $state(0);
	streak = $state(0);

	get isLoaded(): boolean {
		return this.#ids !== undefined;
	}

	async load(now: number): Promise<void> {
		const repository = getRepository();
		const reviewsOn = (dayStart: number) => repository.countReviewsBetween(dayStart, startOfNextLocalDay(dayStart));
		const [cards, due, flags, reviewedToday, streak] = await Promise.all([
			repository.loadCardItemIds(),
			repository.loadDueItemIds(now),
			repository.loadItemFlags(),
			reviewsOn(startOfLocalDay(now)),
			studyStreakByDay(reviewsOn, now, startOfLocalDay)
		]);
		this.reviewedToday = reviewedToday;
		this.streak = streak;
		this.#ids = { cards, due, hidden: hiddenItemIds(flags, now) };
	}

	countsFor(topic: TopicSummary): TopicCounts | undefined {
		const ids = this.#ids;
		return ids && countFromIds(topic.itemIds, ids.cards, ids.due, ids.hidden);
	}

	totalDue(topics: readonly TopicSummary[]): number {
		return topics.reduce((sum, t) => sum + (this.countsFor(t)?.dueCount ?? 0), 0);
	}
}
