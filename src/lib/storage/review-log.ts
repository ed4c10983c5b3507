/** The whole review log, read to fit FSRS to the learner and to export it for other FSRS tools. */
import type { LoggedReview } from '../domain/study/fsrs-fit';
import type { QaitalaDb, ReviewRow } from './db';
import { getDb } from './connection';

/** Reviews read per transaction. */
const LOG_BATCH = 5_000;

export class ReviewLogRepository {
	constructor(readonly db: QaitalaDb) {}

	async countReviews(): Promise<number> {
		return this.db.reviews.count();
	}

	/**
	 * Every review, oldest first (ties in the order they were written). Read in batches, a transaction
	 * each: a long log never holds the database for long, so the next page opens it at once.
	 */
	async loadReviewLog(): Promise<LoggedReview[]> {
		const rows: ReviewRow[] = [];
		for (let after: number | undefined; ;) {
			const batch = await (
				after === undefined ? this.db.reviews.orderBy(':id') : this.db.reviews.where(':id').above(after)
			)
				.limit(LOG_BATCH)
				.toArray();
			rows.push(...batch);
			if (batch.length < LOG_BATCH) break;
			after = batch.at(-1)!.id;
		}
		// As the reviewedAt index orders them: by time, then by key.
		rows.sort((a, b) => a.reviewedAt - b.reviewedAt || a.id! - b.id!);
		return rows.map(toLoggedReview);
	}
}

function toLoggedReview(row: ReviewRow): LoggedReview {
	// Rows written before answer times were recorded have no duration.
	const durationMs = (row as { durationMs?: unknown }).durationMs;
	return {
		itemId: row.itemId,
		grade: row.grade,
		reviewedAt: row.reviewedAt,
		stateBefore: row.cardBefore?.state ?? 'new',
		...(typeof durationMs === 'number' && Number.isFinite(durationMs) ? { durationMs } : {})
	};
}

let shared: ReviewLogRepository | undefined;

export function getReviewLogRepository(): ReviewLogRepository {
	shared ??= new ReviewLogRepository(getDb());
	return shared;
}
