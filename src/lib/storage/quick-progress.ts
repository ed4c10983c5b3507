/**
 * Progress's figures from storage, without Dexie (see quick-read.ts): reviews per day and cards due
 * per day counted on the indexes, the streak walked a month at a time, and only today's reviews, the
 * days whose reviews changed since the last visit and the banks' cards read as rows.
 */
import type { Card, Review } from '../domain/study/card';
import type { ItemFlags } from '../domain/study/flags';
import { LEARN_AHEAD_MS } from '../domain/study/queue';
import { startOfLocalDay, startOfNextLocalDay } from '../domain/settings';
import { DAY_MS } from '../domain/study/time';
import { retentionOfTallies, retentionTally, type ReviewFact, type RetentionTally } from '../domain/study/stats';
import { done, streakOnIndex, type QuickReader } from './quick-read';

/** What Progress needs from storage: counts per day and per forecast day, and the rows figures need. */
export interface ProgressReading {
	/** Reviews on each of the heatmap's days, oldest first. */
	reviewsPerDay: number[];
	/** Cards coming due on each of the next days (overdue ones on the first). */
	forecast: number[];
	/** Keys of the cards due now, and the learning cards coming back within the learn-ahead window. */
	dueIds: string[];
	soon: Card[];
	/** True retention over the retention window's whole days (today included). */
	retention: { rate: number | undefined; count: number };
	/** The cards of the given items (the banks' items: mastery). */
	cards: Card[];
	flags: ItemFlags[];
	streak: number;
}

/** What Progress shows, from indexes and counts plus the few rows it needs (see ProgressReading). */
export async function loadProgress(
	reader: QuickReader,
	itemIds: readonly string[],
	now: number,
	heatmapDays: number,
	forecastDays: number,
	retentionDays: number
): Promise<ProgressReading> {
	const empty: ProgressReading = {
		reviewsPerDay: Array(heatmapDays).fill(0),
		forecast: Array(forecastDays).fill(0),
		dueIds: [],
		soon: [],
		retention: { rate: undefined, count: 0 },
		cards: [],
		flags: [],
		streak: 0
	};
	return reader.read(['cards', 'reviews', 'itemFlags'], empty, async (tx) => {
		const cards = tx.objectStore('cards');
		const byDue = cards.index('dueAt');
		const byTime = tx.objectStore('reviews').index('reviewedAt');
		const today = startOfLocalDay(now);
		// Day boundaries step back from noon, so a daylight-saving change never skips or repeats a day.
		const dayStarts = Array.from({ length: heatmapDays }, (_, i) =>
			startOfLocalDay(today + DAY_MS / 2 - (heatmapDays - 1 - i) * DAY_MS)
		);
		const forecastStarts = Array.from({ length: forecastDays + 1 }, (_, i) =>
			startOfLocalDay(today + DAY_MS / 2 + i * DAY_MS)
		);
		const retentionStarts = Array.from({ length: retentionDays }, (_, i) =>
			startOfLocalDay(today + DAY_MS / 2 - (retentionDays - 1 - i) * DAY_MS)
		);
		const [reviewsPerDay, forecast, dueIds, soon, retention, itemCards, flags, streak] = await Promise.all([
			Promise.all(
				dayStarts.map((start) => done(byTime.count(IDBKeyRange.bound(start, startOfNextLocalDay(start), false, true))))
			),
			// Overdue cards count on the first day.
			Promise.all(
				forecastStarts
					.slice(1)
					.map((end, i) =>
						done(
							byDue.count(
								i === 0 ? IDBKeyRange.upperBound(end, true) : IDBKeyRange.bound(forecastStarts[i]!, end, false, true)
							)
						)
					)
			),
			done(byDue.getAllKeys(IDBKeyRange.upperBound(now))) as Promise<string[]>,
			done(byDue.getAll(IDBKeyRange.bound(now, now + LEARN_AHEAD_MS, true, false))) as Promise<Card[]>,
			retentionTallies(byTime, retentionStarts, today).then(retentionOfTallies),
			Promise.all(itemIds.map((id) => done(cards.get(id)) as Promise<Card | undefined>)),
			done(tx.objectStore('itemFlags').getAll()) as Promise<ItemFlags[]>,
			streakOnIndex(byTime, now, startOfLocalDay)
		]);
		return {
			reviewsPerDay,
			forecast,
			dueIds,
			soon,
			retention,
			cards: itemCards.filter((card): card is Card => card !== undefined),
			flags,
			streak
		};
	});
}

const facts = (rows: Review[]): ReviewFact[] =>
	rows.map((r) => ({ reviewedAt: r.reviewedAt, grade: r.grade, stateBefore: r.cardBefore?.state ?? null }));

/** Where each past day's retention tally is kept between visits (this device only, never in a backup). */
const TALLY_KEY = 'qaitala.retentionByDay';

interface CachedTally {
	/** The day's review count and first review's key when it was tallied: a change in either means a new tally. */
	count: number;
	firstKey: IDBValidKey | undefined;
	tally: RetentionTally;
}

function readTallies(): Record<string, CachedTally> {
	try {
		return JSON.parse(localStorage.getItem(TALLY_KEY) ?? '{}') ?? {};
	} catch {
		return {}; // no localStorage (or a damaged entry): every day is read again
	}
}

function writeTallies(tallies: Record<string, CachedTally>): void {
	try {
		localStorage.setItem(TALLY_KEY, JSON.stringify(tallies));
	} catch {
		// storage blocked or full: the next visit reads the days again
	}
}

/**
 * Each day's retention tally. Today's is read from its rows; a past day's comes from the tally kept
 * at an earlier visit while its reviews are unchanged (the same count and first key: an undo, a
 * restore or the database check changes them), and is read from its rows otherwise. So a visit
 * reads today's rows and the days that changed, not the whole window.
 */
async function retentionTallies(
	index: IDBIndex,
	dayStarts: readonly number[],
	today: number
): Promise<RetentionTally[]> {
	const cached = readTallies();
	const kept: Record<string, CachedTally> = {};
	const tallies = await Promise.all(
		dayStarts.map(async (start) => {
			const range = IDBKeyRange.bound(start, startOfNextLocalDay(start), false, true);
			const rowsOfDay = async () => retentionTally(facts((await done(index.getAll(range))) as Review[]));
			if (start >= today) return rowsOfDay();
			const [count, firstKey] = await Promise.all([done(index.count(range)), done(index.getKey(range))]);
			const hit = cached[start];
			const tally = hit && hit.count === count && hit.firstKey === firstKey ? hit.tally : await rowsOfDay();
			kept[start] = { count, firstKey, tally };
			return tally;
		})
	);
	writeTallies(kept);
	return tallies;
}
