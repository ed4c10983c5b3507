import { describe, expect, it } from 'vitest';
import { formatDate } from '$lib/domain/date-format';

const SUNDAY = new Date(2026, 10, 22, 14, 5).getTime();

describe('formatDate', () => {
	it('writes Kazakh dates itself when the browser has no Kazakh data', () => {
		expect(formatDate('kk', SUNDAY, 'date', false)).toBe('2026 ж. 22 қараша');
		expect(formatDate('kk', SUNDAY, 'dayMonth', false)).toBe('22 қараша');
		expect(formatDate('kk', SUNDAY, 'dateTime', false)).toBe('2026 ж. 22 қараша, 14:05');
		expect(formatDate('kk', SUNDAY, 'weekdayDate', false)).toBe('2026 ж. 22 қараша, жс');
	});

	it('leaves other languages, and Kazakh where it is known, to Intl', () => {
		expect(formatDate('ru', SUNDAY, 'date')).toBe('22 ноября 2026 г.');
		expect(formatDate('en', SUNDAY, 'dayMonth')).toBe('Nov 22');
		expect(formatDate('kk', SUNDAY, 'date', true)).toContain('2026');
	});
});
