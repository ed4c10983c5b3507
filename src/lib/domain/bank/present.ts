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
