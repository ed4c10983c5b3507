/** Counts for the home page: new and due per topic, today's reviews. Read once per visit. */
import type { TopicSummary } from '../domain/bank/compile';
import type { Card } from '../domain/study/card';
import { countCards, type TopicCounts } from '../domain/study/queue';
import { startOfLocalDay } from '../domain/settings';
import { getRepository } from '../storage/repository';
import { DAY_MS } from '../domain/study/time';
import { studyStreak } from '../domain/study/stats';
import { hiddenItemIds } from '../domain/study/flags';

/** How far back the home page looks for the streak; a longer one shows as this many days. */
const STREAK_LOOKBACK_DAYS = 400;

export class ProgressOverview {
	#cards = $state.raw<Map<string, Card> | undefined>(undefined);
	#now = $state(0);
	#hidden = $state.raw<ReadonlySet<string>>(new Set());
	reviewedToday = $state(0);
	streak = $state(0);

	get isLoaded(): boolean {
		return this.#cards !== undefined;
	}

	async load(now: number): Promise<void> {
		const repository = getRepository();
		const [cards, reviewTimes, flags] = await Promise.all([
			repository.loadCards(),
			repository.loadReviewTimes(startOfLocalDay(now) - STREAK_LOOKBACK_DAYS * DAY_MS),
			repository.loadItemFlags()
		]);
		this.#hidden = hiddenItemIds(flags, now);
		const today = startOfLocalDay(now);
		this.#now = now;
		this.reviewedToday = reviewTimes.filter((t) => t >= today).length;
		this.streak = studyStreak(reviewTimes, now, startOfLocalDay);
		this.#cards = cards;
	}

	countsFor(topic: TopicSummary): TopicCounts | undefined {
		return this.#cards && countCards(topic.itemIds, this.#cards, this.#now, this.#hidden);
	}

	totalDue(topics: readonly TopicSummary[]): number {
		return topics.reduce((sum, t) => sum + (this.countsFor(t)?.dueCount ?? 0), 0);
	}
}
