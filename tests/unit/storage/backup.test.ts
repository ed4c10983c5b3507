import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupRepository } from '$lib/storage/backup';
import { readBackup } from '$lib/domain/backup/codec';
import { isDeviceSetting, LAST_BACKUP_AT_KEY, RESTORE_UNDO_KEY, type Backup } from '$lib/domain/backup/format';
import { schemaTableNames } from '$lib/domain/backup/row-schema';
import type { QaitalaDb } from '$lib/storage/db';
import { deleteAll, dumpTables, FILL_NOW, fillEveryTable, freshDb, study } from './fill-every-table';

afterEach(async () => {
	vi.restoreAllMocks();
	await deleteAll();
});

const META = { appVersion: 'test', createdAt: FILL_NOW + 10 * 86_400_000 };
const RESTORED_AT = FILL_NOW + 20 * 86_400_000;

/** The tables as the learner sees them: without this device's own settings rows. */
async function learnerDump(db: QaitalaDb) {
	const tables = await dumpTables(db);
	return Object.fromEntries(
		Object.entries(tables).map(([name, rows]) => [name, rows.filter((r) => !isDeviceSetting(name, r))])
	);
}

async function backupOf(db: QaitalaDb): Promise<Backup> {
	const read = readBackup(await new BackupRepository(db).exportBackup(META));
	if (!read.ok) throw new Error(`backup does not read back: ${JSON.stringify(read.error)}`);
	return read.backup;
}

describe('BackupRepository', () => {
	it('backs up every table of the database, each of which has a row schema', async () => {
		const db = freshDb();
		await fillEveryTable(db);
		const backup = await backupOf(db);
		const names = db.tables.map((t) => t.name).sort();
		expect(Object.keys(backup.tables).sort()).toEqual(names);
		expect(schemaTableNames().sort()).toEqual(names);
		for (const name of names) expect(backup.tables[name]!.length, name).toBeGreaterThan(0);
		expect(backup.header.counts).toEqual(
			Object.fromEntries(Object.entries(backup.tables).map(([n, rows]) => [n, rows.length]))
		);
	});

	it('round trip: backup, a fresh database, restore: every table is identical', async () => {
		const source = freshDb();
		await fillEveryTable(source);
		const backup = await backupOf(source);
		const target = freshDb();
		await new BackupRepository(target).restore(backup, 'replace', { appVersion: 'test', now: RESTORED_AT });

		expect(await learnerDump(target)).toEqual(await learnerDump(source));
		// What plain JSON would lose: a blank in a matching answer, a NaN in a set-aside row.
		const [attempt] = await target.testAttempts.toArray();
		const choices = (attempt!.answers[2]!.response as { choices: readonly (number | undefined)[] }).choices;
		expect(choices).toHaveLength(3);
		expect(choices[1]).toBeUndefined();
		expect(((await target.setAside.toArray())[0]!.row as { stability: number }).stability).toBeNaN();
		// The data of the backup is on this device now: that counts as backed up, at the file's date.
		expect((await target.settings.get(LAST_BACKUP_AT_KEY))?.value).toBe(META.createdAt);
	});

	it('leaves every table as it was when the restore transaction fails (quota exceeded)', async () => {
		const source = freshDb();
		await fillEveryTable(source);
		const backup = await backupOf(source);
		const target = freshDb();
		await study(target, 'eu-ca-1', ['good', 'good']);
		await new BackupRepository(target).markBackedUp(FILL_NOW);
		const before = await dumpTables(target);

		// Cards are cleared and written before reviews: the failure comes half-way through.
		// (On the tables' shared prototype: Dexie hands out more than one Table object per table.)
		const tablePrototype = Object.getPrototypeOf(target.reviews) as typeof target.reviews;
		const bulkPut = tablePrototype.bulkPut;
		const written: string[] = [];
		vi.spyOn(tablePrototype, 'bulkPut').mockImplementation(function (this: typeof target.reviews, ...args) {
			written.push(this.name);
			if (this.name === 'reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return bulkPut.apply(this, args);
		});
		const restore = new BackupRepository(target).restore(backup, 'replace', { appVersion: 'test', now: RESTORED_AT });
		await expect(restore).rejects.toMatchObject({ name: 'QuotaExceededError' });
		expect(written).toEqual(['cards', 'reviews']);
		expect(await dumpTables(target)).toEqual(before);
		expect(await target.settings.get(RESTORE_UNDO_KEY)).toBeUndefined();
	});

	it('undoes a restore, keeping what was studied after it', async () => {
		const source = freshDb();
		await fillEveryTable(source);
		const backup = await backupOf(source);
		const target = freshDb();
		await study(target, 'eu-ca-1', ['good', 'good']);
		const before = await learnerDump(target);
		const repository = new BackupRepository(target);

		await repository.restore(backup, 'replace', { appVersion: 'test', now: RESTORED_AT });
		expect(await repository.loadRestoreInfo()).toEqual({
			mode: 'replace',
			restoredAt: RESTORED_AT,
			fileCreatedAt: META.createdAt,
			merged: undefined
		});
		await study(target, 'kz-china-9', ['easy'], RESTORED_AT + 1000);

		await repository.undoRestore();
		const after = await learnerDump(target);
		expect(await repository.loadRestoreInfo()).toBeUndefined();
		expect(after.cards!.map((c) => (c as { itemId: string }).itemId).sort()).toEqual(['eu-ca-1', 'kz-china-9']);
		expect(after.reviews).toHaveLength(3);
		expect(after.reviews!.slice(0, 2)).toEqual(before.reviews);
		expect(after.receivedAssignments).toEqual([]);
		await expect(repository.undoRestore()).rejects.toThrow('no restore to undo');
	});

	it('merges: every distinct review once, each card at its latest state, local settings kept', async () => {
		const source = freshDb();
		await study(source, 'kz-china-1', ['good', 'good', 'good']);
		await study(source, 'kz-china-2', ['again'], FILL_NOW + 1000);
		const backup = await backupOf(source);
		const target = freshDb();
		await study(target, 'kz-china-1', ['good']); // the same first review as the backup's
		await study(target, 'kz-china-2', ['good', 'good'], FILL_NOW + 2000); // later than the backup's
		const repository = new BackupRepository(target);

		const info = await repository.restore(backup, 'merge', { appVersion: 'test', now: RESTORED_AT });
		expect(info.merged?.reviews).toEqual({ added: 3, replaced: 0 });
		expect(info.merged?.cards).toEqual({ added: 0, replaced: 1 });
		const cards = new Map((await target.cards.toArray()).map((c) => [c.itemId, c]));
		expect(cards.get('kz-china-1')).toEqual((await source.cards.get('kz-china-1'))!);
		expect(cards.get('kz-china-2')!.reps).toBe(2);
		expect(await target.reviews.count()).toBe(6);
	});
});
