/**
 * The database check's decisions, row by row (as Anki's "Check database"): a row is valid, or can be
 * repaired from what else is stored, or is set aside whole. Nothing here is ever dropped; storage
 * applies the verdicts (storage/database-check.ts). `now` is passed in (epoch ms).
 *
 * What counts as an orphan here: a review log for an item that has no card (a card row lost or
 * deleted while its grades stayed): its card is rebuilt from the log. And a received assignment
 * that points at a test attempt no longer stored: the pointer goes, so the test starts afresh.
 * Flags of an item without a card are not orphans (an item can be suspended before it is studied).
 */
import type { Card, Review } from '../study/card';
import type { Scheduler } from '../study/scheduler';
import { sanitizeSettings } from '../settings';
import { checkRow, isStoredDate, TABLE_NAMES, type TableName } from './row-schemas';

/** Tables the check walks; rows already set aside are kept exactly as they are. */
export type CheckedTable = Exclude<TableName, 'setAside'>;
export const CHECKED_TABLES = TABLE_NAMES.filter((t): t is CheckedTable => t !== 'setAside');

/** What a repair did, for tests and the log; the interface shows counts only. */
export type RepairKind = 'cardRebuiltFromLog' | 'datesClamped' | 'settingsReset' | 'missingAttemptUnlinked';

export type RowVerdict =
	| { kind: 'valid' }
	| { kind: 'repair'; row: Record<string, unknown>; repairs: RepairKind[] }
	| { kind: 'setAside'; reason: string };

/** Date fields (epoch ms) that an impossible value can be clamped to `now` in, by table. */
const CLAMPABLE_DATES: Partial<Record<CheckedTable, readonly string[]>> = {
	cards: ['dueAt', 'lastReviewAt'],
	itemFlags: ['buriedUntil'],
	testAttempts: ['startedAt', 'finishedAt'],
	receivedAssignments: ['addedAt', 'startedAt', 'lastActionAt', 'completedAt'],
	composedAssignments: ['createdAt'],
	classResults: ['importedAt'],
	customBanks: ['importedAt'],
	problemReports: ['reportedAt']
	// Not a review's `reviewedAt` (the time of a grade is the fact itself) nor `lastBackupAt`
	// ("now" would claim a backup that never happened): those rows are set aside instead.
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The row with each impossible date (NaN, not a number, outside 2000–2200) set to `now`. */
function clampDates(
	table: CheckedTable,
	row: Record<string, unknown>,
	now: number
): Record<string, unknown> | undefined {
	const fields = (CLAMPABLE_DATES[table] ?? []).filter((f) => row[f] !== undefined && !isStoredDate(row[f]));
	if (!fields.length) return undefined;
	return { ...row, ...Object.fromEntries(fields.map((f) => [f, now])) };
}

/**
 * A card rebuilt from its review log: the latest review's card before it, graded again with that
 * review's grade at its time, which is what the app stored when it was given. `log` holds valid
 * reviews of this one item in the order they were stored (on equal times the later one wins).
 * Undefined when there is no log.
 */
export function rebuildCardFromLog(itemId: string, log: readonly Review[], scheduler: Scheduler): Card | undefined {
	const latest = log.reduce<Review | undefined>((a, r) => (a && a.reviewedAt > r.reviewedAt ? a : r), undefined);
	if (!latest) return undefined;
	try {
		return scheduler.grade(itemId, latest.cardBefore ?? undefined, latest.grade, latest.reviewedAt).card;
	} catch {
		return undefined; // ts-fsrs refuses some stored combinations; the caller sets the card aside
	}
}

/** Valid as it is, valid after `repairs`, or set aside for the first problem that remains. */
function finish(table: CheckedTable, row: unknown, repairs: RepairKind[]): RowVerdict {
	const checked = checkRow(table, row);
	if (checked.ok) return repairs.length && isRecord(row) ? { kind: 'repair', row, repairs } : { kind: 'valid' };
	return { kind: 'setAside', reason: checked.problem };
}

/**
 * The verdict on one card row. A bad card comes back from its log when it has one (exact), else
 * its impossible dates are clamped, else it is set aside and the item starts again as new.
 */
export function judgeCard(row: unknown, log: readonly Review[], scheduler: Scheduler, now: number): RowVerdict {
	if (checkRow('cards', row).ok) return { kind: 'valid' };
	const itemId = isRecord(row) && typeof row.itemId === 'string' ? row.itemId : undefined;
	if (itemId !== undefined && log.length) {
		const rebuilt = rebuildCardFromLog(itemId, log, scheduler);
		if (rebuilt && checkRow('cards', rebuilt).ok)
			return { kind: 'repair', row: { ...rebuilt }, repairs: ['cardRebuiltFromLog'] };
	}
	if (!isRecord(row)) return finish('cards', row, []);
	const clamped = clampDates('cards', row, now);
	return finish('cards', clamped ?? row, clamped ? ['datesClamped'] : []);
}

export interface RowContext {
	now: number;
	/** Ids of the stored test attempts, to find assignments that point at none. */
	testAttemptIds?: ReadonlySet<number>;
}

/** The verdict on one row of any table but `cards` (see judgeCard) and `setAside`. */
export function judgeRow(
	table: Exclude<CheckedTable, 'cards'>,
	row: unknown,
	{ now, testAttemptIds }: RowContext
): RowVerdict {
	const isValid = checkRow(table, row).ok;
	const needsUnlink =
		table === 'receivedAssignments' &&
		isRecord(row) &&
		typeof row.testAttemptId === 'number' &&
		testAttemptIds !== undefined &&
		!testAttemptIds.has(row.testAttemptId);
	if (isValid && !needsUnlink) return { kind: 'valid' };
	if (!isRecord(row)) return finish(table, row, []);

	let repaired = row;
	const repairs: RepairKind[] = [];
	const clamped = clampDates(table, repaired, now);
	if (clamped) {
		repaired = clamped;
		repairs.push('datesClamped');
	}
	if (needsUnlink) {
		repaired = { ...repaired };
		delete repaired.testAttemptId;
		repairs.push('missingAttemptUnlinked');
	}
	// The settings record has a field-by-field fallback already; the learner's other choices stay.
	if (table === 'settings' && repaired.key === 'settings' && !checkRow(table, repaired).ok) {
		repaired = { key: 'settings', value: sanitizeSettings(repaired.value) };
		repairs.push('settingsReset');
	}
	return finish(table, repaired, repairs);
}
