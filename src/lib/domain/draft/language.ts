/**
 * Which language a passage is written in, from its letters. Besides the app's three it recognises
 * Kyrgyz (Cyrillic with ө ү ң but none of Kazakh's ә ғ қ ұ һ і), which the course documents contain:
 * it is drafted with the Kazakh templates, the closest the app has.
 */
import type { Language } from '../language';

export type TextLanguage = Language | 'ky';

const KAZAKH_ONLY = /[әғқұһіӘҒҚҰҺІ]/gu;
const TURKIC_SHARED = /[өүңӨҮҢ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /[a-zA-Z]/g;

const RUSSIAN_WORDS = new Set([
	'и',
	'в',
	'на',
	'с',
	'по',
	'что',
	'не',
	'для',
	'как',
	'это',
	'из',
	'к',
	'о',
	'от',
	'а',
	'при',
	'его',
	'их'
]);
const KYRGYZ_WORDS = new Set([
	'жана',
	'менен',
	'болуп',
	'үчүн',
	'бул',
	'деп',
	'анын',
	'ал',
	'эле',
	'боюнча',
	'катары',
	'тарабынан',
	'ошондой',
	'алар',
	'дагы',
	'бир'
]);

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The language of `text`, or undefined when it has too few letters to tell. */
export function detectLanguage(text: string): TextLanguage | undefined {
	const latin = count(text, LATIN);
	const cyrillic = count(text, CYRILLIC);
	if (latin + cyrillic < 12) return undefined;
	if (latin > cyrillic) return 'en';
	const kazakh = count(text, KAZAKH_ONLY);
	if (kazakh / cyrillic >= 0.01) return 'kk';
	// Kyrgyz without its own letters in a short passage still has its own small words.
	const words = text.toLowerCase().split(/[^\p{L}]+/u);
	const russian = words.filter((w) => RUSSIAN_WORDS.has(w)).length;
	const kyrgyz =
		words.filter((w) => KYRGYZ_WORDS.has(w)).length + (count(text, TURKIC_SHARED) / cyrillic >= 0.01 ? 3 : 0);
	return kyrgyz > russian ? 'ky' : 'ru';
}

/** The app language whose templates a text in `language` is drafted with. */
export function templateLanguage(language: TextLanguage): Language {
	return language === 'ky' ? 'kk' : language;
}
