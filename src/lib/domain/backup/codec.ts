/**
 * Writing and reading backup files (format.ts). Reading is for untrusted files: sizes are bounded
 * before and while inflating, the gzip checksum is verified (fflate does not), the whole file is
 * validated table by table, and nothing throws: every refusal is a value with an i18n key.
 */
import { Gunzip, gzipSync, strToU8 } from 'fflate';
import * as v from 'valibot';
import { EARLIEST_STORED_DATE_MS, LATEST_STORED_DATE_MS, ROW_LIMITS } from '../data/row-schemas';
import { crc32 } from './crc32';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	KNOWN_BACKUP_VERSIONS,
	learnerRows,
	MAX_BACKUP_FILE_BYTES,
	MAX_INFLATED_BYTES,
	MAX_ROWS_PER_TABLE,
	type Backup,
	type BackupError,
	type BackupTables
} from './format';
import { parseRows, stringifyRows } from './json';
import { rowSchemaFor } from './row-schema';

/** The schema of a table's rows, or undefined for a table this app does not know. */
export type RowSchemaLookup = (table: string) => v.GenericSchema | undefined;

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** The table that keeps rows nothing could repair (the database check's, and the backup's). */
const SET_ASIDE_TABLE = 'setAside';

function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	const path = (issue?.path ?? []).map((step) => String(step.key)).join('.');
	return `${path || 'row'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Moves every row that fails its table's schema into `setAside`, as the database check does, so a
 * backup always reads back whole and no row is dropped. A set-aside row that is itself broken is
 * set aside again under the table it names; one that names no table cannot be kept.
 */
export function setAsideInvalidRows(
	tables: BackupTables,
	now: number,
	schemaFor: RowSchemaLookup = rowSchemaFor
): BackupTables {
	const setAsideAt = Math.min(Math.max(now, EARLIEST_STORED_DATE_MS), LATEST_STORED_DATE_MS);
	const out: BackupTables = {};
	const moved: { table: string; row: unknown; reason: string; setAsideAt: number }[] = [];
	for (const [name, rows] of Object.entries(tables)) {
		const schema = schemaFor(name);
		if (!schema) {
			out[name] = rows;
			continue;
		}
		out[name] = rows.filter((row) => {
			const result = v.safeParse(schema, row, { abortEarly: true });
			if (result.success) return true;
			const reason = `backup: ${firstProblem(result.issues)}`.slice(0, ROW_LIMITS.reason);
			if (name !== SET_ASIDE_TABLE) moved.push({ table: name, row, reason, setAsideAt });
			else {
				const broken = row as { table?: unknown; row?: unknown } | null;
				const table = broken?.table;
				if (typeof table === 'string' && table !== SET_ASIDE_TABLE && schemaFor(table))
					moved.push({ table, row: broken?.row, reason, setAsideAt });
			}
			return false;
		});
	}
	if (moved.length === 0) return out;
	const kept = out[SET_ASIDE_TABLE] ?? [];
	let nextId = 1 + kept.reduce<number>((max, r) => Math.max(max, Number((r as { id?: unknown }).id) || 0), 0);
	out[SET_ASIDE_TABLE] = [...kept, ...moved.map((row) => ({ id: nextId++, ...row }))];
	return out;
}

/**
 * Makes the file's bytes from every table's rows. The device's own settings are left out, and rows
 * that fail their schema are set aside (see setAsideInvalidRows).
 */
export function encodeBackup(
	tables: BackupTables,
	meta: { appVersion: string; createdAt: number },
	schemaFor: RowSchemaLookup = rowSchemaFor
): Uint8Array {
	const kept = setAsideInvalidRows(learnerRows(tables), meta.createdAt, schemaFor);
	const counts = Object.fromEntries(Object.entries(kept).map(([name, rows]) => [name, rows.length]));
	const header = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		appVersion: meta.appVersion,
		createdAt: meta.createdAt,
		counts
	};
	return gzipSync(strToU8(stringifyRows({ header, tables: kept })), { level: 6, mtime: 0 });
}

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];
/** The smallest gzip member: a 10-byte header, an empty deflate block (2 bytes) and the 8-byte trailer. */
const MIN_GZIP_BYTES = 20;
/** Small pushes, so a chunk that inflates a thousandfold overshoots the bound by megabytes, not gigabytes. */
const PUSH_BYTES = 16 * 1024;

const fail = (key: BackupError['key'], params?: BackupError['params']): ReadBackupResult => ({
	ok: false,
	error: { key, params }
});

type InflateResult =
	{ ok: true; bytes: Uint8Array } | { ok: false; key: 'backup.error.damaged' | 'backup.error.tooLarge' };

function readUint32LE(bytes: Uint8Array, at: number): number {
	return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Inflates one gzip member within `maxBytes` and checks it against the trailer's CRC and size. */
function inflateChecked(bytes: Uint8Array, maxBytes: number): InflateResult {
	// The declared size is not trusted to refuse early: a file cut short ends in bytes that merely
	// look like a huge size, and "damaged" is the truth there. Inflating within the bound decides.
	const declaredSize = readUint32LE(bytes, bytes.length - 4);
	const chunks: Uint8Array[] = [];
	let total = 0;
	let members = 0;
	let tooLarge = false;
	try {
		const gunzip = new Gunzip((chunk) => {
			total += chunk.length;
			if (total > maxBytes) tooLarge = true;
			else chunks.push(chunk);
		});
		gunzip.onmember = () => members++;
		for (let at = 0; at < bytes.length && !tooLarge && members === 0; at += PUSH_BYTES) {
			gunzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
		}
	} catch {
		return { ok: false, key: 'backup.error.damaged' };
	}
	if (tooLarge) return { ok: false, key: 'backup.error.tooLarge' };
	// A second member, or a trailer that does not describe what came out: cut short, padded or altered.
	if (members > 0 || total !== declaredSize) return { ok: false, key: 'backup.error.damaged' };
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	if (crc32(out) !== readUint32LE(bytes, bytes.length - 8)) return { ok: false, key: 'backup.error.damaged' };
	return { ok: true, bytes: out };
}

const HeaderSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.pipe(v.number(), v.integer()),
	appVersion: v.pipe(v.string(), v.maxLength(200)),
	createdAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
	counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))
});

const EnvelopeSchema = v.object({
	header: v.unknown(),
	tables: v.record(v.string(), v.array(v.unknown()))
});

/**
 * Reads a backup file whole, or says why not. Never throws, never trusts the file: bounded sizes,
 * a verified checksum, a known format version, row counts that match, and every row valid for its table.
 */
export function readBackup(
	bytes: Uint8Array,
	schemaFor: RowSchemaLookup = rowSchemaFor,
	maxInflatedBytes = MAX_INFLATED_BYTES
): ReadBackupResult {
	if (bytes.length > MAX_BACKUP_FILE_BYTES) return fail('backup.error.tooLarge');
	const magicLength = Math.min(bytes.length, GZIP_MAGIC.length);
	if (magicLength === 0 || GZIP_MAGIC.slice(0, magicLength).some((b, i) => bytes[i] !== b))
		return fail('backup.error.notBackup');
	if (bytes.length < MIN_GZIP_BYTES) return fail('backup.error.damaged');

	const inflated = inflateChecked(bytes, maxInflatedBytes);
	if (!inflated.ok) return fail(inflated.key);

	let parsed: unknown;
	try {
		parsed = parseRows(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return fail('backup.error.damaged'); // a checksum can be made for any bytes: this is a made-up file
	}
	const header = (parsed as { header?: { format?: unknown; version?: unknown } } | null)?.header;
	if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT)
		return fail('backup.error.notBackup');
	if (typeof header.version === 'number' && header.version > Math.max(...KNOWN_BACKUP_VERSIONS))
		return fail('backup.error.newerVersion');

	const envelope = v.safeParse(EnvelopeSchema, parsed);
	const checkedHeader = v.safeParse(HeaderSchema, header);
	if (!envelope.success || !checkedHeader.success || !KNOWN_BACKUP_VERSIONS.includes(checkedHeader.output.version)) {
		return fail('backup.error.damaged');
	}
	return readTables(checkedHeader.output, envelope.output.tables, schemaFor);
}

function readTables(header: Backup['header'], tables: BackupTables, schemaFor: RowSchemaLookup): ReadBackupResult {
	const names = Object.keys(tables);
	const counted = Object.keys(header.counts);
	if (names.length !== counted.length || names.some((name) => header.counts[name] !== tables[name]!.length)) {
		return fail('backup.error.damaged');
	}
	if (names.some((name) => tables[name]!.length > MAX_ROWS_PER_TABLE)) return fail('backup.error.tooLarge');

	const checked: BackupTables = {};
	for (const name of names) {
		const schema = schemaFor(name);
		if (!schema) return fail('backup.error.newerVersion'); // a table added after this version of the app
		const rows: unknown[] = [];
		for (const [index, row] of tables[name]!.entries()) {
			const result = v.safeParse(schema, row);
			if (!result.success) return fail('backup.error.invalidRow', { table: name, row: index + 1 });
			rows.push(result.output);
		}
		checked[name] = rows;
	}
	const kept = learnerRows(checked);
	const counts = Object.fromEntries(Object.entries(kept).map(([name, rows]) => [name, rows.length]));
	return { ok: true, backup: { header: { ...header, counts }, tables: kept } };
}
