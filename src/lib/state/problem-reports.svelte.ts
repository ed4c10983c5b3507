/**
 * The learner's reports of problems with questions, for every page that shows a question and for
 * Settings: loaded once, changed through the methods, which save before they show the change.
 */
import type { CommentError, ProblemReport, ReportInput } from '../domain/report/problem-report';
import type { ProblemReportRepository } from '../storage/problem-reports';

/** The reports' storage (Dexie), loaded when the reports are first read: not part of a question page's first load. */
const appStore = async (): Promise<ProblemReportRepository> =>
	(await import('../storage/problem-reports')).getProblemReportRepository();

export type ReportOutcome =
	{ ok: true } | { ok: false; error: CommentError | 'reportProblem.error.invalid' | 'reportProblem.error.storage' };

export class ProblemReportsState {
	readonly #store: () => ProblemReportRepository | Promise<ProblemReportRepository>;
	readonly #clock: () => number;
	#loading: Promise<void> | undefined;
	/** Newest first. */
	reports = $state.raw<ProblemReport[]>([]);
	/** Storage could not be read (private mode): reports cannot be kept. */
	loadFailed = $state(false);
	/** The stored reports have been read (until then `reports` is empty, not "none"). */
	isLoaded = $state(false);

	constructor(
		store: () => ProblemReportRepository | Promise<ProblemReportRepository> = appStore,
		clock: () => number = Date.now
	) {
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
		try {
			// The report's checks (valibot) load with the first report, not with every question page.
			const { makeReport } = await import('../domain/report/problem-report');
			const made = makeReport(input, this.#clock());
			if (!made.ok) return made;
			await (await this.#store()).report(made.report);
			await this.#reload();
			return { ok: true };
		} catch {
			return { ok: false, error: 'reportProblem.error.storage' };
		}
	}

	/** Takes a report back; true when it is gone. */
	async withdraw(report: Pick<ProblemReport, 'itemId' | 'assignmentKey'>): Promise<boolean> {
		try {
			await (await this.#store()).withdraw(report.itemId, report.assignmentKey);
			await this.#reload();
			return true;
		} catch {
			return false;
		}
	}

	async #reload(): Promise<void> {
		this.reports = await (await this.#store()).list();
		this.loadFailed = false;
		this.isLoaded = true;
	}
}

/** The app's one instance (browser only; nothing is read until `load`). */
export const problemReports = new ProblemReportsState();
