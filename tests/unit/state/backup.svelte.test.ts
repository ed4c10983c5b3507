import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { BackupState, type BackupOptions } from '$lib/state/backup.svelte';
import { BackupRepository } from '$lib/storage/backup';
import type { QaitalaDb } from '$lib/storage/db';
import { deleteAll, dumpTables, FILL_NOW, fillEveryTable, freshDb, study } from '../storage/fill-every-table';

const DAY = 86_400_000;

afterEach(async () => {
	vi.restoreAllMocks();
	await deleteAll();
});

function stateFor(db: QaitalaDb, now = FILL_NOW + 30 * DAY) {
	const options: BackupOptions = { appVersion: 'test', now: () => now, afterDataChange: vi.fn() };
	const repository = new BackupRepository(db);
	return { state: new BackupState(() => repository, options), options, repository };
}

/** A backup file made by the app from a database with every kind of row. */
async function realBackupFile(): Promise<File> {
	const db = freshDb('state-source');
	await fillEveryTable(db);
	const bytes = await new BackupRepository(db).exportBackup({ appVersion: 'test', createdAt: FILL_NOW + 10 * DAY });
	return new File([bytes as Uint8Array<ArrayBuffer>], 'qaitala-backup-2026-11-12.qaitala-backup');
}

describe('BackupState', () => {
	it('downloads a backup under a dated name and notes when', async () => {
		const db = freshDb();
		await study(db, 'kz-china-1', ['good']);
		const { state } = stateFor(db, new Date(2026, 11, 6, 12).getTime());
		const save = vi.fn();
		await state.download(save);
		expect(save).toHaveBeenCalledWith(expect.any(Blob), 'qaitala-backup-2026-12-06.qaitala-backup');
		expect(state.savedFileName).toBe('qaitala-backup-2026-12-06.qaitala-backup');
		expect(state.lastBackupAt).toBe(new Date(2026, 11, 6, 12).getTime());
		expect(state.problem).toBeUndefined();
	});

	it('shows what a chosen backup holds before anything is written', async () => {
		const db = freshDb();
		const { state } = stateFor(db);
		await state.chooseFile(await realBackupFile());
		expect(state.problem).toBeUndefined();
		expect(state.preview?.fileName).toBe('qaitala-backup-2026-11-12.qaitala-backup');
		const counts = Object.fromEntries(state.preview!.summary.counts.map((c) => [c.table, c.count]));
		expect(counts).toMatchObject({ cards: 3, reviews: 8, testAttempts: 1, customBanks: 1, setAside: 1 });
		expect(state.preview!.summary.reviewRange?.from).toBe(FILL_NOW);
		expect(await db.cards.count()).toBe(0);
	});

	it('restores, keeps an undo across a reload, and undoes', async () => {
		const db = freshDb();
		await study(db, 'eu-ca-1', ['good']);
		const { state, options, repository } = stateFor(db);
		await state.chooseFile(await realBackupFile());
		await state.restore('replace');
		expect(options.afterDataChange).toHaveBeenCalledOnce();
		expect(state.isBusy).toBe(true); // until the page reloads
		expect(await db.cards.count()).toBe(3);

		const reloaded = new BackupState(() => repository, options);
		await reloaded.load();
		expect(reloaded.restoreInfo).toMatchObject({ mode: 'replace', fileCreatedAt: FILL_NOW + 10 * DAY });
		await reloaded.undo();
		expect(options.afterDataChange).toHaveBeenCalledTimes(2);
		expect((await db.cards.toArray()).map((c) => c.itemId)).toEqual(['eu-ca-1']);
		expect(reloaded.isBusy).toBe(true);
		await reloaded.load();
		expect(reloaded.restoreInfo).toBeUndefined();
	});

	it('says the device is full and changes nothing when the restore runs out of space', async () => {
		const db = freshDb();
		await study(db, 'eu-ca-1', ['good', 'again']);
		const before = await dumpTables(db);
		const { state, options } = stateFor(db);
		await state.chooseFile(await realBackupFile());
		const tablePrototype = Object.getPrototypeOf(db.reviews) as typeof db.reviews;
		vi.spyOn(tablePrototype, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
		await state.restore('merge');
		expect(state.problem).toEqual({ key: 'backup.error.quota' });
		expect(options.afterDataChange).not.toHaveBeenCalled();
		expect(await dumpTables(db)).toEqual(before);
	});

	it('refuses a file too large to be a backup without reading it', async () => {
		const { state } = stateFor(freshDb());
		const huge = { size: 1e10, name: 'big', arrayBuffer: vi.fn() } as unknown as File;
		await state.chooseFile(huge);
		expect(state.problem).toEqual({ key: 'backup.error.tooLarge' });
		expect(huge.arrayBuffer).not.toHaveBeenCalled();
	});

	it('never writes when a chosen file is damaged or hostile (property test)', async () => {
		const db = freshDb();
		await study(db, 'eu-ca-1', ['good']);
		const before = await dumpTables(db);
		const real = new Uint8Array(await (await realBackupFile()).arrayBuffer());
		const { state, options } = stateFor(db);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.uint8Array({ maxLength: 512 }),
					fc.nat({ max: real.length - 1 }).map((n) => real.slice(0, n))
				),
				async (bytes) => {
					await state.chooseFile(new File([bytes as Uint8Array<ArrayBuffer>], 'x.qaitala-backup'));
					expect(state.problem?.key).toMatch(/^backup\.error\./);
					await state.restore('replace'); // nothing chosen: does nothing
				}
			),
			{ numRuns: 60 }
		);
		expect(options.afterDataChange).not.toHaveBeenCalled();
		expect(await dumpTables(db)).toEqual(before);
	}, 30_000);
});
