// Each schema version is opened over data written by the one before (STYLE.md, "Storage code").
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/repository';
import { Scheduler } from '$lib/domain/study/scheduler';

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
