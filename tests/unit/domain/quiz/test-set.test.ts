import { describe, expect, it } from 'vitest';
import { buildTestSet, newTestSeed, scoreAttempt, testDeadline, type TestCandidate } from '$lib/domain/quiz/test-set';
import { seededRandom } from '$lib/domain/bank/present';

const candidates: TestCandidate[] = Array.from({ length: 40 }, (_, i) => ({
	itemId: `item-${i}`,
	topicId: i < 20 ? 'a' : 'b',
	type: i % 5 === 0 ? 'flashcard' : 'choice',
	...(i % 4 === 3 ? {} : { level: i % 2 ? 'understand' : 'recall' })
}));

describe('buildTestSet', () => {
	it('draws the same questions for the same seed, and others for another seed', () => {
		const one = buildTestSet(candidates, { topicIds: ['a', 'b'], count: 10, seed: 'abc' });
		expect(one).toHaveLength(10);
		expect(buildTestSet(candidates, { topicIds: ['a', 'b'], count: 10, seed: 'abc' })).toEqual(one);
		expect(buildTestSet(candidates, { topicIds: ['a', 'b'], count: 10, seed: 'abd' })).not.toEqual(one);
	});

	it('keeps to the chosen topics, leaves flashcards out and never repeats a question', () => {
		const set = buildTestSet(candidates, { topicIds: ['a'], count: 50, seed: 's' });
		expect(set).toHaveLength(16); // 20 items of topic a, 4 of them flashcards
		expect(new Set(set).size).toBe(16);
		expect(set.every((id) => Number(id.split('-')[1]) < 20 && Number(id.split('-')[1]) % 5 !== 0)).toBe(true);
	});
});

describe('buildTestSet with a level', () => {
	it('draws only questions of that level, the same ones for the same seed', () => {
		const set = buildTestSet(candidates, { topicIds: ['a', 'b'], count: 50, seed: 's', level: 'understand' });
		const understand = candidates
			.filter((c) => c.level === 'understand' && c.type !== 'flashcard')
			.map((c) => c.itemId);
		expect([...set].sort()).toEqual([...understand].sort());
		expect(buildTestSet(candidates, { topicIds: ['a', 'b'], count: 3, seed: 's', level: 'understand' })).toEqual(
			buildTestSet(candidates, { topicIds: ['a', 'b'], count: 3, seed: 's', level: 'understand' })
		);
		expect(buildTestSet(candidates, { topicIds: ['a'], count: 50, seed: 's', level: 'analyse' })).toEqual([]);
	});
});

describe('newTestSeed', () => {
	it('makes a short readable seed from the random function', () => {
		expect(newTestSeed(seededRandom('x'))).toMatch(/^[a-z2-9]{6}$/);
		expect(newTestSeed(seededRandom('x'))).toBe(newTestSeed(seededRandom('x')));
	});
});

describe('scoreAttempt and testDeadline', () => {
	it('counts unanswered questions as wrong', () => {
		const answers = [
			{ itemId: 'a', response: { type: 'true-false', answer: true } as const, isCorrect: true },
			{ itemId: 'b', response: { type: 'true-false', answer: true } as const, isCorrect: false }
		];
		expect(scoreAttempt({ itemIds: ['a', 'b', 'c'], answers })).toEqual({ correct: 1, total: 3 });
	});

	it('has a deadline only with a time limit', () => {
		expect(testDeadline({ startedAt: 1000, timeLimitMs: 600_000 })).toBe(601_000);
		expect(testDeadline({ startedAt: 1000, timeLimitMs: 0 })).toBeUndefined();
	});
});
