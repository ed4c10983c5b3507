/** The progress page's figures, read once from storage when the page opens. */
import type { TopicSummary } from '../domain/bank/compile';
import { startOfLocalDay } from '../domain/settings';
import { DAY_MS } from '../domain/study/time';
import { dueForecast, masteryOf, reviewsPerDay, studyStreak, trueRetention, type Mastery } from '../domain/study/stats';
import { getRepository } from '../storage/repository';
import { hiddenItemIds } from '../domain/study/flags';
import { isDueNow } from '../domain/study/queue';

/** The heatmap shows 26 whole weeks; retention looks at the last 30 days. */
export const HEATMAP_DAYS = 26 * 7;
export const FORECAST_DAYS = 30;
export const RETENTION_DAYS = 30;

export interface ProgressFigures {
	days: { day: number; count: number }[];
	forecast: number[];
	/** Cards due now, counted as on home and in a session (isDueNow), buried and suspended left out. */
	dueNow: number;
	retention: { rate: number | undefined; count: number };
	streak: number;
	mastery: { topic: TopicSummary; mastery: Mastery }[];
	totalReviews: number;
}

export async function loadProgressFigures(topics: readonly TopicSummary[], now: number): Promise<ProgressFigures> {
	const repository = getRepository();
	const since = startOfLocalDay(now) - HEATMAP_DAYS * DAY_MS;
	const [cards, reviews, flags] = await Promise.all([repository.loadCards(), repository.loadReviewFacts(since), repository.loadItemFlags()]);
	const hidden = hiddenItemIds(flags, now);
	const recent = reviews.filter((r) => r.reviewedAt >= now - RETENTION_DAYS * DAY_MS);
	return {
		days: reviewsPerDay(reviews, now, HEATMAP_DAYS, startOfLocalDay),
		forecast: dueForecast(cards.values(), now, FORECAST_DAYS, startOfLocalDay),
		dueNow: [...cards.values()].filter((card) => !hidden.has(card.itemId) && isDueNow(card, now)).length,
		retention: trueRetention(recent),
		streak: studyStreak(reviews.map((r) => r.reviewedAt), now, startOfLocalDay),
		mastery: topics.map((topic) => ({ topic, mastery: masteryOf(topic.itemIds, cards) })),
		totalReviews: reviews.length
	};
}
