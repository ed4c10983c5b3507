/**
 * The class-results page's state: which assignment is shown, its results and class list, and the
 * import of pasted codes and result files. Storage is opened only from the methods, so the page can
 * be prerendered.
 */
import type { Assignment } from '../domain/share/assignment';
import { keepFailedLines, parseResultBatch, type BatchFailure } from '../domain/share/class-overview';
import { MAX_SHARE_FILE_CHARS, readResultFile } from '../domain/share/files';
import type { KnownAssignment, ResultContext, ResultError } from '../domain/share/result';
import {
	getClassResultRepository,
	type ClassResultRepository,
	type ImportCounts,
	type ResultToImport,
	type UnreadableResultRow
} from '../storage/class-results';
import type { AssignmentRepository } from '../storage/assignments';
import { getAssignmentRepository } from '../storage/assignments';
import type { ClassResultRow } from '../storage/rows';

export type { ClassResultRow, UnreadableResultRow };

/** One entry of the assignment picker: composed here (with its set) or only known by its key. */
export interface AssignmentChoice {
	key: string;
	assignment?: Assignment;
	createdAt?: number;
}

/** A code or file that could not be read: where it was and why. */
export interface InputProblem {
	file?: string;
	line?: number;
	error: ResultError;
}

export interface ImportReport {
	counts: ImportCounts;
	/** Results filed under another assignment than the one shown, per assignment. */
	elsewhere: { choice: AssignmentChoice; count: number }[];
	problems: InputProblem[];
}

/** A text file of codes can hold a class's worth; anything far bigger is not ours. */
const MAX_TEXT_FILE_BYTES = 200 * MAX_SHARE_FILE_CHARS;

/** Where the page's data lives; a function, so nothing is opened until the page asks (never while prerendering). */
export type ClassResultsStores = () => { results: ClassResultRepository; assignments: AssignmentRepository };

const appStores: ClassResultsStores = () => ({
	results: getClassResultRepository(),
	assignments: getAssignmentRepository()
});

export class ClassResultsState {
	readonly #stores: ClassResultsStores;
	choices = $state.raw<AssignmentChoice[]>([]);
	selectedKey = $state<string | undefined>();
	rows = $state.raw<ClassResultRow[]>([]);
	/** Stored rows of the shown assignment that are not readable results: kept out of the table and the CSV. */
	unreadable = $state.raw<UnreadableResultRow[]>([]);
	roster = $state.raw<string[]>([]);
	readonly selected = $derived(this.choices.find((c) => c.key === this.selectedKey));

	constructor(stores: ClassResultsStores = appStores) {
		this.#stores = stores;
	}

	get #results(): ClassResultRepository {
		return this.#stores().results;
	}

	/** Lists the assignments and shows `preferredKey`, else the newest one with results, else the newest. */
	async open(preferredKey?: string): Promise<void> {
		await this.#loadChoices();
		const withResults = new Set(await this.#results.assignmentsWithResults());
		const keys = this.choices.map((c) => c.key);
		const key = keys.find((k) => k === preferredKey) ?? keys.find((k) => withResults.has(k)) ?? keys[0];
		if (key) await this.select(key);
	}

	async select(key: string): Promise<void> {
		const [results, roster] = await Promise.all([
			this.#results.listFor(key, this.#known(key)),
			this.#results.loadRoster(key)
		]);
		this.selectedKey = key;
		this.rows = results.readable;
		this.unreadable = results.unreadable;
		this.roster = roster;
	}

	/**
	 * Imports the codes in a pasted text. Returns the report and what the paste box keeps: only the
	 * lines that failed, with the problems numbered by those lines.
	 */
	async addText(text: string, now: number): Promise<{ report: ImportReport; remaining: string }> {
		await this.#loadChoices();
		const batch = parseResultBatch(text, this.#context(now));
		const kept = batch.results.length ? keepFailedLines(text, batch.failures) : { text, failures: batch.failures };
		const report = await this.#import(
			batch.results,
			kept.failures.map(({ line, error }) => ({ line, error })),
			now
		);
		return { report, remaining: kept.text };
	}

	/** Imports result files: a JSON result file, or a text file of codes (one or many). */
	async addFiles(files: readonly File[], now: number): Promise<ImportReport> {
		await this.#loadChoices();
		const found: ResultToImport[] = [];
		const problems: InputProblem[] = [];
		for (const file of files) {
			const read = await readFile(file, this.#context(now));
			found.push(...read.results);
			problems.push(...read.problems);
		}
		return this.#import(found, problems, now);
	}

	async remove(row: ClassResultRow): Promise<void> {
		if (row.id !== undefined) await this.#results.remove(row.id);
		await this.#reload();
	}

	/** Puts a removed result back (unless the student has sent a later one since). */
	async restore(row: ClassResultRow, now: number): Promise<void> {
		await this.#results.importResults([{ result: row.result, code: row.code }], now);
		await this.#reload();
	}

	/** Removes the shown assignment's unreadable rows (they are in no table, CSV or count). */
	async removeUnreadable(): Promise<void> {
		await this.#results.removeMany(this.unreadable.map((row) => row.id));
		await this.#reload();
	}

	async clear(): Promise<void> {
		if (!this.selectedKey) return;
		await this.#results.clearAssignment(this.selectedKey);
		await this.#loadChoices();
		// An assignment made elsewhere is known only by its results: with none left, it leaves the list.
		if (!this.selected) this.selectedKey = this.choices[0]?.key;
		if (this.selectedKey) await this.#reload();
		else [this.rows, this.unreadable, this.roster] = [[], [], []];
	}

	async saveRoster(names: readonly string[]): Promise<void> {
		if (!this.selectedKey) return;
		this.roster = await this.#results.saveRoster(this.selectedKey, names);
	}

	async #import(found: ResultToImport[], problems: InputProblem[], now: number): Promise<ImportReport> {
		const counts = found.length
			? await this.#results.importResults(found, now)
			: { added: 0, updated: 0, unchanged: 0 };
		await this.#loadChoices();
		// With nothing shown yet, show what was just added.
		if (!this.selectedKey && found[0]) this.selectedKey = found[0].result.assignment;
		await this.#reload();
		const perKey = new Map<string, number>();
		for (const { result } of found) {
			if (result.assignment !== this.selectedKey)
				perKey.set(result.assignment, (perKey.get(result.assignment) ?? 0) + 1);
		}
		const elsewhere = [...perKey].map(([key, count]) => ({
			choice: this.choices.find((c) => c.key === key) ?? { key },
			count
		}));
		return { counts, elsewhere, problems };
	}

	/** The question count of an assignment composed here; results made elsewhere are taken at their word. */
	#known(key: string): KnownAssignment | undefined {
		const assignment = this.choices.find((c) => c.key === key)?.assignment;
		return assignment ? { itemCount: assignment.itemIds.length } : undefined;
	}

	/** What an incoming result is checked against: this device's clock and the assignments it knows. */
	#context(now: number): ResultContext {
		return { now, knownAssignment: (key) => this.#known(key) };
	}

	async #reload(): Promise<void> {
		if (this.selectedKey) await this.select(this.selectedKey);
	}

	/**
	 * The assignments composed on this device (newest first), then the keys of results for
	 * assignments made elsewhere. Such results are kept rather than refused: an instructor may
	 * collect on a second device, or compose the set again later, and the codes stay readable.
	 */
	async #loadChoices(): Promise<void> {
		const [composed, withResults] = await Promise.all([
			this.#stores().assignments.listComposed(),
			this.#results.assignmentsWithResults()
		]);
		const known = new Set(composed.map((c) => c.key));
		this.choices = [
			...composed.map(({ key, assignment, createdAt }) => ({ key, assignment, createdAt })),
			...withResults.filter((key) => !known.has(key)).map((key) => ({ key }))
		];
	}
}

/** Reads one dropped or chosen file; a problem names the file (and the line, in a file of many codes). */
async function readFile(
	file: File,
	context: ResultContext
): Promise<{ results: ResultToImport[]; problems: InputProblem[] }> {
	const problem = (error: ResultError, line?: number): InputProblem => ({ file: file.name, line, error });
	if (file.size > MAX_TEXT_FILE_BYTES) return { results: [], problems: [problem('share.error.tooLarge')] };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { results: [], problems: [problem('share.error.malformed')] };
	}
	if (text.trim().startsWith('{') || !text.trim()) {
		const read = readResultFile(text, context);
		return read.ok
			? { results: [{ result: read.result, code: read.code }], problems: [] }
			: { results: [], problems: [problem(read.error)] };
	}
	const batch = parseResultBatch(text, context);
	const lines = text.trim().split(/\r\n|\r|\n/).length;
	const problems = batch.failures.map((f: BatchFailure) => problem(f.error, lines > 1 ? f.line : undefined));
	return { results: batch.results.map(({ result, code }) => ({ result, code })), problems };
}
