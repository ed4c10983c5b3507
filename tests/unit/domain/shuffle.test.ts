import { describe, expect, it } from 'vitest';
import { getCompiledBanks } from '$lib/server/load-banks';
import { seededRandom } from '$lib/domain/bank/present';
import { newPresentationToken, shuffle, shuffleAwayFromOrder, shuffledIndexes } from '$lib/domain/shuffle';
import { exportOptionOrder } from '$lib/domain/export/answer-text';

const permutations = (n: number): number => (n <= 1 ? 1 : n * permutations(n - 1));

describe('shuffle', () => {
	it('gives the same order for the same seed, and keeps every element', () => {
		const list = ['a', 'b', 'c', 'd', 'e'];
		expect(shuffle(list, 'seed')).toEqual(shuffle(list, 'seed'));
		expect([...shuffle(list, 'seed')].sort()).toEqual(list);
		expect(list).toEqual(['a', 'b', 'c', 'd', 'e']); // the argument is left alone
	});

	it('gives other orders for other seeds', () => {
		const orders = new Set(Array.from({ length: 50 }, (_, i) => shuffledIndexes(5, `s${i}`).join('')));
		expect(orders.size).toBeGreaterThan(30);
	});

	it.each([2, 3, 4, 5])('reaches every order of %i options about equally often, the original included', (n) => {
		const seen = new Map<string, number>();
		const runs = 400 * permutations(n);
		for (let i = 0; i < runs; i++) {
			const key = shuffledIndexes(n, `token${i}:item-${n}`).join('');
			seen.set(key, (seen.get(key) ?? 0) + 1);
		}
		expect(seen.size).toBe(permutations(n));
		expect(seen.has(shuffledIndexes(n, 'x').sort().join(''))).toBe(true);
		for (const count of seen.values()) expect(Math.abs(count - 400)).toBeLessThan(120);
	});

	it('puts each position first about equally often', () => {
		const random = seededRandom('firsts');
		const firsts = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) firsts[shuffledIndexes(4, `${newPresentationToken(random)}:q`)[0]!]! += 1;
		for (const count of firsts) expect(count).toBeGreaterThan(800);
	});
});

describe('shuffleAwayFromOrder', () => {
	it('is reproducible and keeps every element', () => {
		const list = ['a', 'b', 'c', 'd', 'e'];
		expect(shuffleAwayFromOrder(list, 'seed')).toEqual(shuffleAwayFromOrder(list, 'seed'));
		expect([...shuffleAwayFromOrder(list, 'seed')].sort()).toEqual(list);
	});

	it('never returns the original order of distinct elements', () => {
		for (let i = 0; i < 200; i++) expect(shuffleAwayFromOrder(['x', 'y', 'z'], `s${i}`)).not.toEqual(['x', 'y', 'z']);
		expect(shuffleAwayFromOrder(['x', 'y'], 'any')).toEqual(['y', 'x']);
	});
});

describe('newPresentationToken', () => {
	it('is eight letters or digits from the random function', () => {
		expect(newPresentationToken(seededRandom('a'))).toMatch(/^[0-9a-z]{8}$/);
		expect(newPresentationToken(() => 0)).toBe('00000000');
		expect(newPresentationToken(seededRandom('a'))).toBe(newPresentationToken(seededRandom('a')));
	});
});

describe('the real banks after shuffling', () => {
	const banks = getCompiledBanks();
	const choices = Object.values(banks.topicBanks.en)
		.flatMap((b) => b.items)
		.flatMap((i) => (i.type === 'choice' ? [i] : []));
	// The chance that a random order shows a right option first: right options / options.
	const expectedShare =
		choices.reduce((sum, i) => sum + i.options.filter((o) => o.correct).length / i.options.length, 0) / choices.length;
	const share = (firstOf: (item: (typeof choices)[number], run: number) => number, runs: number) => {
		let correctFirst = 0;
		for (const item of choices)
			for (let run = 0; run < runs; run++) if (item.options[firstOf(item, run)]!.correct) correctFirst++;
		return correctFirst / (choices.length * runs);
	};

	it('has choice items to check', () => {
		expect(choices.length).toBeGreaterThan(50);
		expect(expectedShare).toBeLessThan(0.6); // several items have two or three right options
	});

	it('shows a right option first about as often as chance when studied or quizzed', () => {
		const random = seededRandom('presentations');
		const got = share(
			(item) => shuffledIndexes(item.options.length, `${newPresentationToken(random)}:${item.id}`)[0]!,
			40
		);
		expect(Math.abs(got - expectedShare)).toBeLessThan(0.02);
	});

	it('shows a right option first about as often as chance in the CSV/TSV export', () => {
		const got = share((item) => exportOptionOrder(item)[0]!, 1);
		expect(Math.abs(got - expectedShare)).toBeLessThan(0.1);
	});
});
