/**
 * Items that give each other away: two items citing overlapping lines of one document, where the
 * answer one asks for is printed in the question the other shows. Met one after the other in a
 * session or a test, the second is answered by reading the first.
 */
import { LANGUAGES, type Language } from '../language';
import type { Item } from './schema';
import { normalizeForComparison } from './normalize';

/** The answer an item asks the student to type or pick, when it is one short thing. */
type Key = { kind: 'number'; value: number } | { kind: 'text'; texts: Record<Language, string[]> };

/** Cloze answers, a numeric answer, or the one right option of a choice; other kinds have no single key. */
export function keyOf(item: Item): Key | undefined {
	switch (item.type) {
		case 'cloze':
			return { kind: 'text', texts: item.answers };
		case 'numeric':
			return { kind: 'number', value: item.answer };
		case 'choice': {
			const right = item.options.filter((o) => o.correct);
			if (right.length !== 1) return undefined;
			const text = right[0]!.text;
			return { kind: 'text', texts: { kk: [text.kk], ru: [text.ru], en: [text.en] } };
		}
		default:
			return undefined;
	}
}

/**
 * The question an item asks, in one language, with its field. Options, sequences and pairs are left
 * out: they list wrong answers too, or restate the facts by design.
 */
export function questionOf(item: Item, language: Language): { field: string; text: string } {
	switch (item.type) {
		case 'true-false':
			return { field: 'statement', text: item.statement[language] };
		case 'cloze':
			return { field: 'text', text: item.text[language] };
		default:
			return { field: 'prompt', text: item.prompt[language] };
	}
}

/** The number as written on its own, not inside a longer one ("15" in "15th" or "15-е", not in "2015" or "1,5"). */
function showsNumber(text: string, value: number): boolean {
	const digits = String(value).replace('.', '[.,]');
	return new RegExp(`(^|[^\\d.,])${digits}(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * The answer as whole words; in Kazakh and Russian its last word may carry an ending
 * ("Астана" in "Астанада", "Казахстан" in "Казахстана").
 */
function showsText(text: string, answer: string, language: Language): boolean {
	const key = normalizeForComparison(answer);
	// One or two letters ("ЕО", "a") are found everywhere and prove nothing.
	if (key.replace(/\s/g, '').length < 3) return false;
	const haystack = ` ${normalizeForComparison(text)} `;
	if (language === 'en') return haystack.includes(` ${key} `);
	return haystack
		.split(` ${key}`)
		.slice(1)
		.some((after) => /^\p{Script=Cyrillic}* /u.test(after));
}

function shows(text: string, key: Key, language: Language): string | undefined {
	if (key.kind === 'number') return showsNumber(text, key.value) ? String(key.value) : undefined;
	return key.texts[language].find((answer) => showsText(text, answer, language));
}

const overlap = (a: Item, b: Item) =>
	a.source.doc === b.source.doc && a.source.lines[0] <= b.source.lines[1] && b.source.lines[0] <= a.source.lines[1];

export interface Giveaway<T> {
	/** The item whose answer is shown. */
	asked: T;
	/** The item whose question shows it. */
	showing: T;
	/** Where in `showing`, without the language: `prompt`. */
	field: string;
	/** The answer as found, per language it was found in. */
	found: Partial<Record<Language, string>>;
}

/** Where `key` shows in the question of `item`, per language. */
function showsIn(item: Item, key: Key): Partial<Record<Language, string>> {
	const found: Partial<Record<Language, string>> = {};
	for (const language of LANGUAGES) {
		const answer = shows(questionOf(item, language).text, key, language);
		if (answer !== undefined) found[language] = answer;
	}
	return found;
}

/**
 * An answer that a fifth or more of a document's questions print is the document's subject
 * ("European" in an article on the European direction): seeing it again gives nothing away.
 */
export const SUBJECT_SHARE = 0.2;

/** Every pair (in both directions) where one item's question shows the other's answer. */
export function findGiveaways<T extends { item: Item }>(entries: readonly T[]): Giveaway<T>[] {
	const found: Giveaway<T>[] = [];
	for (const asked of entries) {
		const key = keyOf(asked.item);
		if (!key) continue;
		const sameDoc = entries.filter((e) => e.item.source.doc === asked.item.source.doc);
		const showing = sameDoc
			.filter((e) => e !== asked)
			.map((e) => ({ entry: e, found: showsIn(e.item, key) }))
			.filter((s) => Object.keys(s.found).length > 0);
		if (showing.length >= SUBJECT_SHARE * sameDoc.length && key.kind === 'text') continue;
		for (const s of showing) {
			if (overlap(asked.item, s.entry.item)) {
				found.push({ asked, showing: s.entry, field: questionOf(s.entry.item, 'en').field, found: s.found });
			}
		}
	}
	return found;
}
