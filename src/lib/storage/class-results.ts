/**
 * Instructor side (issue 5): the results collected from a class, one row per student and
 * assignment, and the class list of each assignment. Everything stays on this device.
 */
import { foldName, parseRoster } from '../domain/share/class-overview';
import type { Result } from '../domain/share/result';
import type { QaitalaDb } from './db';
import { getDb } from './repository';
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

export class ClassResultRepository {
	constructor(readonly db: QaitalaDb) {}

	/**
	 * Files each result under the assignment it names, in one transaction. A student is one row per
	 * assignment (matched by folded name); when they send again, the later `completedAt` wins, so
	 * pasting an old code after a new one changes nothing.
	 */
	async importResults(results: readonly ResultToImport[], importedAt: number): Promise<ImportCounts> {
		const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
		await this.db.transaction('rw', this.db.classResults, async () => {
			for (const { result, code } of results) {
				const row: ClassResultRow = { assignment: result.assignment, nameKey: foldName(result.name), result, code, importedAt };
				const existing = await this.db.classResults.where({ assignment: row.assignment, nameKey: row.nameKey }).first();
				if (!existing) {
					await this.db.classResults.add(row);
					counts.added++;
				} else if (result.completedAt > existing.result.completedAt) {
					await this.db.classResults.put({ ...row, id: existing.id });
					counts.updated++;
				} else counts.unchanged++;
			}
		});
		return counts;
	}

	/** The results of one assignment (in storage order; the overview sorts them). */
	async listFor(assignment: string): Promise<ClassResultRow[]> {
		return this.db.classResults.where('assignment').equals(assignment).toArray();
	}

	/** The keys of every assignment with at least one result, including ones composed elsewhere. */
	async assignmentsWithResults(): Promise<string[]> {
		return (await this.db.classResults.orderBy('assignment').uniqueKeys()) as string[];
	}

	async remove(id: number): Promise<void> {
		await this.db.classResults.delete(id);
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

export function getClassResults(): ClassResultRepository {
	shared ??= new ClassResultRepository(getDb());
	return shared;
}
