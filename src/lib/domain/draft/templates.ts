/**
 * The wording of drafted questions in each bank language. This is question text (bank content in the
 * bank's one language), not interface text, so it lives here rather than in the i18n strings.
 * `{{context}}` is the source passage with its gap (`___`); units go in the item’s own field, which the quiz shows.
 */
import type { Language } from '../language';
import type { Currency, NumberKind, Scale } from './numbers';

export interface Templates {
	numeric: Record<NumberKind, string>;
	choice: string;
	flashcard: string;
	matching: { entityYear: string; entityFigure: string; yearFigure: string };
	ordering: string;
	/** Where an item came from, at the start of its explanation. */
	lines: (from: number, to: number, paragraph: number) => string;
	scale: Record<Scale, string>;
	currency: Record<Currency, string>;
}

export const TEMPLATES: Record<Language, Templates> = {
	kk: {
		numeric: {
			year: 'Мәтін бойынша бос орынға қай жыл келеді? {{context}}',
			percent: 'Мәтін бойынша бос орынға неше пайыз келеді? {{context}}',
			amount: 'Мәтін бойынша бос орынға қандай сан келеді? {{context}}',
			count: 'Мәтін бойынша бос орынға қандай сан келеді? {{context}}'
		},
		choice: 'Мәтін бойынша бос орынға не келеді? {{context}}',
		flashcard: 'Бос орынды толтырыңыз: {{context}}',
		matching: {
			entityYear: 'Мәтін бойынша әрқайсысын өз жылымен сәйкестендіріңіз.',
			entityFigure: 'Мәтін бойынша әрқайсысын өз көрсеткішімен сәйкестендіріңіз.',
			yearFigure: 'Мәтін бойынша әр жылды сол жылғы көрсеткішпен сәйкестендіріңіз.'
		},
		ordering: 'Мәтін бойынша оқиғаларды ерте болғанынан кейінгісіне қарай ретімен қойыңыз.',
		lines: (from, to, paragraph) => `${paragraph}-абзац, ${from === to ? `${from}-жол` : `${from}–${to}-жолдар`}`,
		scale: { thousand: 'мың', million: 'млн', billion: 'млрд', trillion: 'трлн' },
		currency: {
			usd: 'АҚШ доллары',
			dollar: 'доллар',
			euro: 'еуро',
			tenge: 'теңге',
			rouble: 'рубль',
			som: 'сом',
			yuan: 'юань'
		}
	},
	ru: {
		numeric: {
			year: 'Какой год пропущен, согласно тексту? {{context}}',
			percent: 'Сколько процентов пропущено, согласно тексту? {{context}}',
			amount: 'Какое число пропущено, согласно тексту? {{context}}',
			count: 'Какое число пропущено, согласно тексту? {{context}}'
		},
		choice: 'Что пропущено, согласно тексту? {{context}}',
		flashcard: 'Заполните пропуск: {{context}}',
		matching: {
			entityYear: 'Сопоставьте каждое с его годом, как в тексте.',
			entityFigure: 'Сопоставьте каждое с его показателем, как в тексте.',
			yearFigure: 'Сопоставьте каждый год с показателем того года, как в тексте.'
		},
		ordering: 'Расположите события в том порядке, в каком они произошли, по тексту: от более раннего к более позднему.',
		lines: (from, to, paragraph) => `абзац ${paragraph}, ${from === to ? `строка ${from}` : `строки ${from}–${to}`}`,
		scale: { thousand: 'тыс.', million: 'млн', billion: 'млрд', trillion: 'трлн' },
		currency: {
			usd: 'долларов США',
			dollar: 'долларов',
			euro: 'евро',
			tenge: 'тенге',
			rouble: 'рублей',
			som: 'сомов',
			yuan: 'юаней'
		}
	},
	en: {
		numeric: {
			year: 'According to the text, which year goes in the gap? {{context}}',
			percent: 'According to the text, what percentage goes in the gap? {{context}}',
			amount: 'According to the text, what number goes in the gap? {{context}}',
			count: 'According to the text, what number goes in the gap? {{context}}'
		},
		choice: 'According to the text, what goes in the gap? {{context}}',
		flashcard: 'Fill in the gap: {{context}}',
		matching: {
			entityYear: 'Match each with its year, as the text gives them.',
			entityFigure: 'Match each with its figure, as the text gives them.',
			yearFigure: 'Match each year with that year’s figure, as the text gives them.'
		},
		ordering: 'Put these events in the order they happened, according to the text: earliest first.',
		lines: (from, to, paragraph) => `paragraph ${paragraph}, ${from === to ? `line ${from}` : `lines ${from}–${to}`}`,
		scale: { thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion' },
		currency: {
			usd: 'US dollars',
			dollar: 'dollars',
			euro: 'euros',
			tenge: 'tenge',
			rouble: 'roubles',
			som: 'som',
			yuan: 'yuan'
		}
	}
};

/** `template` with its `{{name}}` placeholders filled. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

/** The unit of an amount in `language` ("million euros"), or undefined for a bare number. */
export function unitLabel(language: Language, scale?: Scale, currency?: Currency): string | undefined {
	const t = TEMPLATES[language];
	const words = [scale && t.scale[scale], currency && t.currency[currency]].filter(Boolean);
	return words.length ? words.join(' ') : undefined;
}
