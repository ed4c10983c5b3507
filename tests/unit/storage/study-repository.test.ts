import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository, type RecordResult } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const scheduler = new Scheduler({ enableFuzz: false });
let counter = 0;
const opened: QaitalaDb[] = [];

/** The review id of a grade that must have been saved. */
async function recorded(result: Promise<RecordResult>): Promise<number> {
	const saved = await result;
	if (!saved.ok) throw new Error(`refused: ${saved.refusal}`);
	return saved.reviewId;
}

function freshRepository(): StudyRepository {
	const db = new QaitalaDb(`test-${Date.now()}-${counter++}`);
	opened.push(db);
	return new StudyRepository(db);
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

describe('StudyRepository', () => {
	it('records a review: the card and its log row together', async () => {
		const repo = freshRepository();
		const { card, review } = scheduler.grade('item-1', undefined, 'good', NOW);
		expect(await repo.recordReview(card, review)).toEqual({ ok: true, reviewId: expect.any(Number) });
		expect((await repo.loadCards()).get('item-1')).toEqual(card);
		const rows = await repo.db.reviews.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ itemId: 'item-1', grade: 'good', reviewedAt: NOW, cardBefore: null });
	});

	it('writes neither the card nor the log row when the transaction fails', async () => {
		const repo = freshRepository();
		const { card, review } = scheduler.grade('item-1', undefined, 'good', NOW);
		// A review row that IndexedDB cannot store (a function is not cloneable) aborts the transaction.
		const broken = { ...review, stateAfter: (() => null) as never };
		await expect(repo.recordReview(card, broken)).rejects.toThrow();
		expect(await repo.db.cards.count()).toBe(0);
		expect(await repo.db.reviews.count()).toBe(0);
	});

	it('loads only the requested cards', async () => {
		const repo = freshRepository();
		for (const id of ['a', 'b', 'c']) {
			const { card, review } = scheduler.grade(id, undefined, 'good', NOW);
			await repo.recordReview(card, review);
		}
		expect([...(await repo.loadCards(['a', 'c', 'zzz'])).keys()]).toEqual(['a', 'c']);
	});

	it('counts new cards and reviews since a time', async () => {
		const repo = freshRepository();
		const first = scheduler.grade('a', undefined, 'good', NOW);
		await repo.recordReview(first.card, first.review);
		const again = scheduler.grade('a', first.card, 'good', NOW + 60_000);
		await repo.recordReview(again.card, again.review);
		const other = scheduler.grade('b', undefined, 'easy', NOW + 120_000);
		await repo.recordReview(other.card, other.review);
		expect(await repo.loadDayCounts(NOW)).toEqual({ newCards: 2, reviewCards: 0 });
		expect(await repo.loadDayCounts(NOW + 90_000)).toEqual({ newCards: 1, reviewCards: 0 });
		expect(await repo.countReviewsSince(NOW)).toBe(3);
	});

	it('saves settings and falls back field by field on bad stored values', async () => {
		const repo = freshRepository();
		const defaults = { reviewsPerDay: 200, learningSteps: '1m 10m' } as const;
		expect(await repo.loadSettings('ru')).toEqual({
			uiLanguage: 'ru',
			contentLanguage: null,
			desiredRetention: 0.9,
			newCardsPerDay: 20,
			...defaults
		});
		const saved = {
			uiLanguage: 'en',
			contentLanguage: 'kk',
			desiredRetention: 0.85,
			newCardsPerDay: 10,
			reviewsPerDay: 50,
			learningSteps: '10m'
		} as const;
		await repo.saveSettings(saved);
		expect(await repo.loadSettings('ru')).toEqual(saved);
		await repo.db.settings.put({
			key: 'settings',
			value: {
				uiLanguage: 'de',
				contentLanguage: 'kk',
				desiredRetention: 5,
				newCardsPerDay: 'ten',
				reviewsPerDay: -3,
				learningSteps: '1s'
			}
		});
		expect(await repo.loadSettings('ru')).toEqual({
			uiLanguage: 'ru',
			contentLanguage: 'kk',
			desiredRetention: 0.99,
			newCardsPerDay: 20,
			reviewsPerDay: 0,
			learningSteps: '1m 10m'
		});
	});
});

describe('undoReview', () => {
	it('restores the exact earlier card and removes the review row', async () => {
		const repo = freshRepository();
		const first = scheduler.grade('a', undefined, 'good', NOW);
		await repo.recordReview(first.card, first.review);
		const second = scheduler.grade('a', first.card, 'again', NOW + 600_000);
		const id = await recorded(repo.recordReview(second.card, second.review));

		expect(await repo.undoReview(id, second.card)).toEqual({ ok: true, cardBefore: first.card });
		expect((await repo.loadCards()).get('a')).toEqual(first.card);
		expect(await repo.db.reviews.count()).toBe(1);
	});

	it('makes a first review new again', async () => {
		const repo = freshRepository();
		const { card, review } = scheduler.grade('a', undefined, 'easy', NOW);
		const id = await recorded(repo.recordReview(card, review));
		expect(await repo.undoReview(id, card)).toEqual({ ok: true, cardBefore: null });
		expect(await repo.db.cards.count()).toBe(0);
		expect(await repo.loadDayCounts(NOW)).toEqual({ newCards: 0, reviewCards: 0 });
	});

	it('changes nothing for an unknown review', async () => {
		const repo = freshRepository();
		const { card, review } = scheduler.grade('a', undefined, 'easy', NOW);
		await repo.recordReview(card, review);
		expect(await repo.undoReview(999, card)).toEqual({ ok: false, refusal: 'changedElsewhere' });
		expect(await repo.db.cards.count()).toBe(1);
		expect(await repo.db.reviews.count()).toBe(1);
	});
});

describe('loadReviewFacts', () => {
	it('returns each review since a time with the state before it', async () => {
		const repo = freshRepository();
		const first = scheduler.grade('a', undefined, 'good', NOW);
		await repo.recordReview(first.card, first.review);
		const second = scheduler.grade('a', first.card, 'again', NOW + 60_000);
		await repo.recordReview(second.card, second.review);
		expect(await repo.loadReviewFacts(NOW)).toEqual([
			{ reviewedAt: NOW, grade: 'good', stateBefore: null },
			{ reviewedAt: NOW + 60_000, grade: 'again', stateBefore: 'learning' }
		]);
		expect(await repo.loadReviewFacts(NOW + 1)).toHaveLength(1);
	});
});

describe('item flags', () => {
	it('buries and suspends without losing the other flag', async () => {
		const repo = freshRepository();
		await repo.buryItem('a', NOW + 1000);
		await repo.setSuspended('a', true);
		expect(await repo.loadItemFlags()).toEqual([{ itemId: 'a', isSuspended: true, buriedUntil: NOW + 1000 }]);
		await repo.setSuspended('a', false);
		expect(await repo.loadItemFlags()).toEqual([{ itemId: 'a', isSuspended: false, buriedUntil: NOW + 1000 }]);
	});
});

describe('key-only reads for the home page', () => {
	it('lists card ids, due ids and counts reviews in a window', async () => {
		const repo = freshRepository();
		const a = scheduler.grade('a', undefined, 'again', NOW); // due in a minute
		const b = scheduler.grade('b', undefined, 'easy', NOW); // due in days
		await repo.recordReview(a.card, a.review);
		await repo.recordReview(b.card, b.review);
		expect(await repo.loadCardItemIds()).toEqual(new Set(['a', 'b']));
		expect(await repo.loadDueItemIds(NOW + 120_000)).toEqual(new Set(['a']));
		expect(await repo.countReviewsBetween(NOW, NOW + 1)).toBe(2);
		expect(await repo.countReviewsBetween(NOW + 1, NOW + 2)).toBe(0);
	});
});
