/** The whole review log, read to fit FSRS to the learner and to export it for other FSRS tools. */
import type { LoggedReview } from '../domain/study/fsrs-fit';
import type { QaitalaDb, ReviewRow } from './db';
import { getDb } from './repository';

export class ReviewLogRepository {
	constructor(readonly db: QaitalaDb) {}

	async countReviews(): Promise<number> {
		return this.db.reviews.count();
	}

	/** Every review, oldest first (ties in the order they were written). */
	async loadReviewLog(): Promise<LoggedReview[]> {
		const rows = await this.db.reviews.orderBy('reviewedAt').toArray();
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

export function getReviewLog(): ReviewLogRepository {
	shared ??= new ReviewLogRepository(getDb());
	return shared;
}
