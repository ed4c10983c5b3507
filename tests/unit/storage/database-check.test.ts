// The database check on fake-indexeddb: repairs, set-asides, counts, batches, and the card load path.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { CHECKED_VERSION_KEY, DatabaseCheck } from '$lib/storage/database-check';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import type { Card, Grade } from '$lib/domain/study/card';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
function fresh() {
	const db = new QaitalaDb(`database-check-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	return { db, repo: new StudyRepository(db) };
}

/** Grades `itemId` a few times through the repository; returns the card it ends with. */
async function study(
	repo: StudyRepository,
	itemId: string,
	grades: readonly Grade[] = ['good', 'good']
): Promise<Card> {
	const scheduler = new Scheduler();
	let card: Card | undefined;
	for (const [i, grade] of grades.entries()) {
		const outcome = scheduler.grade(itemId, card, grade, NOW + i * 86_400_000);
		await repo.recordReview(outcome.card, outcome.review);
		card = outcome.card;
	}
	return card!;
}

/** Writes a row as it is (bypassing every repository), as a damaged database would hold it. */
const putRaw = (db: QaitalaDb, table: string, row: unknown) => db.table(table).put(row);

describe('DatabaseCheck', () => {
	it('repairs what can be derived, sets aside the rest whole, and counts both by table', async () => {
		const { db, repo } = fresh();
		const good = await study(repo, 'good-card');
		const fromLog = await study(repo, 'bad-state');
		await putRaw(db, 'cards', { ...fromLog, state: 'weird' });
		await study(repo, 'lost-card');
		await db.cards.delete('lost-card'); // its grades stayed: an orphan log
		await putRaw(db, 'cards', { ...good, itemId: 'no-log', stability: NaN });
		await putRaw(db, 'cards', { ...good, itemId: 'far-future', dueAt: 8_640_000_000_000_000 });
		await putRaw(db, 'reviews', {
			itemId: 'x',
			grade: 'good',
			reviewedAt: NaN,
			cardBefore: null,
			elapsedDays: 0,
			scheduledDays: 0,
			stateAfter: 'learning'
		});
		await putRaw(db, 'itemFlags', { itemId: 'buried', isSuspended: false, buriedUntil: NaN });
		await putRaw(db, 'settings', { key: 'settings', value: { uiLanguage: 'ru', newCardsPerDay: -5 } });

		const report = await new DatabaseCheck(db, { clock: () => NOW }).run();

		expect(report.byTable.cards).toEqual({ checked: 4, repaired: 3, setAside: 1 }); // + the orphan rebuilt
		expect(report.byTable.reviews).toEqual({ checked: 7, repaired: 0, setAside: 1 });
		expect(report.byTable.itemFlags).toEqual({ checked: 1, repaired: 1, setAside: 0 });
		expect(report.byTable.settings).toEqual({ checked: 1, repaired: 1, setAside: 0 });
		expect(report).toMatchObject({ checked: 13, repaired: 5, setAside: 2 });

		const cards = await repo.loadCards();
		expect(cards.get('bad-state')).toEqual(fromLog);
		expect(cards.get('lost-card')?.reps).toBe(2);
		expect(cards.get('far-future')?.dueAt).toBe(NOW);
		expect(cards.has('no-log')).toBe(false);
		expect((await db.itemFlags.get('buried'))?.buriedUntil).toBe(NOW);
		expect((await repo.loadSettings('en')).uiLanguage).toBe('ru');

		const setAside = await db.setAside.orderBy('id').toArray();
		expect(setAside.map((r) => [r.table, r.setAsideAt])).toEqual([
			['reviews', NOW],
			['cards', NOW]
		]);
		expect(Number.isNaN((setAside[1]!.row as Card).stability)).toBe(true); // kept exactly as it was
		expect(setAside[1]!.reason).toMatch(/stability/);

		// A second check finds nothing more to do.
		expect(await new DatabaseCheck(db, { clock: () => NOW }).run()).toMatchObject({ repaired: 0, setAside: 0 });
	});

	it('walks a table in batches and checks every row exactly once', async () => {
		const { db, repo } = fresh();
		for (let i = 0; i < 7; i++) await study(repo, `item-${i}`, ['good']);
		for (const i of [1, 4, 6]) await putRaw(db, 'cards', { ...(await db.cards.get(`item-${i}`))!, state: 'weird' });
		const report = await new DatabaseCheck(db, { batchSize: 2, clock: () => NOW }).run();
		expect(report.byTable.cards).toEqual({ checked: 7, repaired: 3, setAside: 0 });
		expect(report.byTable.reviews.checked).toBe(7);
	});

	it('runs after an upgrade only: once per schema version', async () => {
		const { db, repo } = fresh();
		await study(repo, 'a');
		const check = new DatabaseCheck(db, { clock: () => NOW });
		expect((await check.runIfUpgraded())?.checked).toBe(3);
		expect((await db.settings.get(CHECKED_VERSION_KEY))?.value).toBe(db.verno);
		expect(await check.runIfUpgraded()).toBeUndefined();
		await db.settings.put({ key: CHECKED_VERSION_KEY, value: 4 });
		expect(await check.runIfUpgraded()).toBeDefined();
	});

	it('unlinks an assignment from a test attempt that is gone', async () => {
		const { db } = fresh();
		const assignment = {
			v: 1 as const,
			title: 'T',
			mode: 'test' as const,
			languages: ['en' as const],
			topicIds: ['t'],
			itemIds: ['a']
		};
		await db.receivedAssignments.put({ key: 'aaaaaaaa', code: 'x', assignment, addedAt: NOW, testAttemptId: 42 });
		const report = await new DatabaseCheck(db, { clock: () => NOW }).run();
		expect(report.byTable.receivedAssignments).toEqual({ checked: 1, repaired: 1, setAside: 0 });
		expect((await db.receivedAssignments.get('aaaaaaaa'))?.testAttemptId).toBeUndefined();
	});
});

describe('a card row with an unknown state or NaN stability (the study page threw "Invalid state")', () => {
	const item = (id: string): LocalizedItem => ({
		id,
		type: 'flashcard',
		prompt: id,
		answer: id,
		explanation: '',
		source: { doc: 'd.txt', lines: [1, 1] }
	});

	it('is repaired from its log when cards are loaded, before any check ran', async () => {
		const { db, repo } = fresh();
		const card = await study(repo, 'a');
		await putRaw(db, 'cards', { ...card, state: 'weird' });
		expect((await repo.loadCards(['a'])).get('a')).toEqual(card);
		expect(await db.cards.get('a')).toEqual(card);
	});

	it('without a log, is set aside and its item can be studied as new', async () => {
		const { db, repo } = fresh();
		const card = await study(repo, 'a');
		await db.reviews.clear();
		await putRaw(db, 'cards', { ...card, stability: NaN });
		const cards = await repo.loadCards(['a', 'b']);
		expect(cards.size).toBe(0);
		expect(await db.setAside.count()).toBe(1);

		let now = NOW;
		const session = new StudySession({
			items: [item('a')],
			day: { cards, flags: [], counts: { newCards: 0, reviewCards: 0 } },
			limits: { newCardsPerDay: 5, reviewsPerDay: 200 },
			repository: repo,
			scheduler: new Scheduler({ enableFuzz: false }),
			clock: () => (now += 1000)
		});
		expect(session.next).toEqual({ itemId: 'a', isNew: true });
		session.reveal();
		expect(session.outcomes?.good.card.state).toBe('learning');
		await session.grade('good');
		expect((await db.cards.get('a'))?.reps).toBe(1);
	});

	it('due before the others stays first and can be graded', async () => {
		const { db, repo } = fresh();
		const card = await study(repo, 'a');
		await putRaw(db, 'cards', { ...card, state: 'nonsense', dueAt: NOW - 1 });
		const cards = await repo.loadCards(['a']);
		let now = card.dueAt + 1000;
		const session = new StudySession({
			items: [item('a')],
			day: { cards, flags: [], counts: { newCards: 0, reviewCards: 0 } },
			limits: { newCardsPerDay: 0, reviewsPerDay: 200 },
			repository: repo,
			scheduler: new Scheduler({ enableFuzz: false }),
			clock: () => (now += 1000)
		});
		expect(session.next).toEqual({ itemId: 'a', isNew: false });
		session.reveal();
		await session.grade('good');
		expect((await db.cards.get('a'))?.reps).toBe(3);
	});
});
