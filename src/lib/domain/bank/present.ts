/** Small pure helpers for showing an item as a card. */
import type { UncitedItem } from './localize';

/** The text before and after the cloze gap `___`. */
export function splitCloze(text: string): [before: string, after: string] {
	const at = text.indexOf('___');
	if (at < 0) return [text, ''];
	return [text.slice(0, at), text.slice(at + 3).replace(/^_+/, '')];
}

/** A deterministic pseudo-random generator (mulberry32) from a text seed, for reproducible shuffles. */
export function seededRandom(seed: string): () => number {
	let state = 0;
	for (let i = 0; i < seed.length; i++) state = (Math.imul(state, 31) + seed.charCodeAt(i)) | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A copy of `list` in a shuffled order that depends only on `seed`, and that differs from the
 * original order whenever the list has two or more distinct elements (an ordering task must not
 * show its own answer).
 */
export function shuffleWithSeed<T>(list: readonly T[], seed: string): T[] {
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

/** The text that asks an item's question, whatever its type. */
export function questionText(item: UncitedItem): string {
	switch (item.type) {
		case 'true-false':
			return item.statement;
		case 'cloze':
			return item.text.replace('___', '_____');
		default:
			return item.prompt;
	}
}
