import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentKey, decodeResult, encodeResult, resultScore, type Result } from '$lib/domain/share/result';

const key = assignmentKey('some-assignment-code');
const result: Result = { v: 1, assignment: key, name: 'Әлия Сейітқызы', answers: '1101-01111', timeSpentMs: 754_000, completedAt: Date.UTC(2026, 10, 25, 10, 0) };

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
		expect(decodeResult(encodeResult(result), { assignment: assignmentKey('another') })).toEqual({ ok: false, error: 'share.error.otherAssignment' });
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
