/**
 * Seeded shuffles for showing a list in an order of its own: a choice question's options, an
 * ordering task's elements, a matching task's right sides, an export's options. The seed is passed
 * in, so one showing keeps its order across re-renders (and a test attempt across a reload) while
 * the next showing gets a new one; the banks list right options first, so the bank's order would
 * give the answer away.
 */
import { seededRandom } from './bank/present';

/**
 * A copy of `list` in an order that depends only on `seed` (Fisher–Yates): every order is equally
 * likely, the original one included.
 * @example shuffle(['a', 'b', 'c'], 'quiz:x7:kz-usa-1') // the same order for the same seed
 */
export function shuffle<T>(list: readonly T[], seed: string): T[] {
	const random = seededRandom(seed);
	const result = [...list];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}

/** The indexes 0 … length − 1 in the order `seed` gives: position on screen → index in the item. */
export function shuffledIndexes(length: number, seed: string): number[] {
	return shuffle(
		Array.from({ length }, (_, i) => i),
		seed
	);
}

/**
 * Like `shuffle`, but never the original order when the list has two or more distinct elements:
 * an ordering task must not show its own answer, nor a matching task its pairs side by side.
 */
export function shuffleAwayFromOrder<T>(list: readonly T[], seed: string): T[] {
	const random = seededRandom(seed);
	const result = [...list];
	for (let attempt = 0; attempt < 8; attempt++) {
		for (let i = result.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[result[i], result[j]] = [result[j] as T, result[i] as T];
		}
		if (result.some((value, i) => value !== list[i]) || result.length < 2) return result;
	}
	// Eight unlucky shuffles in a row: rotate by one, which always moves something.
	return [...list.slice(1), list[0] as T];
}

/**
 * A short random token that makes one showing's seed, from a random function (Math.random in the
 * app, a seeded one in tests).
 */
export function newPresentationToken(random: () => number): string {
	return Math.floor(random() * 36 ** 8)
		.toString(36)
		.padStart(8, '0');
}
