// Each schema version is opened over data written by the one before.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { DatabaseCheck } from '$lib/storage/database-check';
import { ProblemReportRepository } from '$lib/storage/problem-reports';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

/** The tables of schema versions 4 and 5 exactly as they shipped. */
const STORES_V4 = {
	cards: '&itemId, dueAt, state',
	reviews: '++id, reviewedAt, itemId',
	settings: '&key',
	itemFlags: '&itemId',
	testAttempts: '++id, startedAt',
	receivedAssignments: '&key, addedAt',
	composedAssignments: '&key, createdAt',
	classResults: '++id, assignment, &[assignment+nameKey]',
	rosters: '&assignment',
	customBanks: '++id, importedAt'
};
const STORES_V5 = { ...STORES_V4, setAside: '++id, table, setAsideAt' };

describe('schema version 1 → current', () => {
	it('keeps cards, reviews and settings, and adds the later tables empty', async () => {
		const name = `migration-${Date.now()}`;
		// Version 1 exactly as it shipped.
		const v1 = new Dexie(name);
		v1.version(1).stores({ cards: '&itemId, dueAt, state', reviews: '++id, reviewedAt, itemId', settings: '&key' });
		const { card, review } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'good', NOW);
		await v1.table('cards').put(card);
		await v1.table('reviews').add(review);
		await v1.table('settings').put({
			key: 'settings',
			value: { uiLanguage: 'ru', contentLanguage: 'kk', desiredRetention: 0.85, newCardsPerDay: 7 }
		});
		v1.close();

		const db = new QaitalaDb(name);
		const repo = new StudyRepository(db);
		expect(db.verno).toBe(7);
		expect((await repo.loadCards()).get('a')).toEqual(card);
		expect(await repo.loadReviewFacts(0)).toHaveLength(1);
		expect((await repo.loadSettings('en')).newCardsPerDay).toBe(7);
		expect(await repo.loadItemFlags()).toEqual([]);
		expect(await db.testAttempts.count()).toBe(0);
		for (const table of [db.receivedAssignments, db.composedAssignments, db.classResults, db.rosters, db.customBanks]) {
			expect(await table.count()).toBe(0);
		}
		await repo.setSuspended('a', true);
		expect(await repo.loadItemFlags()).toEqual([{ itemId: 'a', isSuspended: true, buriedUntil: undefined }]);
		await db.delete();
	});
});

describe('schema version 4 → 5', () => {
	it('keeps every table, adds setAside empty, and the check after the upgrade sets a bad row aside', async () => {
		const name = `migration-v4-${Date.now()}`;
		// Version 4 exactly as it shipped.
		const v4 = new Dexie(name);
		v4.version(4).stores(STORES_V4);
		const { card, review } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'good', NOW);
		await v4.table('cards').bulkPut([card, { ...card, itemId: 'b', state: 'weird' }]);
		await v4.table('reviews').add(review);
		await v4.table('itemFlags').put({ itemId: 'a', isSuspended: true });
		await v4.table('rosters').put({ assignment: 'aaaaaaaa', names: ['Әлия'] });
		v4.close();

		const db = new QaitalaDb(name);
		expect(db.verno).toBe(7);
		expect(await db.cards.count()).toBe(2);
		expect(await db.itemFlags.get('a')).toEqual({ itemId: 'a', isSuspended: true });
		expect(await db.rosters.get('aaaaaaaa')).toEqual({ assignment: 'aaaaaaaa', names: ['Әлия'] });
		expect(await db.setAside.count()).toBe(0);

		const report = await new DatabaseCheck(db, { clock: () => NOW }).runIfUpgraded();
		expect(report).toMatchObject({ checked: 5, repaired: 0, setAside: 1 });
		expect(await db.cards.get('a')).toEqual(card);
		expect(await db.setAside.where('table').equals('cards').toArray()).toEqual([
			expect.objectContaining({ row: { ...card, itemId: 'b', state: 'weird' }, setAsideAt: NOW })
		]);
		await db.delete();
	});
});

describe('schema version 5 → 6', () => {
	it('marks every earlier review row unknown and untimed, and changes nothing else', async () => {
		const name = `migration-v5-${Date.now()}`;
		// Version 5 exactly as it shipped, with rows written the way that version wrote them.
		const v5 = new Dexie(name);
		v5.version(5).stores(STORES_V5);
		const scheduler = new Scheduler({ enableFuzz: false });
		const first = scheduler.grade('a', undefined, 'good', NOW);
		const second = scheduler.grade('a', first.card, 'again', NOW + 600_000);
		const asShipped = ({ source: _source, durationMs: _durationMs, ...row }: typeof first.review) => row;
		await v5.table('reviews').bulkAdd([asShipped(first.review), asShipped(second.review)]);
		await v5.table('cards').put(second.card);
		v5.close();

		const db = new QaitalaDb(name);
		const rows = await db.reviews.orderBy('id').toArray();
		expect(db.verno).toBe(7);
		expect(rows).toEqual([
			{ ...first.review, id: 1, source: 'unknown', durationMs: null },
			{ ...second.review, id: 2, source: 'unknown', durationMs: null }
		]);
		expect(await db.cards.get('a')).toEqual(second.card);
		const report = await new DatabaseCheck(db, { clock: () => NOW }).runIfUpgraded();
		expect(report).toMatchObject({ repaired: 0, setAside: 0 });

		// Grades from now on keep where they came from.
		const repo = new StudyRepository(db);
		const third = scheduler.grade('a', second.card, 'good', NOW + 1_200_000, { source: 'quiz', durationMs: 4200 });
		expect(await repo.recordReview(third.card, third.review)).toMatchObject({ ok: true });
		expect((await db.reviews.orderBy('id').last())?.source).toBe('quiz');
		expect((await db.reviews.orderBy('id').last())?.durationMs).toBe(4200);
		await db.delete();
	});
});

describe('schema version 6 → 7', () => {
	it('keeps every table as it was, adds problemReports empty, and reports can be kept at once', async () => {
		const name = `migration-v6-${Date.now()}`;
		// Version 6 exactly as it shipped.
		const v6 = new Dexie(name);
		// Version 6 rewrote review rows only: its tables are version 5's.
		v6.version(6).stores(STORES_V5);
		const { card, review } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'good', NOW, {
			source: 'self',
			durationMs: 3000
		});
		await v6.table('cards').put(card);
		await v6.table('reviews').add(review);
		await v6.table('itemFlags').put({ itemId: 'a', isSuspended: true });
		v6.close();

		const db = new QaitalaDb(name);
		expect(db.verno).toBe(7);
		expect(await db.cards.get('a')).toEqual(card);
		expect(await db.reviews.toArray()).toEqual([{ ...review, id: 1 }]);
		expect(await db.itemFlags.get('a')).toEqual({ itemId: 'a', isSuspended: true });
		expect(await db.problemReports.count()).toBe(0);
		expect(await new DatabaseCheck(db, { clock: () => NOW }).runIfUpgraded()).toMatchObject({
			repaired: 0,
			setAside: 0
		});

		const reports = new ProblemReportRepository(db);
		await reports.report({
			itemId: 'a',
			reason: 'typo',
			comment: 'Әріп қате',
			prompt: 'Сұрақ?',
			language: 'kk',
			reportedAt: NOW
		});
		expect(await reports.list()).toEqual([
			{ id: 1, itemId: 'a', reason: 'typo', comment: 'Әріп қате', prompt: 'Сұрақ?', language: 'kk', reportedAt: NOW }
		]);
		await db.delete();
	});
});
