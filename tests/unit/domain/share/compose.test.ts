import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	assignmentLink,
	composeItemIds,
	dateInputValue,
	dueAtFromDateInput,
	eligibleCandidates,
	type ComposeCandidate
} from '$lib/domain/share/compose';

const candidates: ComposeCandidate[] = [
	...Array.from({ length: 6 }, (_, i) => ({
		itemId: `a-${i}`,
		topicId: 'a',
		type: i % 2 ? ('choice' as const) : ('flashcard' as const)
	})),
	...Array.from({ length: 4 }, (_, i) => ({ itemId: `b-${i}`, topicId: 'b', type: 'true-false' as const }))
];

describe('composeItemIds', () => {
	it('keeps only the chosen levels and the questions carrying a chosen tag', () => {
		const tagged: ComposeCandidate[] = [
			{ itemId: 'x-1', topicId: 'x', type: 'choice', level: 'recall', tags: ['eu'] },
			{ itemId: 'x-2', topicId: 'x', type: 'choice', level: 'analyse', tags: ['eu', 'trade'] },
			{ itemId: 'x-3', topicId: 'x', type: 'choice', level: 'understand', tags: ['china'] },
			{ itemId: 'x-4', topicId: 'x', type: 'choice' }
		];
		const base = { topicIds: ['x'], types: ['choice' as const], count: 50, order: 'fixed' as const, seed: 's' };
		expect(composeItemIds(tagged, base)).toEqual(['x-1', 'x-2', 'x-3', 'x-4']);
		expect(composeItemIds(tagged, { ...base, levels: ['understand', 'analyse'] })).toEqual(['x-2', 'x-3']);
		expect(composeItemIds(tagged, { ...base, tagIds: ['trade', 'china'] })).toEqual(['x-2', 'x-3']);
		expect(composeItemIds(tagged, { ...base, levels: ['recall'], tagIds: ['eu'] })).toEqual(['x-1']);
	});

	it('keeps only the chosen topics and types, in course order when fixed', () => {
		const ids = composeItemIds(candidates, {
			topicIds: ['a', 'b'],
			types: ['choice', 'true-false'],
			count: 50,
			order: 'fixed',
			seed: 's'
		});
		expect(ids).toEqual(['a-1', 'a-3', 'a-5', 'b-0', 'b-1', 'b-2', 'b-3']);
	});

	it('lists topics in the order given', () => {
		const ids = composeItemIds(candidates, {
			topicIds: ['b', 'a'],
			types: ['choice', 'true-false'],
			count: 50,
			order: 'fixed',
			seed: 's'
		});
		expect(ids.slice(0, 4)).toEqual(['b-0', 'b-1', 'b-2', 'b-3']);
	});

	it('draws the same questions for the same seed, and keeps a fixed order among them', () => {
		const choice = {
			topicIds: ['a', 'b'],
			types: ['flashcard', 'choice', 'true-false'] as const,
			count: 4,
			order: 'fixed' as const,
			seed: 'k3v9'
		};
		const once = composeItemIds(candidates, { ...choice, types: [...choice.types] });
		expect(once).toHaveLength(4);
		expect(composeItemIds(candidates, { ...choice, types: [...choice.types] })).toEqual(once);
		const positions = once.map((id) => candidates.findIndex((c) => c.itemId === id));
		expect(positions).toEqual([...positions].sort((x, y) => x - y));
	});

	it('shuffles with the seed: a permutation of the same draw', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 0, max: 12 }), (seed, count) => {
				const base = {
					topicIds: ['a', 'b'],
					types: ['flashcard', 'choice', 'true-false'] as ('flashcard' | 'choice' | 'true-false')[],
					count,
					seed
				};
				const fixed = composeItemIds(candidates, { ...base, order: 'fixed' });
				const shuffled = composeItemIds(candidates, { ...base, order: 'shuffled' });
				expect([...shuffled].sort()).toEqual([...fixed].sort());
				expect(fixed).toHaveLength(Math.min(count, 10));
				expect(new Set(fixed).size).toBe(fixed.length);
			})
		);
	});

	it('finds nothing for a type no chosen topic has', () => {
		expect(eligibleCandidates(candidates, { topicIds: ['b'], types: ['choice'] })).toEqual([]);
		expect(
			composeItemIds(candidates, { topicIds: ['b'], types: ['choice'], count: 5, order: 'fixed', seed: 'x' })
		).toEqual([]);
	});
});

describe('links and dates', () => {
	it('puts the code after # so that no server sees it', () => {
		expect(assignmentLink('https://example.org', 'kk', 'abc')).toBe('https://example.org/kk/assignment/#abc');
	});

	it('reads a date field as the end of that local day, and back', () => {
		const dueAt = dueAtFromDateInput('2026-12-04');
		expect(dueAt).toBeDefined();
		const date = new Date(dueAt!);
		expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([
			2026, 11, 4, 23, 59
		]);
		expect(dateInputValue(dueAt)).toBe('2026-12-04');
	});

	it('refuses an empty or impossible date', () => {
		expect(dueAtFromDateInput('')).toBeUndefined();
		expect(dueAtFromDateInput('2026-02-31')).toBeUndefined();
		expect(dueAtFromDateInput('04.12.2026')).toBeUndefined();
		expect(dateInputValue(undefined)).toBe('');
	});
});
