/** Search over items in the three languages at once: every word of the query must occur somewhere. */
import type { LocalizedItem } from './localize';
import { KAZAKH_NEIGHBOURS } from '../quiz/normalize';

/** Lower case, ё→е, Kazakh letters folded to their Russian neighbours, punctuation gone: for matching only. */
export function foldForSearch(text: string): string {
	return text
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_NEIGHBOURS[ch] ?? ch)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Every text inside an item (prompt, options, answers, explanation), in one string. */
export function itemText(item: LocalizedItem): string {
	const parts: string[] = [];
	const walk = (value: unknown) => {
		if (typeof value === 'string') parts.push(value);
		else if (typeof value === 'number') parts.push(String(value));
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	const { id: _id, type: _type, source: _source, ...content } = item;
	walk(content);
	return parts.join(' ');
}

export interface SearchEntry {
	itemId: string;
	/** Folded text of the item in all its languages. */
	haystack: string;
}

/** One entry per item id, from the same items in several languages. */
export function buildSearchIndex(itemsInEachLanguage: readonly (readonly LocalizedItem[])[]): SearchEntry[] {
	const texts = new Map<string, string[]>();
	for (const items of itemsInEachLanguage) {
		for (const item of items) texts.set(item.id, [...(texts.get(item.id) ?? []), itemText(item)]);
	}
	return [...texts].map(([itemId, parts]) => ({ itemId, haystack: ` ${foldForSearch(parts.join(' '))} ` }));
}

/**
 * Ids of the entries matching every word of `query` (as the start of a word), in index order.
 * An empty query matches everything.
 * @example searchItems(index, 'тасис 120') // items mentioning both
 */
export function searchItems(index: readonly SearchEntry[], query: string): string[] {
	const words = foldForSearch(query).split(' ').filter(Boolean);
	return index.filter((e) => words.every((w) => e.haystack.includes(` ${w}`))).map((e) => e.itemId);
}
