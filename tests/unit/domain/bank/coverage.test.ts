import { describe, expect, it } from 'vitest';
import { uncoveredRanges } from '$lib/domain/bank/coverage';

describe('uncoveredRanges', () => {
	it.each([
		[['a', 'b', '', 'c'], [[1, 1]], [[2, 4]]],
		[['a', 'b', 'c'], [[1, 3]], []],
		[
			['a', 'b', 'c', 'd'],
			[[2, 2]],
			[
				[1, 1],
				[3, 4]
			]
		],
		[['', 'a', '', ''], [], [[2, 2]]],
		[['a', 'b'], [[1, 9]], []]
	] as const)('%j cited %j leaves %j', (lines, cited, expected) => {
		expect(uncoveredRanges(lines, cited as unknown as [number, number][])).toEqual(expected);
	});
});
