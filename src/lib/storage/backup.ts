/**
 * Backups in storage terms: every table read in one transaction, and a restore (or its undo) written
 * in one transaction over every table, so a failure or a killed browser leaves the old data whole.
 * The tables are the database's own list, so a table added later is backed up without a change here.
 */
import type { Table } from 'dexie';
import { encodeBackup, readBackup, type RowSchemaLookup } from '../domain/backup/codec';
import { RESTORE_UNDO_KEY, type Backup, type BackupTables } from '../domain/backup/format';
import {
	planRestore,
	planUndo,
	type MergeCounts,
	type RestoreMode,
	type RestorePlan,
	type TableShape
} from '../domain/backup/merge';
import { rowSchemaFor } from '../domain/backup/row-schema';
import { MissingRecordError } from '../domain/errors';
import { BackupDatesRepository } from './backup-dates';
import type { QaitalaDb } from './db';
import { getDb } from './connection';

/** What the page can say about the last restore, which can still be undone. */
export interface RestoreInfo {
	mode: RestoreMode;
	/** Epoch ms of the restore, and of the file it came from. */
	restoredAt: number;
	fileCreatedAt: number;
	merged?: MergeCounts;
}

/** The undo snapshot as stored: the data before the restore, as a backup file's bytes. */
interface UndoRecord extends RestoreInfo {
	snapshot: Uint8Array;
}

/** A table whose rows are keyed outside themselves: a backup could not say which key is whose. */
class OutboundKeyError extends Error {
	override name = 'OutboundKeyError';
}

function asUndoRecord(value: unknown): UndoRecord | undefined {
	const v = value as Partial<UndoRecord> | null | undefined;
	const isRecord =
		!!v &&
		(v.mode === 'replace' || v.mode === 'merge') &&
		typeof v.restoredAt === 'number' &&
		typeof v.fileCreatedAt === 'number' &&
		v.snapshot instanceof Uint8Array;
	return isRecord ? (v as UndoRecord) : undefined;
}

/** Everything a backup does in storage; the dates the reminder reads come from BackupDatesRepository. */
export class BackupRepository extends BackupDatesRepository {
	constructor(
		db: QaitalaDb,
		readonly schemaFor: RowSchemaLookup = rowSchemaFor
	) {
		super(db);
	}

	get #tables(): Table[] {
		return this.db.tables;
	}

	/** How each table keys its rows, from the database's declared schema. */
	tableShapes(): TableShape[] {
		return this.#tables.map(({ name, schema }) => {
			const keyPath = schema.primKey.keyPath;
			// Every table keys rows by one of their own properties; the backup's rows rely on it.
			if (typeof keyPath !== 'string') throw new OutboundKeyError(`table ${name} has no inbound primary key`);
			const uniqueIndexes = schema.indexes
				.filter((index) => index.unique)
				.map((index) => (Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath ?? index.name]));
			return { name, primaryKey: keyPath, isAutoIncrement: !!schema.primKey.auto, uniqueIndexes };
		});
	}

	/** Every row of every table, read in one transaction so the backup is one moment's data. */
	async readAll(): Promise<BackupTables> {
		return this.db.transaction('r', this.#tables, () => this.#readTables());
	}

	async #readTables(): Promise<BackupTables> {
		const rows = await Promise.all(this.#tables.map((table) => table.toArray()));
		return Object.fromEntries(this.#tables.map((table, i) => [table.name, rows[i]!]));
	}

	/** The backup file's bytes: every table, without this device's own settings. */
	async exportBackup(meta: { appVersion: string; createdAt: number }): Promise<Uint8Array> {
		return encodeBackup(await this.readAll(), meta);
	}

	/**
	 * Writes a checked backup (replacing or merging) and keeps the data it replaces as an undo
	 * snapshot, all in one transaction: if any write fails, every table stays as it was.
	 */
	async restore(backup: Backup, mode: RestoreMode, meta: { appVersion: string; now: number }): Promise<RestoreInfo> {
		return this.db.transaction('rw', this.#tables, async () => {
			const local = await this.#readTables();
			const snapshot = encodeBackup(local, { appVersion: meta.appVersion, createdAt: meta.now });
			const plan = planRestore(local, backup, mode, this.tableShapes());
			const info: RestoreInfo = {
				mode,
				restoredAt: meta.now,
				fileCreatedAt: backup.header.createdAt,
				merged: plan.merged
			};
			await this.#write(plan);
			await this.db.settings.put({ key: RESTORE_UNDO_KEY, value: { ...info, snapshot } satisfies UndoRecord });
			return info;
		});
	}

	async #write(plan: RestorePlan): Promise<void> {
		for (const table of this.#tables) {
			await table.clear();
			const rows = plan.tables[table.name] ?? [];
			if (rows.length) await table.bulkPut(rows);
		}
	}

	/** The restore that can still be undone, if any. */
	async loadRestoreInfo(): Promise<RestoreInfo | undefined> {
		const record = asUndoRecord((await this.db.settings.get(RESTORE_UNDO_KEY))?.value);
		if (!record) return undefined;
		const { snapshot: _bytes, ...info } = record;
		return info;
	}

	/**
	 * Puts back the data from before the last restore, keeping what was studied since; in one
	 * transaction. Throws MissingRecordError when there is nothing (valid) to undo: a stored
	 * record that is not one (edited by hand, or from a later version) is no undo.
	 */
	async undoRestore(): Promise<void> {
		await this.db.transaction('rw', this.#tables, async () => {
			const record = asUndoRecord((await this.db.settings.get(RESTORE_UNDO_KEY))?.value);
			const snapshot = record && readBackup(record.snapshot, this.schemaFor);
			if (!record || !snapshot?.ok) throw new MissingRecordError('no restore to undo');
			await this.#write(planUndo(snapshot.backup, await this.#readTables(), record.restoredAt, this.tableShapes()));
		});
	}

	/** Forgets the undo snapshot (the student keeps the restored data, and the space). */
	async discardUndo(): Promise<void> {
		await this.db.settings.delete(RESTORE_UNDO_KEY);
	}
}

let shared: BackupRepository | undefined;

/** The app's backups, opened on first use in the browser (never during prerendering). */
export function getBackupRepository(): BackupRepository {
	shared ??= new BackupRepository(getDb());
	return shared;
}
