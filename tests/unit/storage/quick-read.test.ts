// The reads without Dexie give what the repository and the domain's figures give on the same rows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { QuickReader, SCHEMA_IDB_VERSION } from '$lib/storage/quick-read';
import { loadProgress } from '$lib/storage/quick-progress';
import { dueForecast, reviewsPerDay, studyStreak, trueRetention, type ReviewFact } from '$lib/domain/study/stats';
import { startOfLocalDay } from '$lib/domain/settings';
import { DAY_MS } from '$lib/domain/study/time';
import type { Card, Grade, Review } from '$lib/domain/study/card';

const NOW = Date.UTC(2026, 10, 2, 15, 0, 0);
const GRADES: Grade[] = ['again', 'hard', 'good', 'easy'];
let counter = 0;
const opened: QaitalaDb[] = [];
const freshName = () => `quick-${Date.now()}-${counter++}`;

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
	vi.unstubAllGlobals();
});

/** A learner's rows: cards due over the coming weeks, reviews on most of the last 40 days (a gap 12 days ago). */
async function filledDatabase(name: string): Promise<{ db: QaitalaDb; cards: Card[]; reviews: Review[] }> {
	const db = new QaitalaDb(name);
	opened.push(db);
	const cards: Card[] = Array.from({ length: 60 }, (_, i) => ({
		itemId: `item-${i}`,
		state: i % 7 === 0 ? 'learning' : 'review',
		dueAt: NOW + (i - 20) * 0.7 * DAY_MS + (i % 7 === 0 ? 5 * 60_000 : 0),
		stability: i % 40,
		difficulty: 5,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 3,
		lapses: 0
	}));
	const reviews: Review[] = [];
	for (let day = 0; day < 40; day++) {
		if (day === 12) continue;
		for (let k = 0; k < (day % 5) + 1; k++) {
			const i = (day * 3 + k) % cards.length;
			reviews.push({
				itemId: cards[i]!.itemId,
				grade: GRADES[(day + k) % 4]!,
				reviewedAt: NOW - day * DAY_MS - k * 3_600_000,
				cardBefore: k === 0 ? null : { ...cards[i]!, state: k % 2 ? 'review' : 'learning' },
				elapsedDays: 1,
				scheduledDays: 3,
				stateAfter: 'review',
				source: 'self',
				durationMs: 1000
			});
		}
	}
	await db.cards.bulkPut(cards);
	await db.reviews.bulkAdd(reviews);
	await db.itemFlags.put({ itemId: 'item-3', isSuspended: true });
	db.close();
	return { db, cards, reviews };
}

const factsOf = (reviews: Review[]): ReviewFact[] =>
	reviews.map((r) => ({ reviewedAt: r.reviewedAt, grade: r.grade, stateBefore: r.cardBefore?.state ?? null }));

describe('QuickReader', () => {
	beforeEach(() => {
		// A localStorage of our own, as the browser has, for the kept retention tallies.
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		});
	});

	it('knows the schema version Dexie stores', () => {
		const db = new QaitalaDb(freshName());
		opened.push(db);
		expect(SCHEMA_IDB_VERSION).toBe(db.verno * 10);
	});

	it('reads a database that does not exist as empty, and does not make it', async () => {
		const name = freshName();
		const reader = new QuickReader(name);
		expect(await reader.loadCardItemIds()).toEqual(new Set());
		expect(await reader.countStreakDays(NOW)).toBe(0);
		expect((await reader.loadSettings('ru')).uiLanguage).toBe('ru');
		expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
	});

	it('gives the repository’s home counts: cards, due now, today and the streak', async () => {
		const name = freshName();
		await filledDatabase(name);
		const reader = new QuickReader(name);
		const repository = new StudyRepository(new QaitalaDb(name));
		opened.push(repository.db);
		expect(await reader.loadCardItemIds()).toEqual(await repository.loadCardItemIds());
		expect(await reader.loadDueItemIds(NOW)).toEqual(await repository.loadDueItemIds(NOW));
		expect(await reader.loadDaySummary(startOfLocalDay(NOW))).toEqual(
			await repository.loadDaySummary(startOfLocalDay(NOW))
		);
		expect(await reader.countStreakDays(NOW)).toBe(12);
		expect(await repository.countStreakDays(NOW)).toBe(12);
		expect(await reader.loadItemFlags()).toEqual(await repository.loadItemFlags());
	});

	it('gives Progress the figures the domain computes from every row', async () => {
		const name = freshName();
		const { cards, reviews } = await filledDatabase(name);
		const reader = new QuickReader(name);
		const reading = await loadProgress(reader, ['item-1', 'item-2', 'nothing'], NOW, 26 * 7, 30, 30);
		expect(reading.reviewsPerDay).toEqual(
			reviewsPerDay(factsOf(reviews), NOW, 26 * 7, startOfLocalDay).map((d) => d.count)
		);
		expect(reading.forecast).toEqual(dueForecast(cards, NOW, 30, startOfLocalDay));
		expect(reading.streak).toBe(
			studyStreak(
				reviews.map((r) => r.reviewedAt),
				NOW,
				startOfLocalDay
			)
		);
		const windowStart = startOfLocalDay(NOW) - 29 * DAY_MS;
		expect(reading.retention).toEqual(trueRetention(factsOf(reviews.filter((r) => r.reviewedAt >= windowStart))));
		expect(reading.cards.map((c) => c.itemId)).toEqual(['item-1', 'item-2']);
	});

	it('keeps past days’ retention between visits, and reads a day again once its reviews change', async () => {
		const name = freshName();
		const { reviews } = await filledDatabase(name);
		const reader = new QuickReader(name);
		const first = await loadProgress(reader, [], NOW, 30, 1, 30);
		expect(localStorage.getItem('qaitala.retentionByDay')).toContain('"count"');
		// A past day's remembered review taken out (as a restore or the check could).
		const db = new QaitalaDb(name);
		opened.push(db);
		const rows = await db.reviews.toArray();
		const changed = rows.find(
			(r) => r.reviewedAt < startOfLocalDay(NOW) && r.cardBefore?.state === 'review' && r.grade !== 'again'
		)!;
		await db.reviews.delete(changed.id!);
		db.close();
		const second = await loadProgress(reader, [], NOW, 30, 1, 30);
		const windowStart = startOfLocalDay(NOW) - 29 * DAY_MS;
		const left = reviews.filter(
			(r) => r.reviewedAt >= windowStart && !(r.reviewedAt === changed.reviewedAt && r.itemId === changed.itemId)
		);
		expect(second.retention).toEqual(trueRetention(factsOf(left)));
		expect(second.retention.count).toBe(first.retention.count - 1);
	});

	it('hands an older database to Dexie to upgrade before reading it', async () => {
		const name = freshName();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, 10);
			request.onupgradeneeded = () => request.result.createObjectStore('cards', { keyPath: 'itemId' });
			request.onsuccess = () => (request.result.close(), resolve());
			request.onerror = () => reject(request.error);
		});
		const upgrade = vi.fn(async () => {
			const db = new QaitalaDb(name);
			opened.push(db);
			await db.open();
		});
		const reader = new QuickReader(name, upgrade);
		expect(await reader.loadCardItemIds()).toEqual(new Set());
		expect(upgrade).toHaveBeenCalledOnce();
	});
});
