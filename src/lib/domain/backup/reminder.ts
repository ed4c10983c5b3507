/** When to remind a student to make a backup: after a week's worth of study days without one. */

/** Study days without a backup after which the reminder shows. */
export const REMIND_AFTER_STUDY_DAYS = 7;

/**
 * How many local days with at least one review there are from `sinceMs` on, counted up to `limit`
 * (asking only for the first review of each day, so a long history costs `limit` look-ups).
 * @param firstReviewAtOrAfter the time of the first review at or after a time (epoch ms), if any
 * @param startOfNextDay the start of the local day after the one holding a time
 */
export async function countStudyDaysSince(
	sinceMs: number,
	firstReviewAtOrAfter: (ms: number) => Promise<number | undefined>,
	startOfNextDay: (ms: number) => number,
	limit = REMIND_AFTER_STUDY_DAYS
): Promise<number> {
	let days = 0;
	let cursor = sinceMs;
	while (days < limit) {
		const next = await firstReviewAtOrAfter(cursor);
		if (next === undefined) break;
		days++;
		cursor = startOfNextDay(next);
	}
	return days;
}

/**
 * The reminder counts from the later of the last backup and the last time it was put off.
 * @example reminderCountsFrom(undefined, undefined) // 0: never backed up, every study day counts
 */
export function reminderCountsFrom(lastBackupAt: number | undefined, dismissedAt: number | undefined): number {
	return Math.max(lastBackupAt ?? 0, dismissedAt ?? 0);
}
