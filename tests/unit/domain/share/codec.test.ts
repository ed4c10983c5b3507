import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { decodeJson, encodeJson, MAX_INFLATED_BYTES } from '$lib/domain/share/codec';

describe('encodeJson / decodeJson', () => {
	it('round-trips any JSON value through URL-safe text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = encodeJson(value);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				const decoded = decodeJson(text);
				expect(decoded).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
			}),
			{ numRuns: 200 }
		);
	});

	it('never throws on arbitrary text, and says why it failed', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const decoded = decodeJson(text);
				if (!decoded.ok) expect(['malformed', 'too-large']).toContain(decoded.failure);
			}),
			{ numRuns: 500 }
		);
	});

	it('refuses a payload that inflates past the bound (a zip bomb)', () => {
		const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES * 4), { level: 9 });
		let binary = '';
		for (const b of bomb) binary += String.fromCharCode(b);
		const text = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		expect(decodeJson(text)).toEqual({ ok: false, failure: 'too-large' });
	});

	it.each([
		['', 'malformed'],
		['!!!', 'malformed'],
		['abc', 'malformed'],
		['x'.repeat(7000), 'too-large']
	])('%j → %s', (text, failure) => {
		expect(decodeJson(text)).toEqual({ ok: false, failure });
	});
});
