import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	assignmentKey,
	decodeResult,
	encodeResult,
	makeResultWith,
	MAX_RESULT_REPORTS,
	reportsForResult,
	resultReports,
	resultScore,
	type Result
} from '$lib/domain/share/result';
import { encodeJson, MAX_ENCODED_LENGTH } from '$lib/domain/share/codec';
import { hashText } from '$lib/domain/bank/compile';
import { MAX_COMMENT_CHARS } from '$lib/domain/report/problem-report';
import { LANGUAGES } from '$lib/domain/language';
import { loadLanguage, translate } from '$lib/i18n';

const key = assignmentKey('some-assignment-code');
const result: Result = {
	v: 1,
	assignment: key,
	name: 'Әлия Сейітқызы',
	answers: '1101-01111',
	timeSpentMs: 754_000,
	completedAt: Date.UTC(2026, 10, 25, 10, 0)
};

describe('result codes', () => {
	it('round-trip and give the score', () => {
		const code = encodeResult(result);
		expect(code).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
		expect(decodeResult(code, { assignment: key })).toEqual({ ok: true, result });
		expect(resultScore(result)).toEqual({ correct: 7, total: 10 });
		expect(code.length).toBeLessThan(250);
	});

	it('catch an accidental change anywhere in the code', () => {
		const code = encodeResult(result);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...'ABCxyz019_-'), (at, ch) => {
				fc.pre(code[at] !== ch && code[at] !== '.');
				const edited = code.slice(0, at) + ch + code.slice(at + 1);
				expect(decodeResult(edited, { assignment: key }).ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it.each([
		['not a code', 'hello', 'share.error.malformed'],
		['a changed checksum', encodeResult(result).replace(/\.[0-9a-f]{8}$/, '.00000000'), 'share.error.checksum']
	])('refuse %s', (_, code, error) => {
		expect(decodeResult(code)).toEqual({ ok: false, error });
	});

	it('refuse a result for another assignment', () => {
		expect(decodeResult(encodeResult(result), { assignment: assignmentKey('another') })).toEqual({
			ok: false,
			error: 'share.error.otherAssignment'
		});
	});

	it('never throw on hostile input', () => {
		fc.assert(
			fc.property(fc.string(), (code) => {
				expect(typeof decodeResult(code).ok).toBe('boolean');
			}),
			{ numRuns: 500 }
		);
	});
});

describe('result codes with reported questions (version 2)', () => {
	const withReports: Result = {
		...result,
		v: 2,
		reports: [
			{ q: 1, reason: 'wrongAnswer', comment: 'Жауабы 1992 болуы керек' },
			{ q: 7, reason: 'typo' }
		]
	};
	const codeOf = (value: unknown) => {
		const payload = encodeJson(value);
		return `${payload}.${hashText(`qaitala-result:${payload}`)}`;
	};

	it('round-trip with their reasons and comments', () => {
		const code = encodeResult(withReports);
		expect(decodeResult(code, { assignment: key, knownAssignment: () => ({ itemCount: 10 }) })).toEqual({
			ok: true,
			result: withReports
		});
		expect(resultReports(withReports)).toHaveLength(2);
	});

	it('still read a code made before reports existed', () => {
		// Made by the app before version 2, byte for byte.
		const old =
			'q1YqU7Iy1FFKLC7OTM_LTc0rUbJSSjRPMzIyMDNV0lHKS8xNBYpcnnFh94UdF_sVLiy8sPXCzovTLjZdmn2x-8L2i91ARYl5xeWpRcVAdYaGBoa6BoZAABQuycxNDS4AGukLlDI3NTEwMNBRSs7PLchJLUlNcQTaZGhuaWpmYGABlDEwqAUA.507a6016';
		expect(decodeResult(old, { assignment: key })).toEqual({ ok: true, result });
		expect(resultReports(result)).toEqual([]);
	});

	it('are made as version 1 when nothing is reported, and as version 2 in question order otherwise', () => {
		const { v: _v, ...fields } = result;
		expect(makeResultWith(fields, [])).toEqual(result);
		expect(encodeResult(makeResultWith(fields, []))).toBe(encodeResult(result));
		const made = makeResultWith(fields, [
			{ q: 7, reason: 'typo' },
			{ q: 1, reason: 'wrongAnswer', comment: 'Жауабы 1992 болуы керек' },
			{ q: 7, reason: 'other' },
			{ q: 12, reason: 'unclear' } // past the last question: left out
		]);
		expect(made).toEqual(withReports);
	});

	it('map reports on items to the questions of the assignment', () => {
		const reports = reportsForResult(
			['a', 'b', 'c'],
			[
				{ itemId: 'c', reason: 'unclear', comment: '' },
				{ itemId: 'x', reason: 'typo', comment: 'not in it' },
				{ itemId: 'a', reason: 'other', comment: 'Неясно' }
			]
		);
		expect(reports).toEqual([
			{ q: 2, reason: 'unclear' },
			{ q: 0, reason: 'other', comment: 'Неясно' }
		]);
	});

	it('leave comments out, from the last report up, rather than make a code too long to read back', () => {
		const { v: _v, ...fields } = { ...result, answers: '1'.repeat(40) };
		// Random CJK text barely compresses: 20 full comments cannot fit in one code.
		let seed = 7;
		const noise = () =>
			Array.from({ length: MAX_COMMENT_CHARS }, () =>
				String.fromCodePoint(0x4e00 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 20000))
			).join('');
		const reports = Array.from({ length: MAX_RESULT_REPORTS + 5 }, (_, q) => ({
			q,
			reason: 'other' as const,
			comment: noise()
		}));
		const made = makeResultWith(fields, reports);
		const kept = resultReports(made);
		expect(kept).toHaveLength(MAX_RESULT_REPORTS);
		expect(kept[0]?.comment).toBeDefined();
		expect(kept.at(-1)?.comment).toBeUndefined();
		expect(decodeResult(encodeResult(made))).toEqual({ ok: true, result: made });
	});

	it.each([
		[
			'a comment over 200 characters',
			{ reports: [{ q: 0, reason: 'typo', comment: 'я'.repeat(MAX_COMMENT_CHARS + 1) }] },
			'reportProblem.error.commentTooLong'
		],
		[
			'a comment with a line break',
			{ reports: [{ q: 0, reason: 'typo', comment: 'one\ntwo' }] },
			'reportProblem.error.commentControl'
		],
		[
			'more reports than a result carries',
			{
				answers: '1'.repeat(30),
				reports: Array.from({ length: MAX_RESULT_REPORTS + 1 }, (_, q) => ({ q, reason: 'typo' }))
			},
			'reportProblem.error.tooMany'
		],
		['a report on a question past the last', { reports: [{ q: 10, reason: 'typo' }] }, 'reportProblem.error.invalid'],
		[
			'two reports on one question',
			{
				reports: [
					{ q: 1, reason: 'typo' },
					{ q: 1, reason: 'other' }
				]
			},
			'reportProblem.error.invalid'
		],
		['an unknown reason', { reports: [{ q: 1, reason: 'boring' }] }, 'share.error.invalidResult'],
		['an empty list of reports', { reports: [] }, 'reportProblem.error.invalid'],
		['reports in a version 1 result', { v: 1, reports: [{ q: 1, reason: 'typo' }] }, 'share.error.invalidResult'],
		['a version from a later app', { v: 3 }, 'share.error.version']
	])('refuse %s, with a translated error', async (_, change, error) => {
		expect(decodeResult(codeOf({ ...withReports, ...change }))).toEqual({ ok: false, error });
		await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
		for (const language of LANGUAGES) expect(translate(language, error), `${language}: ${error}`).not.toBe(error);
	});

	it('refuse a damaged or oversized code with a translated error', async () => {
		const code = encodeResult(withReports);
		const damaged = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
		expect(decodeResult(damaged)).toEqual({ ok: false, error: 'share.error.checksum' });
		expect(decodeResult(code.slice(0, code.length - 20) + code.slice(-9))).toMatchObject({ ok: false });
		const huge = codeOf({ ...withReports, reports: [{ q: 0, reason: 'other', comment: 'x'.repeat(70_000) }] });
		expect(decodeResult(huge)).toEqual({ ok: false, error: 'share.error.tooLarge' });
		// Text that does not compress: the payload itself is past what a code may hold.
		const noisy = Array.from({ length: 4000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
		const long = codeOf({ ...withReports, reports: [{ q: 0, reason: 'other', comment: noisy }] });
		expect(long.length).toBeGreaterThan(MAX_ENCODED_LENGTH);
		expect(decodeResult(long)).toEqual({ ok: false, error: 'share.error.tooLarge' });
		await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
		for (const error of ['share.error.checksum', 'share.error.tooLarge'])
			for (const language of LANGUAGES) expect(translate(language, error)).not.toBe(error);
	});
});
