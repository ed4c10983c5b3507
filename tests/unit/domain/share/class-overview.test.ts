import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { assignmentKey, encodeResult, type Result } from '$lib/domain/share/result';
import { nameProblem } from '$lib/domain/share/names';
import { EARLIEST_DATE_MS, LATEST_DATE_MS, MAX_TIME_SPENT_MS } from '$lib/domain/share/bounds';
import {
	buildOverview,
	foldName,
	keepFailedLines,
	overviewCsv,
	parseResultBatch,
	parseRoster,
	type OverviewCsvLabels
} from '$lib/domain/share/class-overview';

const key = assignmentKey('assignment-code');
const at = Date.UTC(2026, 10, 25, 10, 0);
const result = (name: string, answers: string, extra: Partial<Result> = {}): Result => ({
	v: 1,
	assignment: key,
	name,
	answers,
	timeSpentMs: 600_000,
	completedAt: at,
	...extra
});

describe('foldName', () => {
	it.each([
		['Әлия  Серікова', 'әлия серікова'],
		['  ӘЛИЯ\tСЕРІКОВА ', 'әлия серікова'],
		['Ұлан Өмірбек', 'ұлан өмірбек'],
		['Иван Иванович Ёлкин', 'иван иванович ёлкин'],
		// "й" typed as и + combining breve matches the precomposed letter.
		['Бейбіт', 'бейбіт'],
		['Беи\u0306біт', 'бейбіт']
	])('%j → %j', (name, folded) => {
		expect(foldName(name)).toBe(folded);
	});
});

describe('parseRoster', () => {
	it('drops blank lines and repeats, keeping the first spelling', () => {
		expect(parseRoster('Әлия Серікова\n\n  Daniyar  \nәлия  серікова\r\nDaniyar')).toEqual([
			'Әлия Серікова',
			'Daniyar'
		]);
	});
});

describe('parseResultBatch', () => {
	const codes = [result('Әлия', '110'), result('Bob', '100'), result('Chen', '011')].map(encodeResult);

	it('reads codes on lines or separated by spaces, skipping blank lines, and names the line of each failure', () => {
		const text = `${codes[0]}\n\n  ${codes[1]} not-a-code\n${codes[2]!.slice(0, -1)}0\n${codes[2]}`;
		const batch = parseResultBatch(text);
		expect(batch.results.map((r) => [r.result.name, r.line])).toEqual([
			['Әлия', 1],
			['Bob', 3],
			['Chen', 5]
		]);
		expect(batch.failures.map((f) => [f.line, f.error])).toEqual([
			[3, 'share.error.malformed'],
			[4, expect.stringMatching(/^share\.error\.(checksum|malformed)$/)]
		]);
		expect(batch.results[0]!.code).toBe(codes[0]);
	});

	it('reads nothing from blank text', () => {
		expect(parseResultBatch(' \n\n\t')).toEqual({ results: [], failures: [] });
	});

	it('round-trips any valid result', () => {
		const anyResult = fc.record({
			v: fc.constant(1 as const),
			assignment: fc.stringMatching(/^[0-9a-f]{8}$/),
			name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && nameProblem(s) === undefined),
			answers: fc.stringMatching(/^[01-]{1,100}$/),
			timeSpentMs: fc.integer({ min: 0, max: MAX_TIME_SPENT_MS }),
			completedAt: fc.integer({ min: EARLIEST_DATE_MS, max: LATEST_DATE_MS })
		});
		fc.assert(
			fc.property(fc.array(anyResult, { minLength: 1, maxLength: 5 }), (results) => {
				const batch = parseResultBatch(results.map(encodeResult).join('\n'));
				expect(batch.failures).toEqual([]);
				expect(batch.results.map((r) => r.result)).toEqual(results);
			}),
			{ numRuns: 100 }
		);
	});

	it('never throws, and gives a result only for a token that is a valid code', () => {
		const valid = codes[0]!;
		const noise = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.constant(valid),
			fc.constant(valid.slice(1)),
			fc.constant(`${valid}x`)
		);
		fc.assert(
			fc.property(fc.array(noise, { maxLength: 6 }), fc.constantFrom('\n', ' ', '\r\n', '\t'), (parts, separator) => {
				const batch = parseResultBatch(parts.join(separator));
				for (const r of batch.results) expect(r.code).toBe(valid);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('keepFailedLines', () => {
	it('keeps only the failed lines and renumbers their failures', () => {
		const kept = keepFailedLines('good\nbad one\n\ngood\nbad two', [
			{ line: 2, code: 'bad', error: 'share.error.malformed' },
			{ line: 2, code: 'one', error: 'share.error.malformed' },
			{ line: 5, code: 'bad', error: 'share.error.checksum' }
		]);
		expect(kept.text).toBe('bad one\nbad two');
		expect(kept.failures.map((f) => f.line)).toEqual([1, 1, 2]);
	});
});

describe('buildOverview', () => {
	const results = [result('Chen', '11-'), result('  Әлия ', '110', { timeSpentMs: 90_000 }), result('Bob', '000')];

	it('sorts students, scores them and finds the hardest question', () => {
		const overview = buildOverview({ results, questionCount: 3, roster: [], locale: 'en' });
		expect(overview.students.map((s) => [s.name, s.correct, s.percent])).toEqual([
			['Bob', 0, 0],
			['Chen', 2, 67],
			['Әлия', 2, 67]
		]);
		expect(overview.students[1]!.marks).toEqual(['right', 'right', 'blank']);
		expect(overview.questions.map((q) => [q.percent, q.isHardest])).toEqual([
			[67, false],
			[67, false],
			[0, true]
		]);
		expect(overview.averagePercent).toBe(44);
		expect(overview.averageCorrect).toBeCloseTo(4 / 3);
		expect(overview.notOnRoster).toEqual([]);
	});

	it('marks no question hardest when all are equally hard, and has no averages without students', () => {
		expect(buildOverview({ results: [result('A', '11')], roster: [] }).questions.every((q) => !q.isHardest)).toBe(true);
		const empty = buildOverview({ results: [], questionCount: 2, roster: ['A'] });
		expect(empty.averagePercent).toBeUndefined();
		expect(empty.questions.map((q) => q.percent)).toEqual([0, 0]);
		expect(empty.notSubmitted).toEqual(['A']);
	});

	it('pads short answers with blanks and takes the longest when the question count is unknown', () => {
		const overview = buildOverview({ results: [result('A', '1'), result('B', '1011')], roster: [] });
		expect(overview.questions).toHaveLength(4);
		expect(overview.students[0]!.marks).toEqual(['right', 'blank', 'blank', 'blank']);
	});

	it('compares the class list by folded name', () => {
		const overview = buildOverview({ results, questionCount: 3, roster: ['әлия', 'Daniyar', 'BOB', 'daniyar'] });
		expect(overview.notSubmitted).toEqual(['Daniyar']);
		expect(overview.notOnRoster).toEqual(['Chen']);
		expect(overview.students.find((s) => s.name === 'Chen')?.isOnRoster).toBe(false);
	});
});

describe('overviewCsv', () => {
	const labels: OverviewCsvLabels = {
		name: 'Name',
		score: 'Score',
		percent: 'Percent',
		timeSpentMin: 'Time spent (minutes)',
		completedAt: 'Completed at (ISO)',
		question: (n) => `Q${n}`,
		correctShare: '% correct'
	};

	it('writes a row per student and a last row of per-question shares', () => {
		const overview = buildOverview({
			results: [result('Әлия, "Ә"', '1-0', { timeSpentMs: 754_000 }), result('Bob', '110')],
			questionCount: 3,
			roster: []
		});
		const rows = Papa.parse<string[]>(overviewCsv(overview, labels).trim()).data;
		expect(rows).toEqual([
			['Name', 'Score', 'Percent', 'Time spent (minutes)', 'Completed at (ISO)', 'Q1', 'Q2', 'Q3'],
			['Bob', '2', '67', '10', '2026-11-25T10:00:00.000Z', '1', '1', '0'],
			['Әлия, "Ә"', '1', '33', '12.6', '2026-11-25T10:00:00.000Z', '1', '', '0'],
			['% correct', '1.5', '50', '', '', '100', '50', '0']
		]);
	});

	it('keeps a name from running as a spreadsheet formula', () => {
		const overview = buildOverview({ results: [result('=HYPERLINK("x")', '1')], roster: [] });
		expect(overviewCsv(overview, labels)).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
