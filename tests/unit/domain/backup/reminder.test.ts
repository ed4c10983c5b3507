import { describe, expect, it } from 'vitest';
import { countStudyDaysSince, reminderCountsFrom } from '$lib/domain/backup/reminder';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2);
// UTC days, so the test does not depend on the machine's time zone.
const nextDay = (ms: number) => (Math.floor(ms / DAY) + 1) * DAY;

function reviewsAt(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	let asked = 0;
	const first = async (ms: number) => {
		asked++;
		return sorted.find((t) => t >= ms);
	};
	return { first, asked: () => asked };
}

describe('countStudyDaysSince', () => {
	it('counts days with reviews, not reviews', async () => {
		const log = reviewsAt([T0 + 1000, T0 + 2000, T0 + DAY + 5, T0 + 4 * DAY + 7]);
		expect(await countStudyDaysSince(0, log.first, nextDay)).toBe(3);
		expect(await countStudyDaysSince(T0 + DAY, log.first, nextDay)).toBe(2);
		expect(await countStudyDaysSince(T0 + 5 * DAY, log.first, nextDay)).toBe(0);
	});

	it('stops at the limit, asking once per day counted', async () => {
		const log = reviewsAt(Array.from({ length: 300 }, (_, i) => T0 + i * DAY + 10));
		expect(await countStudyDaysSince(0, log.first, nextDay, 7)).toBe(7);
		expect(log.asked()).toBe(7);
	});
});

describe('reminderCountsFrom', () => {
	it('counts from the later of the last backup and the last "not now"', () => {
		expect(reminderCountsFrom(undefined, undefined)).toBe(0);
		expect(reminderCountsFrom(T0, undefined)).toBe(T0);
		expect(reminderCountsFrom(T0, T0 + DAY)).toBe(T0 + DAY);
		expect(reminderCountsFrom(T0 + 2 * DAY, T0 + DAY)).toBe(T0 + 2 * DAY);
	});
});
