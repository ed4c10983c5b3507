import { describe, expect, it } from 'vitest';
import { defaultSettings, sanitizeSettings } from '$lib/domain/settings';
import { DEFAULT_FSRS_WEIGHTS } from '$lib/domain/study/scheduler';

const fitted = DEFAULT_FSRS_WEIGHTS.map((w) => Math.round(w * 1.1 * 10_000) / 10_000);

describe('sanitizeSettings: FSRS weights', () => {
	it('keeps 21 finite numbers, as a copy', () => {
		const raw = { ...defaultSettings('en'), fsrsWeights: fitted };
		const settings = sanitizeSettings(raw);
		expect(settings.fsrsWeights).toEqual(fitted);
		expect(settings.fsrsWeights).not.toBe(fitted);
	});

	it('has no weights (the defaults) when none are stored', () => {
		expect(sanitizeSettings(defaultSettings('en'))).not.toHaveProperty('fsrsWeights');
		expect(defaultSettings('kk')).not.toHaveProperty('fsrsWeights');
	});

	it.each([
		['20 numbers', fitted.slice(0, 20)],
		['22 numbers', [...fitted, 1]],
		['a NaN', fitted.map((w, i) => (i === 5 ? NaN : w))],
		['an infinity', fitted.map((w, i) => (i === 0 ? Infinity : w))],
		['a string', fitted.map((w, i) => (i === 3 ? String(w) : w))],
		['an object', { 0: 1 }],
		['null', null]
	])('rejects %s, falling back', (_, fsrsWeights) => {
		expect(sanitizeSettings({ ...defaultSettings('en'), fsrsWeights })).not.toHaveProperty('fsrsWeights');
		const withWeights = { ...defaultSettings('en'), fsrsWeights: fitted };
		expect(sanitizeSettings({ ...defaultSettings('en'), fsrsWeights }, withWeights).fsrsWeights).toEqual(fitted);
	});

	it('drops the weights when they are set to undefined (going back to the defaults)', () => {
		const withWeights = { ...defaultSettings('en'), fsrsWeights: fitted };
		expect(sanitizeSettings({ ...withWeights, fsrsWeights: undefined }, withWeights)).not.toHaveProperty('fsrsWeights');
	});
});
