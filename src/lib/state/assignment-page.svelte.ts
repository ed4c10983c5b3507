/**
 * The student's assignment page: the list of received assignments, or one assignment opened from
 * its link's code, run as a test or as flashcards, its result made and the assignment removed.
 * The page only reads the code from the URL, asks before removing, and shows this state.
 */
import type { AssignmentError } from '../domain/share/assignment';
import type { Language } from '../domain/language';
import type { QuizResponse } from '../domain/quiz/evaluate';
import type { Grade } from '../domain/study/card';
import { getAssignmentRepository } from '../storage/assignments';
import { getProblemReportRepository } from '../storage/problem-reports';
import { getStudyRepository } from '../storage/study-repository';
import { getTestAttemptRepository } from '../storage/test-attempts';
import type { ReceivedAssignmentRow } from '../storage/rows';
import {
	isResultOutdated,
	makeResult,
	receiveAssignment,
	runAssignment,
	saveTestProgress,
	type AssignmentRunner,
	type AssignmentStores
} from './assignment-run.svelte';
import { ActionGuard } from './guard.svelte';
import { schedulerFor } from './open-study-session';
import { problemReports } from './problem-reports.svelte';
import { settings } from './settings.svelte';

export type { ReceivedAssignmentRow };

/** Where the page's data lives; a function, so nothing is opened until the page asks (never while prerendering). */
export type AssignmentPageStores = () => AssignmentStores;

const appStores: AssignmentPageStores = () => ({
	assignments: getAssignmentRepository(),
	attempts: getTestAttemptRepository(),
	study: getStudyRepository(),
	reports: getProblemReportRepository()
});

export interface AssignmentPageOptions {
	/** The question ids of the course's banks: a link naming others is refused. */
	knownItemIds: () => ReadonlySet<string>;
	/** The interface's language: the content language is chosen from it. */
	uiLanguage: () => Language;
	stores?: AssignmentPageStores;
	fetchFn?: typeof fetch;
	clock?: () => number;
}

export class AssignmentPage {
	readonly guard = new ActionGuard();
	/** The opened assignment; undefined on the list. */
	row = $state.raw<ReceivedAssignmentRow>();
	runner = $state.raw<AssignmentRunner>();
	/** Why the last code could not be opened. */
	error = $state<AssignmentError>();
	/** The opened assignment was added to this device just now (not opened again). */
	justAdded = $state(false);
	received = $state.raw<ReceivedAssignmentRow[]>([]);
	/** The name typed for the last result; undefined until read. */
	studentName = $state<string>();
	chosenLanguage = $state<Language>();

	readonly language = $derived.by<Language>(() => this.row?.language ?? this.chosenLanguage ?? this.#uiLanguage());
	readonly isDone = $derived(this.row?.completedAt !== undefined);
	readonly isOutdated = $derived(
		this.row !== undefined && problemReports.isLoaded && isResultOutdated(this.row, problemReports.reports)
	);
	/** A timed test ran out while on screen: its end is still to be saved on the assignment. */
	readonly isTestOverUnsaved = $derived(
		this.runner?.kind === 'test' && this.runner.run.isFinished && this.row !== undefined && !this.isDone
	);

	readonly #stores: AssignmentPageStores;
	readonly #knownItemIds: () => ReadonlySet<string>;
	readonly #uiLanguage: () => Language;
	readonly #fetch: typeof fetch;
	readonly #clock: () => number;

	constructor(options: AssignmentPageOptions) {
		this.#stores = options.stores ?? appStores;
		this.#knownItemIds = options.knownItemIds;
		this.#uiLanguage = options.uiLanguage;
		this.#fetch = options.fetchFn ?? ((input, init) => fetch(input, init));
		this.#clock = options.clock ?? Date.now;
	}

	get #assignments() {
		return this.#stores().assignments;
	}

	/** Reads the settings, the student's last name and their problem reports, then opens `code`. */
	load(code: string): Promise<void> {
		return this.guard
			.run(async () => {
				await settings.load(this.#uiLanguage());
				this.studentName = await this.#assignments.loadStudentName();
				await problemReports.load();
			})
			.then(() => this.open(code));
	}

	/** Opens the assignment of a link's code (adding it once), or the list when there is none. */
	open = (code: string): Promise<void> =>
		this.guard.run(async () => {
			this.row = undefined;
			this.runner = undefined;
			this.error = undefined;
			if (!code) {
				this.received = await this.#assignments.listReceived();
				return;
			}
			const now = this.#clock();
			const opened = await receiveAssignment(this.#stores(), code, this.#knownItemIds(), now);
			if (!opened.ok) {
				this.error = opened.error;
				this.received = await this.#assignments.listReceived();
				return;
			}
			const row = (this.row = opened.row);
			this.justAdded = row.addedAt === now;
			const preferred = settings.contentLanguageFor(this.#uiLanguage());
			const { languages } = row.assignment;
			this.chosenLanguage = row.language ?? (languages.includes(preferred) ? preferred : languages[0]);
			// Begun before (a reload, or back from home): go on where it stopped.
			if (row.startedAt !== undefined) await this.#start();
		});

	start = (): Promise<void> => this.guard.run(() => this.#start());

	async #start(): Promise<void> {
		if (!this.row) return;
		const scheduler = await schedulerFor(settings.current);
		const opened = await runAssignment(this.#stores(), this.row, this.language, scheduler, this.#fetch, this.#clock);
		this.row = opened.row;
		this.runner = opened.runner;
	}

	answer = (response: QuizResponse): Promise<void> =>
		this.guard.run(async () => {
			if (this.runner?.kind !== 'test' || !this.row) return;
			await this.runner.run.answer(response);
			this.row = await saveTestProgress(this.#stores(), this.row, this.runner.run);
		});

	finishTest = (): Promise<void> =>
		this.guard.run(async () => {
			if (this.runner?.kind !== 'test' || !this.row) return;
			await this.runner.run.finish();
			this.row = await saveTestProgress(this.#stores(), this.row, this.runner.run);
		});

	grade = (grade: Grade): Promise<void> =>
		this.guard.run(async () => {
			if (this.runner?.kind !== 'cards') return;
			await this.runner.run.grade(grade);
			this.row = this.runner.run.row;
		});

	/** Makes the result code under `name`, which is offered again next time. */
	makeResult = (name: string): Promise<void> =>
		this.guard.run(async () => {
			if (!this.row) return;
			await this.#assignments.saveStudentName(name.trim());
			this.studentName = name.trim();
			this.row = await makeResult(this.#stores(), this.row, name, this.#clock());
		});

	/** Removes the opened assignment from this device; true when it was removed. */
	async remove(): Promise<boolean> {
		const row = this.row;
		if (!row) return false;
		let removed = false;
		await this.guard.run(async () => {
			await this.#assignments.removeReceived(row.key);
			removed = true;
		});
		return removed;
	}
}
