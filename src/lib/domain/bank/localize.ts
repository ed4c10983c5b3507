import type { Language } from '../language';
import { BANK_ONLY_FIELDS, type Item } from './schema';

/** The shape of a value once each {kk, ru, en} object in it is replaced by its one language. */
export type Localize<T> = T extends { kk: infer V; ru: unknown; en: unknown }
	? V
	: T extends readonly unknown[]
		? { [K in keyof T]: Localize<T[K]> } // keeps tuples such as `lines: [first, last]`
		: T extends object
			? { [K in keyof T]: Localize<T[K]> }
			: T;

/** An item as served to the app in one content language. */
export type LocalizedItem = Localize<Item>;

/**
 * A localized item without its source citation: an instructor's imported question has
 * none, and the exporters and plain-text helpers never read it.
 */
export type UncitedItem = LocalizedItem extends infer I ? (I extends unknown ? Omit<I, 'source'> : never) : never;

function isLocalized(value: object): value is Record<Language, unknown> {
	const keys = Object.keys(value);
	return keys.length === 3 && 'kk' in value && 'ru' in value && 'en' in value;
}

/** Replaces every {kk, ru, en} object inside `value` by its `language` entry. */
export function localize<T>(value: T, language: Language): Localize<T> {
	if (Array.isArray(value)) return value.map((v) => localize(v, language)) as Localize<T>;
	if (value === null || typeof value !== 'object') return value as Localize<T>;
	if (isLocalized(value)) return value[language] as Localize<T>;
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, language)])) as Localize<T>;
}

/** A bank's item in one language as an imported one is held: without the fields only banks have (schema.ts). */
export function asUncited(item: LocalizedItem): UncitedItem {
	const kept = { ...item } as Record<string, unknown>;
	for (const field of BANK_ONLY_FIELDS) delete kept[field];
	return kept as UncitedItem;
}
