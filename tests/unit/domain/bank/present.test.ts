import { describe, expect, it } from 'vitest';
import { splitCloze } from '$lib/domain/bank/present';

describe('splitCloze', () => {
	it('splits at the gap', () => {
		expect(splitCloze('Joined the ___ in 1992.')).toEqual(['Joined the ', ' in 1992.']);
		expect(splitCloze('no gap')).toEqual(['no gap', '']);
	});
});
