/**
 * Content rules a valid bank must also meet: each language really written in that
 * language, nothing too long for a phone, no answer given away by its own prompt, no near-duplicate
 * prompts, citations inside the document. Pure: the caller passes what it read from disk.
 */
import { LANGUAGES, type Language } from '../language';
import type { Glossary, Item, LocalizedText, SourceRegistry } from './schema';
import type { TagSummary } from './compile';
import { lintTeaching } from './lint-teaching';
import type { BankProblem } from './validate';
import { normalizeForComparison } from './normalize';

export interface LintInput {
	/** Items with the file each came from. */
	items: { file: string; item: Item }[];
	/** True line counts of the source documents where they could be read (`seeds/`), by file name. */
	seedLineCounts?: Record<string, number>;
	/** The terminology (`questions/glossary.yaml`); without it no variant is banned. */
	glossary?: Glossary;
	/** The registry and the tags, whose titles and labels students see too (held to the glossary). */
	sources?: SourceRegistry;
	tags?: TagSummary[];
}

/** Longest text, in characters, that still reads well on a phone card. */
export const MAX_LENGTH = { prompt: 220, short: 100, explanation: 350 } as const;

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const LATIN_G = /[a-z]/giu;
const CYRILLIC_G = /[\u0400-\u04ff]/gu;
const LETTER_G = /\p{L}/gu;
/** A Kazakh text with at least this many letters is expected to use a Kazakh-specific one… */
const KAZAKH_MIN_LETTERS = 60;
/** …and so is a shorter one that has Russian words Kazakh does not use. */
const RUSSIAN_FUNCTION_WORDS = /(^|[\s«(])(и|в|во|на|для|что|это|по|из|от|при|как|или|с|со|к|об)(?=\s)/u;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export { normalizeForComparison };

/** Every localized text of an item with the field it sits in, e.g. `options[2].text`. */
export function textsOf(item: Item): { field: string; text: LocalizedText; kind: keyof typeof MAX_LENGTH }[] {
	const out: { field: string; text: LocalizedText; kind: keyof typeof MAX_LENGTH }[] = [];
	const add = (field: string, text: LocalizedText, kind: keyof typeof MAX_LENGTH) => out.push({ field, text, kind });
	add('explanation', item.explanation, 'explanation');
	if (item.sourceNote) add('sourceNote', item.sourceNote, 'explanation');
	switch (item.type) {
		case 'flashcard':
			add('prompt', item.prompt, 'prompt');
			add('answer', item.answer, 'short');
			break;
		case 'choice':
			add('prompt', item.prompt, 'prompt');
			item.options.forEach((o, i) => add(`options[${i + 1}].text`, o.text, 'short'));
			break;
		case 'true-false':
			add('statement', item.statement, 'prompt');
			break;
		case 'cloze':
			add('text', item.text, 'prompt');
			break;
		case 'numeric':
			add('prompt', item.prompt, 'prompt');
			if (item.unit) add('unit', item.unit, 'short');
			break;
		case 'ordering':
			add('prompt', item.prompt, 'prompt');
			item.sequence.forEach((s, i) => add(`sequence[${i + 1}]`, s, 'short'));
			break;
		case 'matching':
			add('prompt', item.prompt, 'prompt');
			item.pairs.forEach((p, i) => {
				add(`pairs[${i + 1}].left`, p.left, 'short');
				add(`pairs[${i + 1}].right`, p.right, 'short');
			});
			break;
	}
	return out;
}

/** Why `text` does not read as `language`, or undefined if it does. */
export function languageMismatch(fullText: string, language: Language): string | undefined {
	// A reference in parentheses ("(Spaiser, 2018)") keeps its original spelling in every language.
	const text = fullText.replace(/\([^)]*\)/g, ' ');
	const letters = count(text, LETTER_G);
	// Names, numbers and abbreviations ("Microsoft", "NATO", "ТАСИС") are alike in every language.
	if (letters < 8 || text.trim().split(/\s+/).length < 3) return undefined;
	const latin = count(text, LATIN_G);
	const cyrillic = count(text, CYRILLIC_G);
	if (language === 'en') {
		return cyrillic / letters > 0.5 ? 'reads as Cyrillic, not English' : undefined;
	}
	if (latin / letters > 0.5) return `reads as English, not ${language === 'kk' ? 'Kazakh' : 'Russian'}`;
	if (
		language === 'kk' &&
		!KAZAKH_LETTERS.test(text) &&
		(letters >= KAZAKH_MIN_LETTERS || RUSSIAN_FUNCTION_WORDS.test(text))
	) {
		return 'has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): is it Russian?';
	}
	if (language === 'ru') {
		const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
		const kazakhWords = words.filter((w) => KAZAKH_LETTERS.test(w)).length;
		if (kazakhWords >= 2 && kazakhWords / words.length > 0.15) return 'has Kazakh letters in many words: is it Kazakh?';
	}
	return undefined;
}

/** True if `answer` stands as whole words inside `text` (both normalized). */
function containsAnswer(text: string, answer: string): boolean {
	const a = normalizeForComparison(answer);
	if (a.length < 2) return false;
	return ` ${normalizeForComparison(text)} `.includes(` ${a} `);
}

/** Where the item's own wording gives its answer away, as `field: reason` pairs. */
function giveaways(item: Item): { field: string; message: string }[] {
	const found: { field: string; message: string }[] = [];
	for (const lang of LANGUAGES) {
		switch (item.type) {
			case 'flashcard':
				if (containsAnswer(item.prompt[lang], item.answer[lang]))
					found.push({ field: `prompt.${lang}`, message: 'contains its own answer' });
				break;
			case 'choice': {
				const correct = item.options.filter((o) => o.correct).map((o) => o.text[lang]);
				const wrong = item.options.filter((o) => !o.correct).map((o) => o.text[lang]);
				// An option named in the prompt gives it away only if no wrong option is named as well.
				const named = (t: string) => containsAnswer(item.prompt[lang], t);
				if (correct.some(named) && !wrong.some(named))
					found.push({ field: `prompt.${lang}`, message: 'names its correct option' });
				break;
			}
			case 'cloze': {
				const [before, after] = item.text[lang].split('___');
				for (const answer of item.answers[lang]) {
					if (containsAnswer(`${before} ${after}`, answer))
						found.push({ field: `text.${lang}`, message: `shows its answer "${answer}" outside the gap` });
				}
				break;
			}
			case 'numeric':
				if (new RegExp(`(^|[^\\d.,])${String(item.answer).replace('.', '[.,]')}($|[^\\d])`).test(item.prompt[lang]))
					found.push({ field: `prompt.${lang}`, message: `contains its own answer ${item.answer}` });
				break;
		}
	}
	return found;
}

function words(text: string): Set<string> {
	return new Set(
		normalizeForComparison(text)
			.split(' ')
			.filter((w) => w.length > 2)
	);
}

/** The opening word says what is asked ("When…" and "Who…" are different questions on the same words). */
function firstWord(text: string): string {
	return normalizeForComparison(text).split(' ')[0] ?? '';
}

function similarity(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/** The text that asks the question, in English, for finding near-duplicates. */
function questionText(item: Item): string {
	switch (item.type) {
		case 'true-false':
			return item.statement.en;
		case 'cloze':
			return item.text.en;
		case 'flashcard':
		case 'choice':
		case 'numeric':
		case 'ordering':
		case 'matching':
			return item.prompt.en;
	}
}

/** Two questions whose English wording shares this share of its words are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** Every content problem in the banks; an empty list means the banks pass. */
export function lintBanks({ items, seedLineCounts, glossary, sources, tags }: LintInput): BankProblem[] {
	const problems: BankProblem[] = [];
	for (const { file, item } of items) {
		const report = (field: string, message: string) => problems.push({ file, itemId: item.id, field, message });
		for (const { field, text, kind } of textsOf(item)) {
			for (const lang of LANGUAGES) {
				const mismatch = languageMismatch(text[lang], lang);
				if (mismatch) report(`${field}.${lang}`, mismatch);
				const limit = MAX_LENGTH[kind];
				if (text[lang].length > limit)
					report(`${field}.${lang}`, `is ${text[lang].length} characters, more than ${limit} fit a phone card`);
			}
			if (text.kk.length >= 20 && text.kk === text.ru) report(`${field}.kk`, 'is the same as the Russian text');
		}
		for (const { field, message } of giveaways(item)) report(field, message);
		const lines = seedLineCounts?.[item.source.doc];
		if (lines !== undefined && item.source.lines[1] > lines) {
			report('source.lines', `ends at line ${item.source.lines[1]}, but ${item.source.doc} has ${lines} lines`);
		}
	}

	// Ordering and matching prompts are generic ("Put in order…"): their substance is in the elements.
	const asked = items
		.filter(({ item }) => item.type !== 'ordering' && item.type !== 'matching')
		.map(({ file, item }) => ({ file, item, words: words(questionText(item)), opening: firstWord(questionText(item)) }))
		.filter((q) => q.words.size >= 4);
	for (let i = 0; i < asked.length; i++) {
		for (let j = i + 1; j < asked.length; j++) {
			const a = asked[i]!;
			const b = asked[j]!;
			if (a.opening === b.opening && similarity(a.words, b.words) >= NEAR_DUPLICATE_SIMILARITY) {
				problems.push({
					file: b.file,
					itemId: b.item.id,
					field: 'prompt',
					message: `nearly repeats "${a.item.id}" (${a.file})`
				});
			}
		}
	}
	problems.push(...lintTeaching({ items, textsOf, glossary, sources, tags }));
	return problems;
}
