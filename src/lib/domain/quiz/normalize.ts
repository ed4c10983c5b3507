/**
 * Lenient comparison of typed answers (issue 4): case, punctuation, spacing, ё/е, Latin look-alike
 * letters inside Cyrillic words, and Kazakh letters typed as their Russian neighbours on a Russian
 * keyboard. Nothing here guesses at spelling mistakes: a different word is a different answer.
 */

/** Latin letters that look like Cyrillic ones, as a phone keyboard in the wrong layout types them. */
const LATIN_LOOKALIKES: Record<string, string> = {
	a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у'
};

/** Kazakh letters and the Russian letter a Russian keyboard gives instead. */
export const KAZAKH_NEIGHBOURS: Record<string, string> = {
	ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и'
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
