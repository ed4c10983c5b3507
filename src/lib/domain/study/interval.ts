import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/**
 * Rounds a duration to the one unit a grade button can show.
 * @param ms duration in milliseconds
 * @example describeInterval(90 * 60_000) // { count: 2, unit: 'hour' }
 */
export function describeInterval(ms: number): { count: number; unit: IntervalUnit } {
	if (ms < HOUR_MS) return { count: Math.max(1, Math.round(ms / MINUTE_MS)), unit: 'minute' };
	if (ms < DAY_MS) return { count: Math.round(ms / HOUR_MS), unit: 'hour' };
	const days = ms / DAY_MS;
	if (days < 30) return { count: Math.round(days), unit: 'day' };
	if (days < 365) return { count: Math.round(days / 30), unit: 'month' };
	return { count: Math.round((days / 365) * 10) / 10, unit: 'year' };
}
