/**
 * The class results page around ClassResultsState: one action at a time, the paste box, the last
 * import's report, and the undo of a removed student's result.
 */
import type { Language } from '../domain/language';
import { buildOverview, type StudentRow } from '../domain/share/class-overview';
import { reportedQuestions } from '../domain/share/reported-questions';
import type { ClassResultRow } from '../storage/rows';
import { ClassResultsState, type ImportReport } from './class-results.svelte';
import { ActionGuard } from './guard.svelte';

export class ClassResultsPage {
	readonly results: ClassResultsState;
	isReady = $state(false);
	/** One action at a time; a failure is told by its kind (guard.svelte.ts). */
	readonly guard = new ActionGuard();
	/** What the page says about the last failure: storage gets the results' own sentence. */
	readonly failureMessage = $derived(
		this.guard.failed === 'storage' ? 'results.storageError' : this.guard.failureMessage
	);
	/** The paste box's text. */
	codes = $state('');
	report = $state.raw<ImportReport>();
	/** The paste box kept lines that failed. */
	hasLeftLines = $state(false);
	/** "Add" was pressed with nothing pasted. */
	isPasteEmpty = $state(false);
	/** The result last removed, until undone or another change. */
	removed = $state.raw<ClassResultRow>();

	readonly overview = $derived.by(() =>
		buildOverview({
			results: this.results.rows.map((row) => row.result),
			questionCount: this.results.selected?.assignment?.itemIds.length,
			roster: this.results.roster,
			locale: this.#uiLanguage()
		})
	);
	readonly reported = $derived.by(() =>
		reportedQuestions(
			this.results.rows.map((row) => row.result),
			this.#uiLanguage()
		)
	);

	readonly #uiLanguage: () => Language;
	readonly #clock: () => number;

	constructor(uiLanguage: () => Language, results = new ClassResultsState(), clock: () => number = Date.now) {
		this.#uiLanguage = uiLanguage;
		this.results = results;
		this.#clock = clock;
	}

	get isBusy(): boolean {
		return this.guard.isBusy;
	}

	#guarded(action: () => Promise<void>): Promise<void> {
		return this.guard.run(action);
	}

	/** Shows `preferredKey` (a link from the instructors' page) if it is known. */
	open = (preferredKey?: string): Promise<void> =>
		this.#guarded(() => this.results.open(preferredKey)).then(() => void (this.isReady = true));

	select = (key: string): Promise<void> =>
		this.#guarded(async () => {
			this.removed = undefined;
			await this.results.select(key);
		});

	addCodes = (): Promise<void> =>
		this.#guarded(async () => {
			this.isPasteEmpty = !this.codes.trim();
			if (this.isPasteEmpty) return void (this.report = undefined);
			const added = await this.results.addText(this.codes, this.#clock());
			this.report = added.report;
			this.codes = added.remaining;
			this.hasLeftLines = added.report.problems.length > 0;
		});

	addFiles = (files: File[]): Promise<void> =>
		this.#guarded(async () => {
			this.report = await this.results.addFiles(files, this.#clock());
			this.hasLeftLines = this.isPasteEmpty = false;
		});

	remove = (student: StudentRow): Promise<void> =>
		this.#guarded(async () => {
			const row = this.results.rows.find((r) => r.nameKey === student.nameKey);
			if (!row) return;
			await this.results.remove(row);
			this.removed = row;
		});

	undo = (): Promise<void> =>
		this.#guarded(async () => {
			if (this.removed) await this.results.restore(this.removed, this.#clock());
			this.removed = undefined;
		});

	removeUnreadable = (): Promise<void> => this.#guarded(() => this.results.removeUnreadable());

	clear = (): Promise<void> =>
		this.#guarded(async () => {
			this.removed = undefined;
			await this.results.clear();
		});

	saveRoster = (names: readonly string[]): Promise<void> => this.#guarded(() => this.results.saveRoster(names));
}
