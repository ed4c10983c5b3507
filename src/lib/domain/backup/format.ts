/**
 * The backup file: every table of the device's database as JSON, gzipped. The JSON is
 * `{ header, tables }`; the header says what made the file and how many rows each table has, so a
 * reader can check it is whole. Dates are epoch milliseconds, as they are stored.
 */

export const BACKUP_FORMAT = 'qaitala-backup';
/** Bumped when the layout of the file changes (not when a table is added: tables are listed by name). */
// 2: review rows carry their source and answer duration (version 1's rows read as unknown).
export const BACKUP_VERSION = 2;
export const KNOWN_BACKUP_VERSIONS: readonly number[] = [1, 2];
export const BACKUP_FILE_EXTENSION = '.qaitala-backup';

/**
 * Bounds for untrusted files. A heavy learner (10,000 cards, 100,000 reviews) makes about 40 MB of
 * JSON and 4 MB of file; these leave room for several times that and stop a "zip bomb" early.
 */
export const MAX_BACKUP_FILE_BYTES = 48 * 1024 * 1024;
export const MAX_INFLATED_BYTES = 160 * 1024 * 1024;
export const MAX_ROWS_PER_TABLE = 400_000;

import { DEVICE_SETTING_KEYS } from './device-keys';

// The device's own settings rows live in a module of their own, so pages that only read them stay small.
export {
	LAST_BACKUP_AT_KEY,
	REMINDER_DISMISSED_AT_KEY,
	RESTORE_UNDO_KEY,
	CHECKED_SCHEMA_VERSION_KEY,
	PERSISTENCE_ASKED_AT_KEY,
	DEVICE_SETTING_KEYS
} from './device-keys';

/** The table whose rows are `{ key, value }` and may hold device settings. */
export const SETTINGS_TABLE = 'settings';

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** The build of the app that wrote the file (informative only). */
	appVersion: string;
	/** Epoch ms. */
	createdAt: number;
	/** Rows per table, checked against the tables on reading. */
	counts: Record<string, number>;
}

/** Rows of each table, by table name. */
export type BackupTables = Record<string, unknown[]>;

export interface Backup {
	header: BackupHeader;
	tables: BackupTables;
}

/** What a reader can say about a file it refuses, as an i18n key with its parameters. */
export type BackupErrorKey =
	| 'backup.error.notBackup'
	| 'backup.error.damaged'
	| 'backup.error.tooLarge'
	| 'backup.error.newerVersion'
	| 'backup.error.invalidRow';

export interface BackupError {
	key: BackupErrorKey;
	params?: Record<string, string | number>;
}

/** Whether a settings row belongs to this device rather than to the learner's data. */
export function isDeviceSetting(table: string, row: unknown): boolean {
	if (table !== SETTINGS_TABLE || typeof row !== 'object' || row === null) return false;
	return DEVICE_SETTING_KEYS.includes((row as { key?: unknown }).key as string);
}

/** The rows a backup keeps: every row but the device's own settings. */
export function learnerRows(tables: BackupTables): BackupTables {
	return Object.fromEntries(
		Object.entries(tables).map(([name, rows]) => [name, rows.filter((row) => !isDeviceSetting(name, row))])
	);
}

/**
 * The file's name, with the local date it was made.
 * @example backupFileName(new Date(2026, 11, 6).getTime()) // 'qaitala-backup-2026-12-06.qaitala-backup'
 */
export function backupFileName(createdAt: number): string {
	const d = new Date(createdAt);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `qaitala-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}${BACKUP_FILE_EXTENSION}`;
}
