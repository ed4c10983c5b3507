import { describe, expect, it } from 'vitest';
import { formatDate } from '$lib/domain/date-format';

const SUNDAY = new Date(2026, 10, 22, 14, 5).getTime();

describe('formatDate', () => {
	it('writes Kazakh dates itself, whether or not the browser has Kazakh data', () => {
		expect(formatDate('kk', SUNDAY, 'date')).toBe('2026 ж. 22 қараша');
		expect(formatDate('kk', SUNDAY, 'dayMonth')).toBe('22 қараша');
		expect(formatDate('kk', SUNDAY, 'dateTime')).toBe('2026 ж. 22 қараша, 14:05');
		expect(formatDate('kk', SUNDAY, 'weekdayDate')).toBe('2026 ж. 22 қараша, жс');
	});

	it('leaves Russian and English to Intl', () => {
		expect(formatDate('ru', SUNDAY, 'date')).toBe('22 ноября 2026 г.');
		expect(formatDate('en', SUNDAY, 'dayMonth')).toBe('Nov 22');
	});
});
