import { describe, expect, it } from 'vitest';
import { shuffleWithSeed, splitCloze } from '$lib/domain/bank/present';

describe('splitCloze', () => {
	it('splits at the gap', () => {
		expect(splitCloze('Joined the ___ in 1992.')).toEqual(['Joined the ', ' in 1992.']);
		expect(splitCloze('no gap')).toEqual(['no gap', '']);
	});
});

describe('shuffleWithSeed', () => {
	it('is reproducible and keeps every element', () => {
		const list = ['a', 'b', 'c', 'd', 'e'];
		expect(shuffleWithSeed(list, 'seed')).toEqual(shuffleWithSeed(list, 'seed'));
		expect([...shuffleWithSeed(list, 'seed')].sort()).toEqual(list);
	});

	it('never returns the original order of distinct elements', () => {
		for (let i = 0; i < 200; i++) expect(shuffleWithSeed(['x', 'y', 'z'], `s${i}`)).not.toEqual(['x', 'y', 'z']);
		expect(shuffleWithSeed(['x', 'y'], 'any')).toEqual(['y', 'x']);
	});
});
