/**
 * Instructor side: the results collected from a class, one row per student and assignment, and the
 * class list of each assignment. Everything stays on this device. Rows are checked as they are read:
 * one written by an older version or by hand is set aside, never allowed to hide the others.
 */
import { foldName, parseRoster } from '../domain/share/class-overview';
import { checkResult, decodeResult, type KnownAssignment, type Result, type ResultError } from '../domain/share/result';
import type { QaitalaDb } from './db';
import { getDb } from './connection';
import type { ClassResultRow } from './rows';

export interface ImportCounts {
	added: number;
	updated: number;
	/** Already here, or older than the result already here. */
	unchanged: number;
}

/** A decoded result with the code it came from (kept, so it can be sent on or checked again). */
export interface ResultToImport {
	result: Result;
	code: string;
}

/** A stored row that is not a readable result: shown as a count and a name where there is one, and removable. */
export interface UnreadableResultRow {
	id: number;
	/** The name it holds, when that at least is text. */
	name?: string;
	error: ResultError;
}

export interface AssignmentResults {
	readable: ClassResultRow[];
	unreadable: UnreadableResultRow[];
}

/** Assignment keys are 8 hex digits (assignmentKey); anything else in the index came from elsewhere. */
const ASSIGNMENT_KEY = /^[0-9a-f]{8}$/;

/** Errors that mean the stored code itself is damaged, so it cannot speak for the row. */
const UNREADABLE_CODE = new Set<ResultError>(['share.error.malformed', 'share.error.checksum', 'share.error.tooLarge']);

/**
 * A stored row as a readable result, checked like a pasted code. When the stored result is bad but
 * its code still decodes to a good one for the same assignment, the code wins: it is what was sent.
 */
function readRow(
	row: ClassResultRow,
	known: KnownAssignment | undefined
): { ok: true; row: ClassResultRow } | { ok: false; error: ResultError } {
	const context = { assignment: row.assignment, knownAssignment: () => known };
	const stored = checkResult(row.result, context);
	if (stored.ok) return { ok: true, row: { ...row, result: stored.result } };
	const fromCode = typeof row.code === 'string' ? decodeResult(row.code, context) : undefined;
	if (fromCode?.ok) return { ok: true, row: { ...row, result: fromCode.result } };
	// A code that is whole but refused says best what is wrong with what the student sent.
	return fromCode && !UNREADABLE_CODE.has(fromCode.error) ? fromCode : stored;
}

/** The same completion in another code: the student made their result again (say, with a new report). */
const isResentWork = (existing: ClassResultRow, row: ClassResultRow) =>
	row.result.completedAt === existing.result.completedAt && row.code !== existing.code;

export class ClassResultRepository {
	constructor(readonly db: QaitalaDb) {}

	/**
	 * Files each result under the assignment it names, in one transaction. A student is one row per
	 * assignment (matched by folded name); when they send again, the later `completedAt` wins, so
	 * pasting an old code after a new one changes nothing. The same completion with another code is
	 * the same work sent again (made once more after reporting a question): the one pasted last wins.
	 */
	async importResults(results: readonly ResultToImport[], importedAt: number): Promise<ImportCounts> {
		const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
		await this.db.transaction('rw', this.db.classResults, async () => {
			for (const { result, code } of results) {
				const row: ClassResultRow = {
					assignment: result.assignment,
					nameKey: foldName(result.name),
					result,
					code,
					importedAt
				};
				const existing = await this.db.classResults.where({ assignment: row.assignment, nameKey: row.nameKey }).first();
				if (!existing) {
					await this.db.classResults.add(row);
					counts.added++;
				} else if (
					!checkResult(existing.result).ok ||
					result.completedAt > existing.result.completedAt ||
					isResentWork(existing, row)
				) {
					// An unreadable row gives way to any good result of the same student.
					await this.db.classResults.put({ ...row, id: existing.id });
					counts.updated++;
				} else counts.unchanged++;
			}
		});
		return counts;
	}

	/**
	 * The results of one assignment (in storage order; the overview sorts them), each checked as a
	 * pasted code is, and against `known` (the assignment's question count) when this device has it.
	 */
	async listFor(assignment: string, known?: KnownAssignment): Promise<AssignmentResults> {
		const rows = await this.db.classResults.where('assignment').equals(assignment).toArray();
		const results: AssignmentResults = { readable: [], unreadable: [] };
		for (const row of rows) {
			const read = readRow(row, known);
			if (read.ok) results.readable.push(read.row);
			else if (row.id !== undefined) {
				const name: unknown = (row.result as Partial<Result> | undefined)?.name;
				results.unreadable.push({ id: row.id, error: read.error, ...(typeof name === 'string' ? { name } : {}) });
			}
		}
		return results;
	}

	/** The keys of every assignment with at least one result, including ones composed elsewhere. */
	async assignmentsWithResults(): Promise<string[]> {
		const keys = await this.db.classResults.orderBy('assignment').uniqueKeys();
		return keys.filter((key): key is string => typeof key === 'string' && ASSIGNMENT_KEY.test(key));
	}

	async remove(id: number): Promise<void> {
		await this.db.classResults.delete(id);
	}

	/** Removes stored rows by id (the unreadable ones the page offers to remove), in one transaction. */
	async removeMany(ids: readonly number[]): Promise<void> {
		await this.db.classResults.bulkDelete([...ids]);
	}

	/** Removes every result of an assignment; its class list stays (the class has not changed). */
	async clearAssignment(assignment: string): Promise<void> {
		await this.db.classResults.where('assignment').equals(assignment).delete();
	}

	/** Saves the class list (tidied, duplicates dropped); an empty list removes it. */
	async saveRoster(assignment: string, names: readonly string[]): Promise<string[]> {
		const tidy = parseRoster(names.join('\n'));
		if (tidy.length) await this.db.rosters.put({ assignment, names: tidy });
		else await this.db.rosters.delete(assignment);
		return tidy;
	}

	/** The class list, or none; anything but strings in a stored row is ignored. */
	async loadRoster(assignment: string): Promise<string[]> {
		const row = await this.db.rosters.get(assignment);
		const names: unknown = row?.names;
		return Array.isArray(names) ? parseRoster(names.filter((n): n is string => typeof n === 'string').join('\n')) : [];
	}
}

let shared: ClassResultRepository | undefined;

export function getClassResultRepository(): ClassResultRepository {
	shared ??= new ClassResultRepository(getDb());
	return shared;
}
