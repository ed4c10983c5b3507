import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	hasDirectionControls,
	isolatedName,
	MAX_NAME_LENGTH,
	nameProblem,
	withoutDirectionControls
} from '$lib/domain/share/names';
import { buildOverview, overviewCsv } from '$lib/domain/share/class-overview';
import type { Result } from '$lib/domain/share/result';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('names with direction-changing characters', () => {
	it('are found and neutralised: a right-to-left override no longer shows "evil" as "live"', () => {
		expect(hasDirectionControls('\u202Eevil')).toBe(true);
		expect(withoutDirectionControls('\u202Eevil')).toBe('evil');
		expect(isolatedName('\u202Eevil')).toBe('\u2068evil\u2069');
		for (const control of CONTROLS) expect(hasDirectionControls(`a${control}b`)).toBe(true);
		// Letter-like marks and right-to-left scripts are names, not tricks.
		expect(hasDirectionControls('Әлия Серікова')).toBe(false);
		expect(hasDirectionControls('\u200Fعلي')).toBe(false);
	});

	it('leave nothing that could reorder the text around them (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS))), (parts) => {
				const shown = withoutDirectionControls(parts.join(''));
				expect(hasDirectionControls(shown)).toBe(false);
				const isolated = isolatedName(parts.join(''));
				expect(isolated.startsWith('\u2068') && isolated.endsWith('\u2069')).toBe(true);
				expect(hasDirectionControls(isolated.slice(1, -1))).toBe(false);
			})
		);
	});

	it('are shown without their controls and flagged in the class table and its CSV', () => {
		const result = (name: string): Result => ({
			v: 1,
			assignment: 'abcdef01',
			name,
			answers: '1',
			timeSpentMs: 0,
			completedAt: Date.UTC(2026, 10, 25)
		});
		const overview = buildOverview({ results: [result('\u202Eevil'), result('Bob')], roster: [] });
		expect(overview.students.map((s) => [s.name, s.hasDirectionControls])).toEqual([
			['Bob', false],
			['evil', true]
		]);
		const csv = overviewCsv(overview, {
			name: 'n',
			score: 's',
			percent: 'p',
			timeSpentMin: 't',
			completedAt: 'c',
			question: String,
			correctShare: 'x'
		});
		expect(hasDirectionControls(csv)).toBe(false);
	});
});

describe('nameProblem', () => {
	it.each([
		['Әлия Серікова', undefined],
		['  Bob  ', undefined],
		['', 'share.error.nameEmpty'],
		[' \t ', 'share.error.nameEmpty'],
		['я'.repeat(MAX_NAME_LENGTH), undefined],
		['я'.repeat(MAX_NAME_LENGTH + 1), 'share.error.nameTooLong'],
		['😀'.repeat(MAX_NAME_LENGTH), undefined], // counted in characters, not UTF-16 units
		['Bob\nBrown', 'share.error.nameControl'],
		['Bob\u0007', 'share.error.nameControl'],
		['Bob\u0085Brown', 'share.error.nameControl'],
		['\u202Eevil', undefined] // allowed, but flagged where it is shown
	])('%j → %s', (name, problem) => {
		expect(nameProblem(name)).toBe(problem);
	});
});
