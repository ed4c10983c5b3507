/**
 * The learner's reports of problems with questions, for every page that shows a question and for
 * Settings: loaded once, changed through the methods, which save before they show the change.
 */
import { makeReport, type CommentError, type ProblemReport, type ReportInput } from '../domain/report/problem-report';
import { getProblemReportRepository, type ProblemReportRepository } from '../storage/problem-reports';

export type ReportOutcome =
	{ ok: true } | { ok: false; error: CommentError | 'reportProblem.error.invalid' | 'reportProblem.error.storage' };

export class ProblemReportsState {
	readonly #store: () => ProblemReportRepository;
	readonly #clock: () => number;
	#loading: Promise<void> | undefined;
	/** Newest first. */
	reports = $state.raw<ProblemReport[]>([]);
	/** Storage could not be read (private mode): reports cannot be kept. */
	loadFailed = $state(false);
	/** The stored reports have been read (until then `reports` is empty, not "none"). */
	isLoaded = $state(false);

	constructor(store: () => ProblemReportRepository = getProblemReportRepository, clock: () => number = Date.now) {
		this.#store = store;
		this.#clock = clock;
	}

	/** Reads the stored reports, once however many components ask. */
	load(): Promise<void> {
		this.#loading ??= this.#reload().catch(() => {
			this.loadFailed = true;
			this.#loading = undefined; // a later visit may find storage working
		});
		return this.#loading;
	}

	/** The learner's report on `itemId` where it is shown (their own study, or an assignment). */
	find(itemId: string, assignmentKey?: string): ProblemReport | undefined {
		return this.reports.find((r) => r.itemId === itemId && r.assignmentKey === assignmentKey);
	}

	/** Keeps a report (replacing the one made there before); a bad comment is refused and nothing changes. */
	async report(input: ReportInput): Promise<ReportOutcome> {
		const made = makeReport(input, this.#clock());
		if (!made.ok) return made;
		try {
			await this.#store().report(made.report);
			await this.#reload();
			return { ok: true };
		} catch {
			return { ok: false, error: 'reportProblem.error.storage' };
		}
	}

	/** Takes a report back; true when it is gone. */
	async withdraw(report: Pick<ProblemReport, 'itemId' | 'assignmentKey'>): Promise<boolean> {
		try {
			await this.#store().withdraw(report.itemId, report.assignmentKey);
			await this.#reload();
			return true;
		} catch {
			return false;
		}
	}

	async #reload(): Promise<void> {
		this.reports = await this.#store().list();
		this.loadFailed = false;
		this.isLoaded = true;
	}
}

/** The app's one instance (browser only; nothing is read until `load`). */
export const problemReports = new ProblemReportsState();
