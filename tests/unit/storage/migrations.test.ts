// Each schema version is opened over data written by the one before.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { DatabaseCheck } from '$lib/storage/database-check';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

describe('schema version 1 → current', () => {
	it('keeps cards, reviews and settings, and adds the later tables empty', async () => {
		const name = `migration-${Date.now()}`;
		// Version 1 exactly as it shipped.
		const v1 = new Dexie(name);
		v1.version(1).stores({ cards: '&itemId, dueAt, state', reviews: '++id, reviewedAt, itemId', settings: '&key' });
		const { card, review } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'good', NOW);
		await v1.table('cards').put(card);
		await v1.table('reviews').add(review);
		await v1.table('settings').put({ key: 'settings', value: { uiLanguage: 'ru', contentLanguage: 'kk', desiredRetention: 0.85, newCardsPerDay: 7 } });
		v1.close();

		const db = new QaitalaDb(name);
		const repo = new StudyRepository(db);
		expect(db.verno).toBe(5);
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
		v4.version(4).stores({
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
		});
		const { card, review } = new Scheduler({ enableFuzz: false }).grade('a', undefined, 'good', NOW);
		await v4.table('cards').bulkPut([card, { ...card, itemId: 'b', state: 'weird' }]);
		await v4.table('reviews').add(review);
		await v4.table('itemFlags').put({ itemId: 'a', isSuspended: true });
		await v4.table('rosters').put({ assignment: 'aaaaaaaa', names: ['Әлия'] });
		v4.close();

		const db = new QaitalaDb(name);
		expect(db.verno).toBe(5);
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
