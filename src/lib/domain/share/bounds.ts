/**
 * The ranges every date and duration in a shared code must fall in. A code's checksum proves only
 * that it was not mistyped, so anything it carries may be absurd; these bounds keep an absurd value
 * out of storage, where one date past what `Date` can show broke a whole class table.
 */

const DAY_MS = 86_400_000;

/** Questions in one assignment, and so answers in one result. */
export const MAX_ASSIGNMENT_ITEMS = 100;

/** The earliest date a code may carry (epoch ms): before Qaitala existed, so an earlier one is a wrong clock or an edit. */
export const EARLIEST_DATE_MS = Date.UTC(2020, 0, 1);

/** The latest date a code may carry (epoch ms): far past any course, far inside what `Date` can show (±8.64e15). */
export const LATEST_DATE_MS = Date.UTC(2100, 0, 1);

/** How far past the reading device's clock a completion may lie: phone clocks drift by minutes, not days. */
export const CLOCK_SKEW_MS = 2 * DAY_MS;

/**
 * The longest time spent a result may report. A test without a time limit counts wall-clock time,
 * so one left open over a holiday is long, but not longer than a year.
 */
export const MAX_TIME_SPENT_MS = 366 * DAY_MS;

/** Whether `ms` is a whole epoch-millisecond date within the real calendar (EARLIEST_DATE_MS to LATEST_DATE_MS). */
export function isCalendarDate(ms: unknown): ms is number {
	return typeof ms === 'number' && Number.isInteger(ms) && ms >= EARLIEST_DATE_MS && ms <= LATEST_DATE_MS;
}
