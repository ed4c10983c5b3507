/**
 * The numbers a sentence states, with what they count: years, percentages, amounts (a scale such as
 * million and/or a currency) and counts of things. Written numbers follow each language's habits:
 * `107,4` and `1 450` in Kazakh and Russian, `1,355` and `$13.8bn` in English, `2020-жылы` in Kyrgyz.
 */
import type { TextLanguage } from './language';

export type NumberKind = 'year' | 'percent' | 'amount' | 'count';
export type Scale = 'thousand' | 'million' | 'billion' | 'trillion';
export type Currency = 'usd' | 'dollar' | 'euro' | 'tenge' | 'rouble' | 'som' | 'yuan';

export interface NumberMention {
	kind: NumberKind;
	value: number;
	/** The number as written (`107,4`, `13.8`, `бес`) and where it is in the sentence. */
	raw: string;
	start: number;
	end: number;
	/** The number with its sign and unit words as written (`$13.8bn`, `120 млн еуро`, `25 пайызы`). */
	spanStart: number;
	spanEnd: number;
	scale?: Scale;
	currency?: Currency;
	/** One end of a range (1992–2000) or a day in a date: kept as it is in false statements. */
	isBound: boolean;
}

const SCALES: [RegExp, Scale][] = [
	[/^(мың|миң|тыс\.?|тысяч\p{L}*|thousand)(?!\p{L})/iu, 'thousand'],
	[/^(млн\.?|миллион\p{L}*|million|mln\.?)(?!\p{L})/iu, 'million'],
	[/^(млрд\.?|миллиард\p{L}*|billion|bln\.?)(?!\p{L})/iu, 'billion'],
	[/^(трлн\.?|триллион\p{L}*|trillion)(?!\p{L})/iu, 'trillion']
];
/** Scales written onto an English number: `$368m`, `$1bn`. */
const GLUED_SCALES: [RegExp, Scale][] = [
	[/^(bn|b)(?!\p{L})/u, 'billion'],
	[/^(m|mn|mln)(?!\p{L})/u, 'million'],
	[/^(k)(?!\p{L})/u, 'thousand']
];
const CURRENCIES: [RegExp, Currency][] = [
	[/^((АҚШ|АКШ)\s+доллар\p{L}*|долларов\s+США|US\s*dollars?|U\.S\.\s*dollars?|USD)(?!\p{L})/u, 'usd'],
	[/^(доллар\p{L}*|долл\.?|dollars?)(?!\p{L})/iu, 'dollar'],
	[/^(еуро\p{L}*|евро\p{L}*|euros?|EUR|€)(?!\p{L})/iu, 'euro'],
	[/^(теңге\p{L}*|тенге|tenge|KZT)(?!\p{L})/iu, 'tenge'],
	[/^(рубл\p{L}*|roubles?|rubles?)(?!\p{L})/iu, 'rouble'],
	[/^(сом|сомдо\p{L}*|сомго|сому|som)(?!\p{L})/iu, 'som'],
	[/^(юан\p{L}*|yuan)(?!\p{L})/iu, 'yuan']
];
const PERCENT = /^(%|пайыз\p{L}*|процент\p{L}*|per\s?cent|percent)/iu;
const YEAR_WORD = /^(жыл\p{L}*|жж\.?|ж\.|год\p{L}*|гг?\.)/iu;
export const MONTHS =
	'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|январ|феврал|март|апрел|ма[йя]|мае|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_AFTER = new RegExp(`^(${MONTHS})\\p{L}*`, 'iu');
/** Suffixes that make a number an ordinal (16-шы, 21st, 1990-х), not a quantity. */
const ORDINAL =
	/^(ші|шы|інші|ыншы|нші|ншы|чи|чы|чү|чу|инчи|ынчы|үнчү|унчу|й|я|е|го|му|м|х|ый|ий|ая|ое|ые|ых|ом|ой|st|nd|rd|th)$/iu;
/** What stands before a number that is a reference, not a fact: page, issue, article numbers. */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(p|pp|с|стр|бб|б|No|№|vol|т|ст|art|article|статья|бап)\.?\s*$/iu;

const NUMBER_WORDS: Record<'kk' | 'ky' | 'ru' | 'en', Record<string, number>> = {
	kk: { үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10 },
	ky: { үч: 3, төрт: 4, беш: 5, алты: 6, жети: 7, сегиз: 8, тогуз: 9, он: 10 },
	ru: {
		три: 3,
		трёх: 3,
		трех: 3,
		четыре: 4,
		четырёх: 4,
		четырех: 4,
		пять: 5,
		пяти: 5,
		шесть: 6,
		шести: 6,
		семь: 7,
		семи: 7,
		восемь: 8,
		восьми: 8,
		девять: 9,
		девяти: 9,
		десять: 10,
		десяти: 10
	},
	en: { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }
};

/** The value of a number as written in `language` (`107,4` → 107.4, `1,355` in English → 1355, `бес` → 5). */
export function parseWrittenNumber(raw: string, language: TextLanguage): number | undefined {
	const word = NUMBER_WORDS[language][raw.toLowerCase()];
	if (word !== undefined) return word;
	const latin = language === 'en';
	let digits = raw.replace(/\s/g, '');
	if (latin) digits = digits.replace(/,(?=\d{3}(\D|$))/g, '');
	else digits = digits.replace(/,/g, '.');
	if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
	return Number(digits);
}

function matchFirst<T>(text: string, table: [RegExp, T][]): { value: T; length: number } | undefined {
	for (const [pattern, value] of table) {
		const m = pattern.exec(text);
		if (m) return { value, length: m[0].length };
	}
	return undefined;
}

/** Spans of the sentence that are references, not facts: `[8]`, `[7, p 126]`, `(Cornell, Starr, 2019)`. */
function referenceSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/\[[^[\]]{0,40}\]/gu)) spans.push([m.index, m.index + m[0].length]);
	for (const m of text.matchAll(/\([^()]*\p{Lu}[^()]*,\s*(1[89]|20)\d\d[a-zа-я]?(,\s*[^()]{0,15})?\)/gu))
		spans.push([m.index, m.index + m[0].length]);
	return spans;
}

const NUMBER_PATTERN = {
	latin: /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])/gu,
	cyrillic: /(?<![\p{L}\d.,])(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?(?![\d])/gu
};

/**
 * Every year, percentage, amount and count that `sentence` states, in order.
 * @example findNumbers('Қазақстанға 120 млн еуро көмек берілді', 'kk') // one amount: 120, million euros
 */
export function findNumbers(sentence: string, language: TextLanguage): NumberMention[] {
	const found: NumberMention[] = [];
	const references = referenceSpans(sentence);
	const inReference = (at: number) => references.some(([a, b]) => at >= a && at < b);
	const pattern = language === 'en' ? NUMBER_PATTERN.latin : NUMBER_PATTERN.cyrillic;

	for (const m of sentence.matchAll(pattern)) {
		const raw = m[0];
		const start = m.index;
		const end = start + raw.length;
		if (inReference(start)) continue;
		const value = parseWrittenNumber(raw, language);
		if (value === undefined) continue;
		const before = sentence.slice(0, start);
		if (REFERENCE_BEFORE.test(before)) continue;
		// A list marker: "4. NATO…", "3) …" at the start.
		if (!before.trim() && /^[.)]\s/.test(sentence.slice(end))) continue;

		let at = end;
		let scale: Scale | undefined;
		let currency: Currency | undefined;
		let isBound = /\d\s*[-–—]\s*$/.test(before);
		let isYearWord = false;
		let spanStart = start;
		const rest = () => sentence.slice(at);

		const signBefore = /(US\$|\$|€)\s?$/.exec(before);
		if (signBefore) {
			currency = signBefore[1] === '€' ? 'euro' : 'dollar';
			spanStart = start - signBefore[0].length;
		}
		if (/^\p{L}/u.test(rest())) {
			// Letters glued to the number: an English scale ($368m), an ordinal (21st) or garbled text.
			const glued = matchFirst(rest(), GLUED_SCALES);
			if (!glued || language !== 'en') continue;
			scale = glued.value;
			at += glued.length;
		}
		const suffix = /^-(\p{L}+)/u.exec(rest());
		if (suffix) {
			if (ORDINAL.test(suffix[1]!)) continue;
			if (YEAR_WORD.test(suffix[1]!)) isYearWord = true;
			else if (MONTH_AFTER.test(suffix[1]!)) continue; // a day: 1-мартынан
			at += suffix[0].length;
		}
		if (/^\s*[-–—]\s*\d/.test(rest())) isBound = true;

		const spaced = () => /^\s*/.exec(rest())![0].length;
		const percent = PERCENT.exec(sentence.slice(at + spaced()));
		let kind: NumberKind | undefined;
		if (percent && !suffix) {
			at += spaced() + percent[0].length;
			const caseEnding = /^-\p{L}+/u.exec(rest());
			if (caseEnding) at += caseEnding[0].length;
			kind = 'percent';
		} else {
			if (!scale && !suffix) {
				const found = matchFirst(sentence.slice(at + spaced()), SCALES);
				if (found) {
					at += spaced() + found.length;
					scale = found.value;
				}
			}
			if (!currency && !suffix) {
				const found = matchFirst(sentence.slice(at + spaced()), CURRENCIES);
				if (found) {
					at += spaced() + found.length;
					currency = found.value;
				}
			}
			const next = sentence.slice(at + spaced());
			const isWhole = Number.isInteger(value);
			if (scale || currency) kind = 'amount';
			else if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) kind = 'year';
			else if (!suffix && MONTH_AFTER.test(next))
				continue; // the day of a date
			// A decade (90-жылдары) is neither a year nor a count.
			else if (isYearWord) continue;
			// A count of things, "12 жылға" (twelve years) included.
			else if (isWhole && value >= 2 && /^\p{L}/u.test(next)) kind = 'count';
		}
		if (!kind) continue;
		found.push({ kind, value, raw, start, end, spanStart, spanEnd: at, scale, currency, isBound });
	}

	const words = NUMBER_WORDS[language];
	for (const m of sentence.matchAll(/(?<![\p{L}\d-])(\p{L}+)(?=\s+\p{L})/gu)) {
		const value = words[m[1]!.toLowerCase()];
		if (value === undefined || inReference(m.index)) continue;
		const end = m.index + m[0].length;
		found.push({
			kind: 'count',
			value,
			raw: m[0],
			start: m.index,
			end,
			spanStart: m.index,
			spanEnd: end,
			isBound: false
		});
	}
	return found.sort((a, b) => a.start - b.start);
}
