/**
 * The problems a learner reported with questions: one report per question and place (their own
 * study, or one assignment), replaced when they report it again, gone when they withdraw it.
 */
import type { ProblemReport } from '../domain/report/problem-report';
import { checkRow } from '../domain/data/row-schemas';
import type { QaitalaDb } from './db';
import { getDb } from './connection';

export class ProblemReportRepository {
	constructor(readonly db: QaitalaDb) {}

	/** Keeps `report`, replacing any earlier one on the same question in the same place; returns its id. */
	async report(report: ProblemReport): Promise<number> {
		return this.db.transaction('rw', this.db.problemReports, async () => {
			const earlier = await this.#samePlace(report.itemId, report.assignmentKey);
			await this.db.problemReports.bulkDelete(earlier.map((r) => r.id!));
			const { id: _id, ...row } = report;
			return (await this.db.problemReports.add(row)) as number;
		});
	}

	/** Removes the learner's report on `itemId` in that place (a merged backup may have left two). */
	async withdraw(itemId: string, assignmentKey?: string): Promise<void> {
		await this.db.transaction('rw', this.db.problemReports, async () => {
			const rows = await this.#samePlace(itemId, assignmentKey);
			await this.db.problemReports.bulkDelete(rows.map((r) => r.id!));
		});
	}

	/** Every readable report, newest first; a row that fails its schema is left to the database check. */
	async list(): Promise<ProblemReport[]> {
		const rows = await this.db.problemReports.orderBy('reportedAt').reverse().toArray();
		return rows.filter((row) => checkRow('problemReports', row).ok);
	}

	/** The readable reports made in one assignment, oldest first. */
	async listForAssignment(assignmentKey: string): Promise<ProblemReport[]> {
		const rows = await this.db.problemReports.where('assignmentKey').equals(assignmentKey).sortBy('reportedAt');
		return rows.filter((row) => checkRow('problemReports', row).ok);
	}

	#samePlace(itemId: string, assignmentKey: string | undefined): Promise<ProblemReport[]> {
		return this.db.problemReports
			.where('itemId')
			.equals(itemId)
			.filter((r) => r.assignmentKey === assignmentKey)
			.toArray();
	}
}

let shared: ProblemReportRepository | undefined;

export function getProblemReportRepository(): ProblemReportRepository {
	shared ??= new ProblemReportRepository(getDb());
	return shared;
}
