/**
 * What the tables hold after a restore: the backup's rows (replace), or both sides combined
 * (merge). Merging keeps every distinct review and each card at its latest state; for every other
 * table what is on this device stays and what only the backup has is added.
 */
import {
	isDeviceSetting,
	LAST_BACKUP_AT_KEY,
	RESTORE_UNDO_KEY,
	SETTINGS_TABLE,
	type Backup,
	type BackupTables
} from './format';

/** How a table stores its rows, as the database declares it. Keys are inbound (a property of the row). */
export interface TableShape {
	name: string;
	primaryKey: string;
	isAutoIncrement: boolean;
	/** Unique indexes besides the primary key, each as the properties it is made of. */
	uniqueIndexes: string[][];
}

export type RestoreMode = 'replace' | 'merge';

/** Per table: rows the backup added, and rows of this device it replaced with a later version. */
export type MergeCounts = Record<string, { added: number; replaced: number }>;

export interface RestorePlan {
	tables: BackupTables;
	merged?: MergeCounts;
}

type Row = Record<string, unknown>;

/** Ids that point from one table into another's auto-increment ids: they follow the rows they name. */
const REFERENCES = [{ table: 'receivedAssignments', field: 'testAttemptId', target: 'testAttempts' }] as const;

/** Two rows of these tables with the same key are the same fact, whatever their ids. */
const SAME_FACT: Record<string, (row: Row) => string> = {
	reviews: (r) => `${r.itemId}\u0000${r.reviewedAt}\u0000${r.grade}`,
	// One report per question and place: the device's own stays.
	problemReports: (r) => `${r.itemId}\u0000${r.assignmentKey ?? ''}`,
	// A bank's import time names its topic and question ids: one bank per time, the device's own stays.
	customBanks: (r) => String(r.importedAt)
};

/** When both sides have a row for the same thing, whether the backup's one should win. */
const BACKUP_WINS: Record<string, (local: Row, backup: Row) => boolean> = {
	cards: (local, backup) => numberOr(backup.lastReviewAt, -1) > numberOr(local.lastReviewAt, -1),
	// As when results are imported: the later completion is the student's latest result.
	classResults: (local, backup) =>
		numberOr((backup.result as Row | undefined)?.completedAt, -1) >
		numberOr((local.result as Row | undefined)?.completedAt, -1)
};

function numberOr(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** JSON with sorted keys, so two rows with the same content give the same text. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Row)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

function indexValue(row: Row, properties: readonly string[]): string {
	return canonical(properties.map((p) => row[p]));
}

/** The identities under which a row may meet an existing one: its key, its unique indexes, its content. */
function identities(shape: TableShape, row: Row): string[] {
	const ids = shape.uniqueIndexes.map((props) => `u:${props.join('+')}:${indexValue(row, props)}`);
	if (!shape.isAutoIncrement) ids.push(`k:${canonical(row[shape.primaryKey])}`);
	const fact = SAME_FACT[shape.name];
	if (fact) ids.push(`f:${fact(row)}`);
	else if (shape.isAutoIncrement) {
		const { [shape.primaryKey]: _id, ...content } = row;
		ids.push(`c:${canonical(content)}`);
	}
	return ids;
}

/** Tables whose ids others point at go first, so their new ids are known when the pointers are copied. */
function mergeOrder(shapes: readonly TableShape[]): TableShape[] {
	const targets = new Set<string>(REFERENCES.map((r) => r.target));
	return [...shapes].sort((a, b) => Number(targets.has(b.name)) - Number(targets.has(a.name)));
}

function mergeTable(
	shape: TableShape,
	localRows: readonly unknown[],
	backupRows: readonly unknown[],
	idMaps: Map<string, Map<unknown, unknown>>
): { rows: Row[]; added: number; replaced: number } {
	const rows = localRows.map((r) => r as Row);
	const where = new Map<string, number>();
	const remember = (row: Row, at: number) => identities(shape, row).forEach((id) => where.has(id) || where.set(id, at));
	rows.forEach(remember);

	const idMap = new Map<unknown, unknown>();
	idMaps.set(shape.name, idMap);
	let nextId = 1 + rows.reduce((max, r) => Math.max(max, numberOr(r[shape.primaryKey], 0)), 0);
	let added = 0;
	let replaced = 0;
	for (const raw of backupRows) {
		if (isDeviceSetting(shape.name, raw)) continue;
		const row = followReferences(shape.name, raw as Row, idMaps);
		const at = identities(shape, row)
			.map((id) => where.get(id))
			.find((i) => i !== undefined);
		if (at !== undefined) {
			const local = rows[at]!;
			if (shape.isAutoIncrement) idMap.set(row[shape.primaryKey], local[shape.primaryKey]);
			if (BACKUP_WINS[shape.name]?.(local, row)) {
				rows[at] = shape.isAutoIncrement ? { ...row, [shape.primaryKey]: local[shape.primaryKey] } : row;
				remember(rows[at]!, at);
				replaced++;
			}
			continue;
		}
		let stored = row;
		if (shape.isAutoIncrement) {
			idMap.set(row[shape.primaryKey], nextId);
			stored = { ...row, [shape.primaryKey]: nextId++ };
		}
		rows.push(stored);
		remember(stored, rows.length - 1);
		added++;
	}
	return { rows, added, replaced };
}

/** A backup row with its pointers into other tables renumbered; a pointer to nothing in the backup is dropped. */
function followReferences(table: string, row: Row, idMaps: Map<string, Map<unknown, unknown>>): Row {
	let out = row;
	for (const ref of REFERENCES) {
		if (ref.table !== table || row[ref.field] === undefined) continue;
		const map = idMaps.get(ref.target);
		if (!map) continue;
		const { [ref.field]: old, ...rest } = out;
		out = map.has(old) ? { ...rest, [ref.field]: map.get(old) } : rest;
	}
	return out;
}

/** Every table combined: local rows stay, backup rows are added or win where BACKUP_WINS says so. */
export function mergeTables(local: BackupTables, backup: BackupTables, shapes: readonly TableShape[]): RestorePlan {
	const tables: BackupTables = {};
	const merged: MergeCounts = {};
	const idMaps = new Map<string, Map<unknown, unknown>>();
	for (const shape of mergeOrder(shapes)) {
		const { rows, added, replaced } = mergeTable(shape, local[shape.name] ?? [], backup[shape.name] ?? [], idMaps);
		tables[shape.name] = rows;
		merged[shape.name] = { added, replaced };
	}
	return { tables: orderLike(shapes, tables), merged };
}

function orderLike(shapes: readonly TableShape[], tables: BackupTables): BackupTables {
	return Object.fromEntries(shapes.map((s) => [s.name, tables[s.name] ?? []]));
}

/**
 * The tables a restore writes (without the undo snapshot, which storage adds). The device's own
 * settings stay; the last backup becomes the file's date when that is later, since the data it
 * holds is now on this device.
 */
export function planRestore(
	local: BackupTables,
	backup: Backup,
	mode: RestoreMode,
	shapes: readonly TableShape[]
): RestorePlan {
	const plan: RestorePlan =
		mode === 'merge'
			? mergeTables(local, backup.tables, shapes)
			: {
					tables: orderLike(
						shapes,
						Object.fromEntries(
							shapes.map((s) => [s.name, (backup.tables[s.name] ?? []).filter((r) => !isDeviceSetting(s.name, r))])
						)
					)
				};
	const localSettings = (local[SETTINGS_TABLE] ?? []) as Row[];
	const device = localSettings.filter(
		(row) => isDeviceSetting(SETTINGS_TABLE, row) && row.key !== LAST_BACKUP_AT_KEY && row.key !== RESTORE_UNDO_KEY
	);
	const lastBackupAt = Math.max(
		numberOr(localSettings.find((r) => r.key === LAST_BACKUP_AT_KEY)?.value, 0),
		backup.header.createdAt
	);
	const learner = (plan.tables[SETTINGS_TABLE] ?? []).filter((row) => !isDeviceSetting(SETTINGS_TABLE, row));
	plan.tables[SETTINGS_TABLE] = [...learner, ...device, { key: LAST_BACKUP_AT_KEY, value: lastBackupAt }];
	return plan;
}

/**
 * The tables after an undo: the snapshot taken before the restore, plus what was studied since
 * (reviews after `restoredAt` and the cards they moved), so undoing never loses a grade.
 */
export function planUndo(
	snapshot: Backup,
	current: BackupTables,
	restoredAt: number,
	shapes: readonly TableShape[]
): RestorePlan {
	const since = {
		reviews: (current.reviews ?? []).filter((r) => numberOr((r as Row).reviewedAt, -1) > restoredAt),
		cards: (current.cards ?? []).filter((c) => numberOr((c as Row).lastReviewAt, -1) > restoredAt)
	};
	const plan = mergeTables(snapshot.tables, since, shapes);
	const device = ((current[SETTINGS_TABLE] ?? []) as Row[]).filter(
		(row) => isDeviceSetting(SETTINGS_TABLE, row) && row.key !== RESTORE_UNDO_KEY
	);
	plan.tables[SETTINGS_TABLE] = [
		...(plan.tables[SETTINGS_TABLE] ?? []).filter((row) => !isDeviceSetting(SETTINGS_TABLE, row)),
		...device
	];
	return plan;
}
