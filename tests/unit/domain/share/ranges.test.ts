import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkResult, decodeResult, encodeResult, type Result } from '$lib/domain/share/result';
import { decodeAssignment, encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { readResultFile, resultFileContent } from '$lib/domain/share/files';
import { buildOverview, overviewCsv, parseResultBatch } from '$lib/domain/share/class-overview';
import {
	CLOCK_SKEW_MS,
	EARLIEST_DATE_MS,
	isCalendarDate,
	LATEST_DATE_MS,
	MAX_TIME_SPENT_MS
} from '$lib/domain/share/bounds';

const completedAt = Date.UTC(2026, 10, 25, 10, 0);
const good: Result = {
	v: 1,
	assignment: 'abcdef01',
	name: 'Әлия Серікова',
	answers: '10-1',
	timeSpentMs: 600_000,
	completedAt
};
/** A code made exactly as the app makes one, valid checksum and all, whatever the fields hold. */
const codeOf = (fields: Partial<Record<keyof Result, unknown>>) => encodeResult({ ...good, ...fields } as Result);

describe('result codes: every field in range', () => {
	it('refuses a result code completed at 8640000000000001 (one such code once hid a whole class)', () => {
		expect(decodeResult(codeOf({ completedAt: 8_640_000_000_000_001 }))).toEqual({
			ok: false,
			error: 'share.error.resultDate'
		});
	});

	it.each<[string, Partial<Record<keyof Result, unknown>>, string]>([
		['completed at 0 (1970)', { completedAt: 0 }, 'share.error.resultDate'],
		[
			'completed the day before the calendar starts',
			{ completedAt: EARLIEST_DATE_MS - 86_400_000 },
			'share.error.resultDate'
		],
		['completed after 2100', { completedAt: LATEST_DATE_MS + 1 }, 'share.error.resultDate'],
		['completed at a fraction of a millisecond', { completedAt: completedAt + 0.5 }, 'share.error.resultDate'],
		['completed at a negative date', { completedAt: -8_640_000_000_000_000 }, 'share.error.resultDate'],
		['with negative time spent', { timeSpentMs: -1 }, 'share.error.timeSpent'],
		['with more than a year spent', { timeSpentMs: MAX_TIME_SPENT_MS + 1 }, 'share.error.timeSpent'],
		['with a fraction of a millisecond spent', { timeSpentMs: 0.5 }, 'share.error.timeSpent'],
		['with a blank name', { name: '   ' }, 'share.error.nameEmpty'],
		['with an 81-character name', { name: 'я'.repeat(81) }, 'share.error.nameTooLong'],
		['with a line break in the name', { name: 'Aliya\nSerikova' }, 'share.error.nameControl'],
		['with a NUL in the name', { name: 'Aliya\u0000' }, 'share.error.nameControl'],
		['with more answers than an assignment can have', { answers: '1'.repeat(101) }, 'share.error.answerCount'],
		['with no answers', { answers: '' }, 'share.error.invalidResult'],
		['with answers that are not 1, 0 or -', { answers: '12' }, 'share.error.invalidResult'],
		['with a date as text', { completedAt: '2026-11-25' }, 'share.error.invalidResult']
	])('refuses a result %s, naming why', (_, fields, error) => {
		expect(decodeResult(codeOf(fields))).toEqual({ ok: false, error });
	});

	it('accepts the edges of every range', () => {
		for (const fields of [
			{ completedAt: EARLIEST_DATE_MS },
			{ completedAt: LATEST_DATE_MS },
			{ timeSpentMs: 0 },
			{ timeSpentMs: MAX_TIME_SPENT_MS },
			{ name: 'я'.repeat(80) }
		]) {
			expect(decodeResult(codeOf(fields)).ok).toBe(true);
		}
	});

	it('refuses, in context, a date ahead of the clock and a wrong number of answers', () => {
		const code = encodeResult(good);
		expect(decodeResult(code, { now: completedAt - CLOCK_SKEW_MS }).ok).toBe(true);
		expect(decodeResult(code, { now: completedAt - CLOCK_SKEW_MS - 1 })).toEqual({
			ok: false,
			error: 'share.error.resultFuture'
		});
		const known = (itemCount: number) => () => ({ itemCount });
		expect(decodeResult(code, { knownAssignment: known(4) }).ok).toBe(true);
		expect(decodeResult(code, { knownAssignment: known(5) })).toEqual({ ok: false, error: 'share.error.answerCount' });
		expect(decodeResult(code, { knownAssignment: () => undefined }).ok).toBe(true); // made elsewhere: taken at its word
	});

	it('checks a stored value the same way, whatever it holds', () => {
		expect(checkResult(good)).toEqual({ ok: true, result: good });
		for (const value of [
			undefined,
			null,
			42,
			'text',
			[],
			{ ...good, v: 2 },
			{ ...good, extra: 1 },
			{ ...good, completedAt: Number.NaN }
		]) {
			expect(checkResult(value).ok).toBe(false);
		}
		// Version 2 exists (results with reports); one from a later app is refused by its version.
		expect(checkResult({ ...good, v: 3 })).toEqual({ ok: false, error: 'share.error.version' });
	});
});

/** Values a hand-made code might put in a number field: everything from the edges of the calendar to beyond Date. */
const anyNumber = fc.oneof(
	fc.integer({ min: EARLIEST_DATE_MS - 10, max: LATEST_DATE_MS + 10 }),
	fc.constantFrom(
		EARLIEST_DATE_MS - 1,
		EARLIEST_DATE_MS,
		LATEST_DATE_MS,
		LATEST_DATE_MS + 1,
		8_640_000_000_000_001,
		-1,
		0
	),
	fc.double({ noNaN: true }),
	fc.maxSafeInteger(),
	fc.integer()
);
const anyField = fc.oneof(anyNumber, fc.string(), fc.boolean(), fc.constant(null));

describe('decoders, for any field values (property tests)', () => {
	it('never accept a result with an out-of-range date or time spent', () => {
		fc.assert(
			fc.property(
				anyNumber,
				anyNumber,
				fc.string({ maxLength: 90 }),
				fc.stringMatching(/^[01-]{0,102}$/),
				(at, spent, name, answers) => {
					const decoded = decodeResult(codeOf({ completedAt: at, timeSpentMs: spent, name, answers }));
					if (!decoded.ok) return;
					expect(isCalendarDate(decoded.result.completedAt)).toBe(true);
					expect(
						Number.isInteger(decoded.result.timeSpentMs) &&
							decoded.result.timeSpentMs >= 0 &&
							decoded.result.timeSpentMs <= MAX_TIME_SPENT_MS
					).toBe(true);
					expect([...decoded.result.name].length).toBeLessThanOrEqual(80);
					// What the class table does with it can never throw.
					expect(() => new Date(decoded.result.completedAt).toISOString()).not.toThrow();
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('never accept a stored result of any shape with an impossible date', () => {
		// Mostly good fields, so the odd one out is what decides.
		const orGood = <T>(value: T) =>
			fc.oneof({ arbitrary: fc.constant(value), weight: 3 }, { arbitrary: anyField, weight: 1 });
		const anyValue = fc.record(
			{
				v: orGood(1),
				assignment: orGood('abcdef01'),
				name: orGood('Aliya'),
				answers: orGood('10'),
				timeSpentMs: orGood(1000),
				completedAt: anyField
			},
			{ requiredKeys: ['completedAt'] }
		);
		fc.assert(
			fc.property(anyValue, (value) => {
				const checked = checkResult(value);
				if (checked.ok) expect(isCalendarDate(checked.result.completedAt)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never accept an assignment whose due date is off the calendar', () => {
		const base: Assignment = {
			v: 1,
			title: 'Set',
			mode: 'test',
			languages: ['kk'],
			topicIds: ['t'],
			itemIds: ['a', 'b']
		};
		fc.assert(
			fc.property(anyNumber, (dueAt) => {
				const decoded = decodeAssignment(encodeAssignment({ ...base, dueAt }));
				expect(decoded.ok).toBe(isCalendarDate(dueAt));
				if (!decoded.ok)
					expect(decoded.error).toBe(Number.isFinite(dueAt) ? 'share.error.dueDate' : 'share.error.invalid');
			}),
			{ numRuns: 500 }
		);
	});

	it('never let a pasted batch or a result file through with an impossible date', () => {
		fc.assert(
			fc.property(fc.array(anyNumber, { minLength: 1, maxLength: 4 }), (dates) => {
				const codes = dates.map((at, i) => codeOf({ completedAt: at, name: `Student ${i}` }));
				const batch = parseResultBatch(codes.join('\n'));
				expect(batch.results.length + batch.failures.length).toBe(dates.length);
				for (const { result } of batch.results) expect(isCalendarDate(result.completedAt)).toBe(true);
				const overview = buildOverview({ results: batch.results.map((r) => r.result), roster: [] });
				expect(() =>
					overviewCsv(overview, {
						name: 'n',
						score: 's',
						percent: 'p',
						timeSpentMin: 't',
						completedAt: 'c',
						question: String,
						correctShare: 'x'
					})
				).not.toThrow();
				const file = readResultFile(JSON.stringify({ qaitala: 'result', v: 1, code: codes[0] }));
				expect(file.ok).toBe(isCalendarDate(dates[0]));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('assignment codes: every field in range', () => {
	const base: Assignment = {
		v: 1,
		title: 'Set',
		mode: 'test',
		languages: ['kk'],
		topicIds: ['t'],
		itemIds: ['a', 'b']
	};

	it.each<[string, Partial<Record<keyof Assignment, unknown>>, string]>([
		['due in 1970', { dueAt: 0 }, 'share.error.dueDate'],
		['due past what a date can show', { dueAt: 8_640_000_000_000_001 }, 'share.error.dueDate'],
		['asking one question twice', { itemIds: ['a', 'b', 'a'] }, 'share.error.duplicateItems'],
		['naming a topic twice', { topicIds: ['t', 't'] }, 'share.error.invalid'],
		['naming a language twice', { languages: ['kk', 'kk'] }, 'share.error.invalid'],
		['with a time limit over ten hours', { timeLimitMin: 601 }, 'share.error.invalid']
	])('refuses an assignment %s', (_, fields, error) => {
		expect(decodeAssignment(encodeAssignment({ ...base, ...fields } as Assignment))).toEqual({ ok: false, error });
	});
});

describe('result files', () => {
	const code = encodeResult(good);
	const file = resultFileContent(code, good, 'note');

	it('are refused when their readable fields were edited away from the code', () => {
		expect(readResultFile(file).ok).toBe(true);
		for (const [from, to] of [
			['"score": "2/4"', '"score": "4/4"'],
			['"name": "Әлия Серікова"', '"name": "Someone Else"'],
			['"completedAt": "2026-11-25T10:00:00.000Z"', '"completedAt": "2026-11-20T10:00:00.000Z"']
		] as const) {
			const edited = file.replace(from, to);
			expect(edited).not.toBe(file);
			expect(readResultFile(edited)).toEqual({ ok: false, error: 'share.error.fileMismatch' });
		}
	});

	it('need no readable fields at all', () => {
		expect(readResultFile(JSON.stringify({ qaitala: 'result', code })).ok).toBe(true);
	});
});
