/**
 * The range a stored date (epoch ms) must fall in. Before 2000 is a phone whose clock was reset;
 * past 2200 is beyond any FSRS interval (at most 100 years) and near JavaScript's last date.
 * A module of its own so pages can check a date without loading the row schemas.
 */
export const EARLIEST_STORED_DATE_MS = Date.UTC(2000, 0, 1);
export const LATEST_STORED_DATE_MS = Date.UTC(2200, 0, 1);

/** Whether `value` is a finite epoch-ms date in the stored range. */
export function isStoredDate(value: unknown): value is number {
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= EARLIEST_STORED_DATE_MS &&
		value <= LATEST_STORED_DATE_MS
	);
}
