// One writer per card: several tabs are several connections to one database (here, Dexie instances
// sharing a name). A grade, an undo and the daily limits are checked inside the write's transaction.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository, type RecordResult } from '$lib/storage/study-repository';
import { isQuotaExceeded } from '$lib/domain/errors';
import { AssignmentRepository } from '$lib/storage/assignments';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { Card } from '$lib/domain/study/card';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const DAY_START = NOW - 9 * 3_600_000;
const LIMITS = { newCardsPerDay: 2, reviewsPerDay: 200, dayStartMs: DAY_START };
const scheduler = new Scheduler({ enableFuzz: false });
const opened: QaitalaDb[] = [];
let counter = 0;

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await db.delete();
	}
});

/** Three tabs open on one fresh database. */
function tabs(): [StudyRepository, StudyRepository, StudyRepository] {
	const name = `tabs-${Date.now()}-${counter++}`;
	const open = () => {
		const db = new QaitalaDb(name);
		opened.push(db);
		return new StudyRepository(db);
	};
	return [open(), open(), open()];
}

async function recorded(result: Promise<RecordResult>): Promise<number> {
	const saved = await result;
	if (!saved.ok) throw new Error(`refused: ${saved.refusal}`);
	return saved.reviewId;
}

/** A card in review, last seen `daysAgo` days before NOW and due by then. */
function reviewCard(itemId: string, daysAgo = 10): Card {
	const at = NOW - daysAgo * 86_400_000;
	const learnt = scheduler.grade(itemId, undefined, 'easy', at).card;
	return { ...learnt, dueAt: NOW - 60_000 };
}

describe('a grade is refused when the card changed since it was shown', () => {
	it('the same new card graded in two tabs: the second grade is refused, one review row, nothing lost (a)', async () => {
		const [e, f] = tabs();
		const good = scheduler.grade('a', undefined, 'good', NOW);
		const easy = scheduler.grade('a', undefined, 'easy', NOW + 1000);
		expect((await e.recordReview(good.card, good.review, { limits: LIMITS })).ok).toBe(true);
		expect(await f.recordReview(easy.card, easy.review, { limits: LIMITS })).toEqual({
			ok: false,
			refusal: 'changedElsewhere'
		});
		expect((await f.loadCards()).get('a')).toEqual(good.card);
		expect(await f.db.reviews.count()).toBe(1);
		expect(await f.loadDayCounts(DAY_START)).toEqual({ newCards: 1, reviewCards: 0 });
	});

	it('a grade of a stale copy is refused; graded again from the stored card, it is saved', async () => {
		const [e, f] = tabs();
		const first = scheduler.grade('a', undefined, 'again', NOW);
		await e.recordReview(first.card, first.review);
		const inE = scheduler.grade('a', first.card, 'good', NOW + 60_000);
		await e.recordReview(inE.card, inE.review);
		// F still shows the card as it was after the first grade.
		const stale = scheduler.grade('a', first.card, 'easy', NOW + 70_000);
		expect(await f.recordReview(stale.card, stale.review)).toEqual({ ok: false, refusal: 'changedElsewhere' });
		const fresh = scheduler.grade('a', (await f.loadCards()).get('a'), 'easy', NOW + 80_000);
		expect((await f.recordReview(fresh.card, fresh.review)).ok).toBe(true);
		const rows = await f.db.reviews.orderBy('id').toArray();
		expect(rows.map((r) => r.cardBefore?.reps ?? null)).toEqual([null, 1, 2]);
		expect((await f.loadCards()).get('a')?.reps).toBe(3);
	});

	it('a card stored with NaN stability still matches itself', async () => {
		const [tab] = tabs();
		const bad = { ...reviewCard('a'), stability: Number.NaN };
		await tab.db.cards.put(bad);
		const { card, review } = scheduler.grade('a', bad, 'good', NOW);
		expect((await tab.recordReview(card, review)).ok).toBe(true);
	});
});

describe('undo takes back only a review whose card is still as that review left it', () => {
	it('E and F grade the same card, E undoes: refused, both grades stay (b)', async () => {
		const [e, f] = tabs();
		const inE = scheduler.grade('a', undefined, 'good', NOW);
		const idE = await recorded(e.recordReview(inE.card, inE.review));
		const inF = scheduler.grade('a', (await f.loadCards()).get('a'), 'easy', NOW + 60_000);
		await recorded(f.recordReview(inF.card, inF.review));
		expect(await e.undoReview(idE, inE.card)).toEqual({ ok: false, refusal: 'changedElsewhere' });
		expect((await e.loadCards()).get('a')).toEqual(inF.card);
		expect(await e.db.reviews.count()).toBe(2);
	});

	it('F undoes its own latest grade: allowed, the card is back to E’s grade', async () => {
		const [e, f] = tabs();
		const inE = scheduler.grade('a', undefined, 'good', NOW);
		await recorded(e.recordReview(inE.card, inE.review));
		const inF = scheduler.grade('a', inE.card, 'easy', NOW + 60_000);
		const idF = await recorded(f.recordReview(inF.card, inF.review));
		expect(await f.undoReview(idF, inF.card)).toEqual({ ok: true, cardBefore: inE.card });
		expect((await e.loadCards()).get('a')).toEqual(inE.card);
	});
});

describe('daily limits are counted from the log inside the grade', () => {
	it('three tabs with a limit of 2 new cards introduce 2, not 6 (c)', async () => {
		const all = tabs();
		const results = [];
		for (const [i, tab] of all.entries()) {
			for (const itemId of [`t${i}-1`, `t${i}-2`]) {
				const { card, review } = scheduler.grade(itemId, undefined, 'easy', NOW + results.length * 1000);
				results.push(await tab.recordReview(card, review, { limits: LIMITS }));
			}
		}
		expect(results.map((r) => (r.ok ? 'ok' : r.refusal))).toEqual([
			'ok',
			'ok',
			'newLimit',
			'newLimit',
			'newLimit',
			'newLimit'
		]);
		expect(await all[2].db.cards.count()).toBe(2);
		expect(await all[2].db.reviews.count()).toBe(2);
	});

	it('the review limit holds cards in review back, never learning ones, and yesterday does not count', async () => {
		const [tab] = tabs();
		const limits = { ...LIMITS, reviewsPerDay: 1 };
		await tab.db.cards.bulkPut(['y', 'r1', 'r2'].map((id) => reviewCard(id)));
		const yesterday = scheduler.grade('y', reviewCard('y'), 'good', DAY_START - 1000);
		await recorded(
			tab.recordReview(yesterday.card, yesterday.review, { limits: { ...limits, dayStartMs: DAY_START - 86_400_000 } })
		);
		const first = scheduler.grade('r1', reviewCard('r1'), 'good', NOW);
		const second = scheduler.grade('r2', reviewCard('r2'), 'good', NOW + 1000);
		expect((await tab.recordReview(first.card, first.review, { limits })).ok).toBe(true);
		expect(await tab.recordReview(second.card, second.review, { limits })).toEqual({
			ok: false,
			refusal: 'reviewLimit'
		});
		const learning = scheduler.grade('l', undefined, 'again', NOW);
		await recorded(tab.recordReview(learning.card, learning.review));
		const again = scheduler.grade('l', learning.card, 'good', NOW + 60_000);
		expect((await tab.recordReview(again.card, again.review, { limits })).ok).toBe(true);
	});

	it('an undone new card gives its place back', async () => {
		const [tab] = tabs();
		const limits = { ...LIMITS, newCardsPerDay: 1 };
		const a = scheduler.grade('a', undefined, 'easy', NOW);
		const id = await recorded(tab.recordReview(a.card, a.review, { limits }));
		const b = scheduler.grade('b', undefined, 'easy', NOW + 1000);
		expect(await tab.recordReview(b.card, b.review, { limits })).toEqual({ ok: false, refusal: 'newLimit' });
		await tab.undoReview(id, a.card);
		expect((await tab.recordReview(b.card, b.review, { limits })).ok).toBe(true);
	});
});

/** Makes writes to `table` fail as a full disk does, while `isFull()` says so. */
function fillDisk(db: QaitalaDb, table: string, isFull: () => boolean): void {
	db.use({
		stack: 'dbcore',
		name: 'full-disk',
		create: (down) => ({
			...down,
			table: (name) => {
				const inner = down.table(name);
				return {
					...inner,
					mutate: (req) =>
						name === table && isFull()
							? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
							: inner.mutate(req)
				};
			}
		})
	});
}

describe('faults during a grade leave nothing half-written', () => {
	for (const table of ['cards', 'reviews', 'receivedAssignments']) {
		it(`storage full while writing ${table}: refused as storageFull, nothing stored, and the card can be graded after`, async () => {
			const db = new QaitalaDb(`quota-${Date.now()}-${counter++}`);
			opened.push(db);
			let isFull = false;
			fillDisk(db, table, () => isFull);
			const repo = new StudyRepository(db);
			const assignments = new AssignmentRepository(db);
			await db.receivedAssignments.add({ key: 'k', code: 'c', assignment: {} as never, addedAt: NOW });
			isFull = true;
			const { card, review } = scheduler.grade('a', undefined, 'good', NOW);
			const alongside = assignments.progressWrite('k', { done: 1 });
			expect(await repo.recordReview(card, review, { alongside, limits: LIMITS })).toEqual({
				ok: false,
				refusal: 'storageFull'
			});
			expect(await db.cards.count()).toBe(0);
			expect(await db.reviews.count()).toBe(0);
			expect((await db.receivedAssignments.get('k'))?.done).toBeUndefined();

			isFull = false;
			expect((await repo.recordReview(card, review, { alongside, limits: LIMITS })).ok).toBe(true);
			expect(await db.reviews.count()).toBe(1);
			expect((await db.receivedAssignments.get('k'))?.done).toBe(1);
		});
	}

	it('storage full during an undo: refused, the grade stays whole', async () => {
		const db = new QaitalaDb(`quota-undo-${Date.now()}-${counter++}`);
		opened.push(db);
		let isFull = false;
		fillDisk(db, 'cards', () => isFull);
		const repo = new StudyRepository(db);
		const first = scheduler.grade('a', undefined, 'good', NOW);
		await recorded(repo.recordReview(first.card, first.review));
		const second = scheduler.grade('a', first.card, 'good', NOW + 60_000);
		const id = await recorded(repo.recordReview(second.card, second.review));
		isFull = true;
		expect(await repo.undoReview(id, second.card)).toEqual({ ok: false, refusal: 'storageFull' });
		expect((await repo.loadCards()).get('a')).toEqual(second.card);
		expect(await db.reviews.count()).toBe(2);
	});

	it('a write that fails in another way is thrown, with nothing written', async () => {
		const [tab] = tabs();
		const { card, review } = scheduler.grade('a', undefined, 'good', NOW);
		const alongside = { tables: [tab.db.receivedAssignments], write: () => Promise.reject(new Error('disk gone')) };
		await expect(tab.recordReview(card, review, { alongside })).rejects.toThrow('disk gone');
		expect(await tab.db.cards.count()).toBe(0);
		expect(await tab.db.reviews.count()).toBe(0);
	});

	it('recognises a full disk however Dexie wraps it', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(isQuotaExceeded(quota)).toBe(true);
		expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
		expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
		expect(isQuotaExceeded(undefined)).toBe(false);
	});
});

describe('watch', () => {
	it('sees a grade made in another tab', async () => {
		const [e, f] = tabs();
		const seen: number[] = [];
		const stop = e.watch(
			() => e.loadStudyDay(['a', 'b'], DAY_START),
			(day) => seen.push(day.cards.size)
		);
		await expect.poll(() => seen).toEqual([0]);
		const { card, review } = scheduler.grade('b', undefined, 'good', NOW);
		await f.recordReview(card, review);
		await expect.poll(() => seen).toEqual([0, 1]);
		stop();
	});
});
