import { describe, expect, it } from 'vitest';
import { isSameCardMap, type Card } from '$lib/domain/study/card';

const card = (itemId: string, dueAt: number): Card => ({
	itemId,
	state: 'review',
	dueAt,
	stability: 3,
	difficulty: 5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0
});

describe('isSameCardMap', () => {
	it('holds two reads with equal cards (other objects) the same', () => {
		const a = new Map([['x', card('x', 1)]]);
		expect(isSameCardMap(a, new Map([['x', card('x', 1)]]))).toBe(true);
	});

	it('tells a changed, added or missing card', () => {
		const a = new Map([['x', card('x', 1)]]);
		expect(isSameCardMap(a, new Map([['x', card('x', 2)]]))).toBe(false);
		expect(isSameCardMap(a, new Map([['y', card('y', 1)]]))).toBe(false);
		expect(isSameCardMap(a, new Map([...a, ['y', card('y', 1)]]))).toBe(false);
		expect(isSameCardMap(a, new Map())).toBe(false);
	});
});
