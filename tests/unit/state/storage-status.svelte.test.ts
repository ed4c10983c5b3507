// The storage panels' state over fake-indexeddb and a fake storage manager.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { LAST_BACKUP_KEY, PERSISTENCE_ASKED_KEY, StorageStatusRepository } from '$lib/storage/storage-status';
import type { StorageManagerLike } from '$lib/storage/persistence';
import { StorageStatusState } from '$lib/state/storage-status.svelte';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { describeSize } from '$lib/domain/data/storage-size';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

/** A storage manager that keeps data once asked when `grants` is true. */
function fakeStorage({ grants = false, persisted = false } = {}) {
	const calls = { persist: 0 };
	const storage: StorageManagerLike = {
		persisted: async () => persisted,
		persist: async () => {
			calls.persist++;
			persisted = grants;
			return grants;
		},
		estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })
	};
	return { storage, calls };
}

function fresh(storage: StorageManagerLike) {
	const db = new QaitalaDb(`storage-status-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	const repository = new StorageStatusRepository(db, storage);
	return {
		db,
		state: new StorageStatusState(
			() => repository,
			() => NOW
		)
	};
}

async function gradeOnce(db: QaitalaDb) {
	const { card, review } = new Scheduler().grade('a', undefined, 'good', NOW);
	await new StudyRepository(db).recordReview(card, review);
}

describe('StorageStatusState', () => {
	it('reads persistence, space, the last backup (never, until one is written) and set-aside rows', async () => {
		const { storage } = fakeStorage();
		const { db, state } = fresh(storage);
		await state.load();
		expect(state.status).toEqual({
			isDatabaseAvailable: true,
			isPersisted: false,
			usageBytes: 3 * 1024 * 1024,
			quotaBytes: 2 * 1024 * 1024 * 1024,
			lastBackupAt: undefined,
			setAsideCount: 0
		});
		await db.settings.put({ key: LAST_BACKUP_KEY, value: NOW - 1000 });
		await db.setAside.add({ table: 'cards', row: {}, reason: 'x', setAsideAt: NOW });
		await state.load();
		expect(state.status).toMatchObject({ lastBackupAt: NOW - 1000, setAsideCount: 1 });
		await db.settings.put({ key: LAST_BACKUP_KEY, value: 'yesterday' });
		await state.load();
		expect(state.status?.lastBackupAt).toBeUndefined();
	});

	it('says so when IndexedDB cannot be opened', async () => {
		const { storage } = fakeStorage();
		const { db, state } = fresh(storage);
		db.close();
		db.open = () => Promise.reject(new Error('blocked')) as never; // as in a private window
		await state.load();
		expect(state.status?.isDatabaseAvailable).toBe(false);
	});

	it('asks after a study session only once, only with progress to keep, and says what the browser answered', async () => {
		const { storage, calls } = fakeStorage({ grants: false });
		const { db, state } = fresh(storage);
		expect(await state.askAfterSession()).toBe(false); // nothing studied yet
		await gradeOnce(db);
		expect(await state.askAfterSession()).toBe(true);
		expect(state.persistOutcome).toBe('refused');
		expect((await db.settings.get(PERSISTENCE_ASKED_KEY))?.value).toBe(NOW);
		expect(await state.askAfterSession()).toBe(false);
		expect(calls.persist).toBe(1);
	});

	it('does not ask when the browser keeps the data already; the button asks whenever pressed', async () => {
		const kept = fresh(fakeStorage({ persisted: true }).storage);
		await gradeOnce(kept.db);
		expect(await kept.state.askAfterSession()).toBe(false);

		const { storage, calls } = fakeStorage({ grants: true });
		const { state } = fresh(storage);
		await state.askPersistence();
		expect(state.persistOutcome).toBe('kept');
		expect(state.status?.isPersisted).toBe(true);
		expect(calls.persist).toBe(1);
	});

	it('asks when the app is installed', async () => {
		const { storage, calls } = fakeStorage({ grants: true });
		const { state } = fresh(storage);
		await state.askOnInstall();
		expect(calls.persist).toBe(1);
	});

	it('checks the database and keeps the counts to show', async () => {
		const { db, state } = fresh(fakeStorage().storage);
		await gradeOnce(db);
		await db.table('cards').put({ ...(await db.cards.get('a'))!, state: 'weird' });
		await state.checkDatabase();
		expect(state.report).toMatchObject({ checked: 2, repaired: 1, setAside: 0 });
		expect(state.isChecking).toBe(false);
		expect(state.checkFailed).toBe(false);
	});
});

describe('describeSize', () => {
	it.each([
		[0, 'megabytes', 0],
		[3_500_000, 'megabytes', 3.3],
		[150 * 1024 * 1024, 'megabytes', 150],
		[2.5 * 1024 ** 3, 'gigabytes', 2.5],
		[NaN, 'megabytes', 0]
	])('%d bytes are %s %d', (bytes, unit, value) => {
		expect(describeSize(bytes)).toEqual({ unit, value });
	});
});
