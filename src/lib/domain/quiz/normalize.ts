/**
 * Lenient comparison of typed answers: case, punctuation, spacing, ё/е, Latin look-alike letters
 * inside Cyrillic words, Kazakh letters typed as their Russian neighbours on a Russian keyboard, and
 * one slip (Damerau–Levenshtein) in a long word. Short words, numbers and Roman numerals must be
 * exact: there one letter makes a different answer.
 */

/** Latin letters that look like Cyrillic ones, as a phone keyboard in the wrong layout types them. */
const LATIN_LOOKALIKES: Record<string, string> = {
	a: 'а',
	c: 'с',
	e: 'е',
	h: 'һ',
	i: 'і',
	k: 'к',
	o: 'о',
	p: 'р',
	x: 'х',
	y: 'у'
};

/** Kazakh letters and the Russian letter a Russian keyboard gives instead. */
export const KAZAKH_NEIGHBOURS: Record<string, string> = {
	ә: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	і: 'и'
};

const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * The comparable form of a typed or expected answer: lower case, ё→е, punctuation and extra spaces
 * removed, Latin look-alikes inside Cyrillic words made Cyrillic, English articles dropped.
 * @example normalizeAnswer('  «Еуропаға  жол»! ') // 'еуропаға жол'
 */
export function normalizeAnswer(text: string): string {
	const words = text
		.normalize('NFC')
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.map((word) => (CYRILLIC.test(word) ? [...word].map((ch) => LATIN_LOOKALIKES[ch] ?? ch).join('') : word));
	if (words.length > 1 && /^(the|a|an)$/.test(words[0]!)) words.shift();
	return words.join(' ');
}

/**
 * True if `typed` is `expected` with some of its Kazakh letters typed as their Russian neighbours
 * (both already normalised): «Казакстан» for «Қазақстан», but not «Казахстан».
 */
export function isKazakhKeyboardVariant(typed: string, expected: string): boolean {
	const t = [...typed];
	const e = [...expected];
	return t.length === e.length && t.every((ch, i) => ch === e[i] || KAZAKH_NEIGHBOURS[e[i]!] === ch);
}

/** The letter typed is the one expected, or its Russian-keyboard neighbour. */
const isSameLetter = (typed: string, expected: string) => typed === expected || KAZAKH_NEIGHBOURS[expected] === typed;

/**
 * The optimal-string-alignment form of the Damerau–Levenshtein distance: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each count one. Letters compare with `isSame`.
 * @example editDistance('хартлентің', 'хартлендтің') // 1
 */
export function editDistance(
	typed: string,
	expected: string,
	isSame: (t: string, e: string) => boolean = (t, e) => t === e
): number {
	const a = [...typed];
	const b = [...expected];
	// d[i][j]: distance between the first i letters of a and the first j of b.
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = isSame(a[i - 1]!, b[j - 1]!) ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && isSame(a[i - 1]!, b[j - 2]!) && isSame(a[i - 2]!, b[j - 1]!))
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/** Words shorter than this must be spelt exactly: in «ЕО»/«ЕС» or «Ресей»/«Ресейге» one letter is the answer. */
export const MIN_FORGIVING_WORD_LENGTH = 6;

/** Digits, or only letters Roman numerals use (Latin or their Cyrillic look-alikes): never fuzzed. */
const isNumberLike = (word: string) => /\p{N}/u.test(word) || /^[ivxlcdmіхсм]+$/u.test(word);

/**
 * True if `typed` is `expected` (both normalised) but for at most one slip in each word of six
 * letters or more, Kazakh letters typed as Russian neighbours aside; the same number of words.
 * @example isNearMiss('хартлентің', 'хартлендтің') // true
 * @example isNearMiss('1993 жыл', '1992 жыл') // false
 */
export function isNearMiss(typed: string, expected: string): boolean {
	const t = typed.split(' ');
	const e = expected.split(' ');
	if (!typed || t.length !== e.length) return false;
	return e.every((word, i) => {
		const given = t[i]!;
		if (isKazakhKeyboardVariant(given, word)) return true;
		if (isNumberLike(word) || isNumberLike(given) || [...word].length < MIN_FORGIVING_WORD_LENGTH) return false;
		return editDistance(given, word, isSameLetter) <= 1;
	});
}

/**
 * Parses a typed number: a comma or a point as decimal mark, spaces or thin spaces between
 * thousands, an optional unit after it. Undefined when there is not exactly one number.
 * @example parseTypedNumber('107,4 млрд') // 107.4
 */
export function parseTypedNumber(text: string): number | undefined {
	const numbers = text.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(\D|$))/g, '$1').match(/[-−]?\d+(?:[.,]\d+)?/g);
	if (!numbers || numbers.length !== 1) return undefined;
	return Number(numbers[0]!.replace('−', '-').replace(',', '.'));
}
