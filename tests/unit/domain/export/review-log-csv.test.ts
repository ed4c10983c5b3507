import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toReviewLogCsv } from '$lib/domain/export/review-log-csv';
import type { LoggedReview } from '$lib/domain/study/fsrs-fit';

const T = Date.UTC(2026, 2, 2, 9, 0, 0);

describe('toReviewLogCsv', () => {
	it('writes the FSRS optimizer’s columns, oldest review first', () => {
		const log: LoggedReview[] = [
			{ itemId: 'kz-eu-2', grade: 'again', reviewedAt: T + 2000, stateBefore: 'review' },
			{ itemId: 'kz-eu-9', grade: 'good', reviewedAt: T, stateBefore: 'new', durationMs: 4321.6 },
			{ itemId: 'kz-eu-2', grade: 'easy', reviewedAt: T + 1000, stateBefore: 'learning' },
			{ itemId: 'kz-eu-9', grade: 'hard', reviewedAt: T + 3000, stateBefore: 'relearning' }
		];
		expect(toReviewLogCsv(log)).toBe(
			[
				'card_id,review_time,review_rating,review_state,review_duration',
				`1,${T},3,0,4322`,
				`2,${T + 1000},4,1,0`,
				`2,${T + 2000},1,2,0`,
				`1,${T + 3000},2,3,0`,
				''
			].join('\n')
		);
	});

	it('numbers cards by their first review, so an item keeps its number as the log grows', () => {
		const first: LoggedReview[] = [
			{ itemId: 'b', grade: 'good', reviewedAt: T, stateBefore: 'new' },
			{ itemId: 'a', grade: 'good', reviewedAt: T + 1, stateBefore: 'new' }
		];
		const later = [...first, { itemId: 'aa', grade: 'good', reviewedAt: T + 2, stateBefore: 'new' } as const];
		const ids = (csv: string) =>
			Papa.parse<string[]>(csv.trim())
				.data.slice(1)
				.map((row) => row[0]);
		expect(ids(toReviewLogCsv(first))).toEqual(['1', '2']);
		expect(ids(toReviewLogCsv(later))).toEqual(['1', '2', '3']);
	});

	it('is only the header for an empty log', () => {
		expect(toReviewLogCsv([])).toBe('card_id,review_time,review_rating,review_state,review_duration\n');
	});
});
