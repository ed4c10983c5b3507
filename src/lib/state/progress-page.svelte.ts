/** The progress page's figures, read once from storage when the page opens. */
import type { TopicSummary } from '../domain/bank/compile';
import { startOfLocalDay } from '../domain/settings';
import { DAY_MS } from '../domain/study/time';
import { masteryOf, type Mastery } from '../domain/study/stats';
import { quickReader, type QuickReader } from '../storage/quick-read';
import { loadProgress } from '../storage/quick-progress';
import { hiddenItemIds } from '../domain/study/flags';
import { isDueNow } from '../domain/study/queue';

/** The heatmap shows 26 whole weeks; retention looks at the last 30 days (today and the 29 before it). */
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

/**
 * Reads the figures from indexes and counts (storage/quick-read.ts): reviews per day and cards due
 * per day are counted on the indexes, the streak walks the index a day at a time, and only the
 * retention window's reviews and the banks' cards are read as rows.
 */
export async function loadProgressFigures(
	topics: readonly TopicSummary[],
	now: number,
	reader: QuickReader = quickReader
): Promise<ProgressFigures> {
	const itemIds = [...new Set(topics.flatMap((topic) => topic.itemIds))];
	const reading = await loadProgress(reader, itemIds, now, HEATMAP_DAYS, FORECAST_DAYS, RETENTION_DAYS);
	const hidden = hiddenItemIds(reading.flags, now);
	const cards = new Map(reading.cards.map((card) => [card.itemId, card]));
	const today = startOfLocalDay(now);
	const dueNow = new Set([
		...reading.dueIds,
		...reading.soon.filter((card) => isDueNow(card, now)).map((card) => card.itemId)
	]);
	return {
		days: reading.reviewsPerDay.map((count, i) => ({
			day: startOfLocalDay(today + DAY_MS / 2 - (HEATMAP_DAYS - 1 - i) * DAY_MS),
			count
		})),
		forecast: reading.forecast,
		dueNow: [...dueNow].filter((itemId) => !hidden.has(itemId)).length,
		retention: reading.retention,
		streak: reading.streak,
		mastery: topics.map((topic) => ({ topic, mastery: masteryOf(topic.itemIds, cards) })),
		totalReviews: reading.reviewsPerDay.reduce((sum, count) => sum + count, 0)
	};
}
