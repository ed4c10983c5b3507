import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { encodeJson } from '$lib/domain/share/codec';

const assignment: Assignment = {
	v: 1,
	title: 'EU strategies 2007 and 2019',
	instructions: 'Finish before the seminar.',
	dueAt: Date.UTC(2026, 10, 27, 18, 59),
	mode: 'test',
	timeLimitMin: 20,
	languages: ['kk', 'ru'],
	topicIds: ['eu-ca-strategies'],
	itemIds: Array.from({ length: 20 }, (_, i) => `eu-strategy-item-number-${i}`)
};

describe('assignment codes', () => {
	it('round-trip, compactly', () => {
		const code = encodeAssignment(assignment);
		expect(decodeAssignment(code)).toEqual({ ok: true, assignment });
		expect(code.length).toBeLessThan(700); // 20 questions fit a short link and a QR code
	});

	it('refuse items the app does not have', () => {
		const known = new Set(assignment.itemIds.slice(1));
		expect(decodeAssignment(encodeAssignment(assignment), known)).toEqual({ ok: false, error: 'share.error.invalid' });
	});

	it.each([
		['a damaged code', 'AAAA!!', 'share.error.malformed'],
		['another version', encodeJson({ ...assignment, v: 3 }), 'share.error.version'],
		['version 2 without the questions it carries', encodeJson({ ...assignment, v: 2 }), 'share.error.invalid'],
		['an empty title', encodeJson({ ...assignment, title: '  ' }), 'share.error.invalid'],
		['no items', encodeJson({ ...assignment, itemIds: [] }), 'share.error.invalid'],
		['an unknown field', encodeJson({ ...assignment, extra: 1 }), 'share.error.invalid'],
		['an unsafe item id', encodeJson({ ...assignment, itemIds: ['<script>'] }), 'share.error.invalid'],
		[
			'too many items',
			encodeJson({ ...assignment, itemIds: Array.from({ length: 101 }, (_, i) => `i-${i}`) }),
			'share.error.invalid'
		]
	])('refuse %s', (_, code, error) => {
		expect(decodeAssignment(code)).toEqual({ ok: false, error });
	});

	it('never throw on hostile input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.jsonValue().map(encodeJson)), (code) => {
				const result = decodeAssignment(code);
				expect(typeof result.ok).toBe('boolean');
			}),
			{ numRuns: 500 }
		);
	});
});
