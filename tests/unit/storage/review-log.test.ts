import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { ReviewLogRepository } from '$lib/storage/review-log';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { DAY_MS } from '$lib/domain/study/time';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const scheduler = new Scheduler({ enableFuzz: false });
let counter = 0;
const opened: QaitalaDb[] = [];

function freshDb(): QaitalaDb {
	const db = new QaitalaDb(`review-log-${Date.now()}-${counter++}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

describe('ReviewLogRepository', () => {
	it('reads every review oldest first, with the state the card had before it', async () => {
		const db = freshDb();
		const study = new StudyRepository(db);
		const first = scheduler.grade('b', undefined, 'good', NOW + DAY_MS);
		await study.recordReview(first.card, first.review);
		const earlier = scheduler.grade('a', undefined, 'again', NOW);
		await study.recordReview(earlier.card, earlier.review);
		const second = scheduler.grade('b', first.card, 'hard', NOW + 3 * DAY_MS);
		await study.recordReview(second.card, second.review);

		const log = new ReviewLogRepository(db);
		expect(await log.countReviews()).toBe(3);
		expect(await log.loadReviewLog()).toEqual([
			{ itemId: 'a', grade: 'again', reviewedAt: NOW, stateBefore: 'new' },
			{ itemId: 'b', grade: 'good', reviewedAt: NOW + DAY_MS, stateBefore: 'new' },
			{ itemId: 'b', grade: 'hard', reviewedAt: NOW + 3 * DAY_MS, stateBefore: first.card.state }
		]);
	});

	it('passes on an answer time where a row records one', async () => {
		const db = freshDb();
		const { review } = scheduler.grade('a', undefined, 'good', NOW);
		await db.reviews.add({ ...review, durationMs: 5200 } as typeof review);
		expect(await new ReviewLogRepository(db).loadReviewLog()).toEqual([
			{ itemId: 'a', grade: 'good', reviewedAt: NOW, stateBefore: 'new', durationMs: 5200 }
		]);
	});

	it('reads a log longer than one batch in the index’s order, ties in the order written', async () => {
		const db = freshDb();
		// Written out of time order, many at the same time.
		const rows = Array.from({ length: 12_345 }, (_, i) => ({
			itemId: `item-${i % 97}`,
			grade: 'good' as const,
			reviewedAt: NOW - ((i * 7919) % 500) * 60_000,
			cardBefore: null,
			elapsedDays: 0,
			scheduledDays: 0,
			stateAfter: 'learning' as const,
			source: 'self' as const,
			durationMs: i
		}));
		await db.reviews.bulkAdd(rows);
		const byIndex = (await db.reviews.orderBy('reviewedAt').toArray()).map((r) => r.durationMs);
		const log = await new ReviewLogRepository(db).loadReviewLog();
		expect(log).toHaveLength(rows.length);
		expect(log.map((r) => r.durationMs)).toEqual(byIndex);
	});
});
