/**
 * Drafts questions from a document the instructor brings: numeric questions on the numbers it states,
 * gaps on its key terms, true/false pairs (its fact, and the fact with one value swapped for another
 * from the same document), matching sets from one passage and the order of dated events. Every draft
 * cites the paragraph and lines it came from, and is written in one language: the bank's.
 */
import type { Language } from '../language';
import type { CustomItem } from '../import/custom-bank';
import { splitParagraphs, splitSentences, type Sentence } from './document';
import { detectLanguage, templateLanguage, type TextLanguage } from './language';
import { findNumbers, type NumberKind, type NumberMention } from './numbers';
import { findTerms, type TermKind, type TermMention } from './terms';
import { contextAround, withGap, withValue, type Context } from './context';
import { TEMPLATES, fill, unitLabel } from './templates';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A question without its id: ids are given when the bank is saved. */
export type DraftBody = DistributiveOmit<CustomItem, 'id'>;
export type DraftType = DraftBody['type'];

/** What a draft asks about. */
export type DraftOrigin = NumberKind | TermKind | 'pairs' | 'events';

/** What the drafter saw in the sentence, so the draft can be turned into another type of question. */
export interface DraftBasis {
	context: Context;
	/** The focus as written: the answer of a gap. */
	answer: string;
	value?: number;
	numberKind?: NumberKind;
	unit?: string;
	/** Other values of the same kind in the document, for options. */
	alternatives: string[];
}

export interface Draft {
	id: string;
	origin: DraftOrigin;
	item: DraftBody;
	source: { paragraph: number; lines: [number, number] };
	/** The source's words the answer rests on, as written: each is in the cited lines. */
	keys: string[];
	/** A false statement: the value the source gives, and what replaced it. */
	swap?: { from: string; to: string };
	basis?: DraftBasis;
}

export interface DraftOptions {
	/** The bank's language; by default the document's (Kyrgyz is drafted in Kazakh). */
	language?: Language;
}

export interface DraftResult {
	/** The bank's language: every draft is written in it. */
	language: Language;
	/** The document's language as detected, when there was enough text to tell. */
	detected?: TextLanguage;
	paragraphs: number;
	/** Paragraphs in another language than the bank's, left out. */
	skippedParagraphs: number;
	drafts: Draft[];
}

/** The most clozes on the same term, so a document about the EU does not give fifty gaps for "EU". */
const MAX_GAPS_PER_TERM = 2;
const EXPLANATION_SENTENCE_CHARS = 600;
const ORDERING_WINDOW_LINES = 30;

/** Words glued together by a two-column extraction ("ОдақтыңЕуропалық", "15жылғы"): nothing reliable to ask. */
export function looksGarbled(sentence: string): boolean {
	if (/\p{Ll}{2}\p{Lu}\p{Ll}/u.test(sentence)) return true;
	if (/\d\p{Ll}{3,}|\p{Ll}{3,}\d/u.test(sentence.replace(/\d+(st|nd|rd|th|bn|m)\b/g, ''))) return true;
	return (sentence.match(/\p{L}{26,}/gu)?.length ?? 0) >= 1;
}

interface Passage {
	sentence: Sentence;
	language: TextLanguage;
	numbers: NumberMention[];
	terms: TermMention[];
}

function textKey(text: string, language: Language): string {
	return text.toLocaleLowerCase(language).replace(/\s+/g, ' ').trim();
}

function explanation(language: Language, passage: Passage): string {
	const { sentence } = passage;
	const where = TEMPLATES[language].lines(sentence.startLine, sentence.endLine, sentence.paragraph);
	const text =
		sentence.text.length > EXPLANATION_SENTENCE_CHARS
			? `${sentence.text.slice(0, EXPLANATION_SENTENCE_CHARS).trimEnd()}…`
			: sentence.text;
	return `${where[0]!.toLocaleUpperCase(language)}${where.slice(1)}: ${text}`;
}

function citation(sentence: Sentence): Draft['source'] {
	return { paragraph: sentence.paragraph, lines: [sentence.startLine, sentence.endLine] };
}

/** A number's unit in the bank's language: `%`, "million euros", or none for a year or a count. */
function unitOf(mention: NumberMention, language: Language): string | undefined {
	if (mention.kind === 'percent') return '%';
	return unitLabel(language, mention.scale, mention.currency);
}

/** The number with its unit words as written (`$368m`, `30 пайызын`), for matching sets. */
function spanText(sentence: string, mention: NumberMention): string {
	return sentence.slice(mention.spanStart, mention.spanEnd).trim();
}

/** Other occurrences of `raw` in the passage become "…", so the question does not give its answer. */
function maskRepeats(context: Context, raw: string): Context {
	const standalone = new RegExp(`(?<![\\d.,])${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'gu');
	const before = context.text.slice(0, context.focusStart).replace(standalone, '…');
	const after = context.text.slice(context.focusEnd).replace(standalone, '…');
	const focus = context.text.slice(context.focusStart, context.focusEnd);
	return { text: before + focus + after, focusStart: before.length, focusEnd: before.length + focus.length };
}

/** Builds a question of `type` from a basis; undefined when the basis cannot make one (a numeric question from a name). */
export function itemFromBasis(
	type: DraftType,
	basis: DraftBasis,
	language: Language,
	explanationText: string
): DraftBody | undefined {
	const t = TEMPLATES[language];
	const gapped = withGap(basis.context);
	switch (type) {
		case 'numeric': {
			if (basis.value === undefined) return undefined;
			return {
				type,
				prompt: fill(t.numeric[basis.numberKind ?? 'count'], { context: gapped }),
				answer: basis.value,
				tolerance: 0,
				...(basis.unit ? { unit: basis.unit } : {}),
				explanation: explanationText
			};
		}
		case 'cloze':
			return { type, text: gapped, answers: [basis.answer], explanation: explanationText };
		case 'choice': {
			const wrong = basis.alternatives
				.filter((a) => textKey(a, language) !== textKey(basis.answer, language))
				.slice(0, 3);
			if (wrong.length < 2) return undefined;
			const options = [basis.answer, ...wrong]
				.sort((a, b) => a.localeCompare(b, language, { numeric: true }))
				.map((text) => ({ text, correct: text === basis.answer }));
			return { type, prompt: fill(t.choice, { context: gapped }), options, explanation: explanationText };
		}
		case 'true-false':
			return { type, statement: basis.context.text, answer: true, explanation: explanationText };
		case 'flashcard':
			return {
				type,
				prompt: fill(t.flashcard, { context: gapped }),
				answer: basis.unit && basis.unit !== '%' ? `${basis.answer} ${basis.unit}` : basis.answer,
				explanation: explanationText
			};
		default:
			return undefined;
	}
}

/** The value of the same kind nearest to `mention`'s that the sentence does not already state. */
function swapFor(
	mention: NumberMention,
	pool: NumberMention[],
	sentenceValues: Set<number>
): NumberMention | undefined {
	const candidates = pool.filter(
		(m) =>
			m.kind === mention.kind &&
			!sentenceValues.has(m.value) &&
			(m.kind !== 'amount' || (m.scale === mention.scale && m.currency === mention.currency))
	);
	const distance = (m: NumberMention) =>
		mention.kind === 'year'
			? Math.abs(m.value - mention.value)
			: Math.abs(Math.log((m.value + 1) / (mention.value + 1)));
	return candidates.sort((a, b) => distance(a) - distance(b) || a.value - b.value)[0];
}

/** Other values of the same kind, nearest first, as written: options for a multiple-choice version. */
function alternativesFor(mention: NumberMention, pool: NumberMention[]): string[] {
	const seen = new Set([mention.value]);
	const out: string[] = [];
	let rest = pool.filter((m) => m.kind === mention.kind);
	while (out.length < 3 && rest.length) {
		const next = swapFor(mention, rest, seen);
		if (!next) break;
		seen.add(next.value);
		out.push(next.raw);
		rest = rest.filter((m) => !seen.has(m.value));
	}
	return out;
}

function termAlternatives(term: TermMention, pool: TermMention[], language: Language): string[] {
	const own = textKey(term.text, language);
	const seen = new Set([own]);
	return pool
		.filter(
			(t) => t.kind === term.kind || (term.kind === 'defined' && t.kind === 'acronym' && /^\p{Lu}+$/u.test(term.text))
		)
		.filter((t) => {
			const key = textKey(t.text, language);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, 3)
		.map((t) => t.text);
}

/** The passages (sentences with what they state) of the paragraphs written in the bank's language. */
function readPassages(text: string, language: Language | undefined) {
	const paragraphs = splitParagraphs(text);
	const detected = detectLanguage(paragraphs.map((p) => p.text).join('\n'));
	const bankLanguage = language ?? templateLanguage(detected ?? 'en');
	const passages: Passage[] = [];
	let skipped = 0;
	for (const paragraph of paragraphs) {
		const own = detectLanguage(paragraph.text) ?? detected ?? bankLanguage;
		if (templateLanguage(own) !== bankLanguage) {
			skipped++;
			continue;
		}
		for (const sentence of splitSentences(paragraph)) {
			if (sentence.text.split(/\s+/).length < 4) continue;
			// A sentence in the other script (an English reference in a Kazakh paragraph) is left out; one
			// sentence is too short to tell Kazakh, Kyrgyz and Russian apart, so the paragraph decides that.
			const isLatin = detectLanguage(sentence.text) === 'en';
			if (isLatin !== (own === 'en')) continue;
			passages.push({
				sentence,
				language: own,
				numbers: findNumbers(sentence.text, own),
				terms: findTerms(sentence.text, own)
			});
		}
	}
	return { paragraphs: paragraphs.length, detected, language: bankLanguage, passages, skipped };
}

interface Builder {
	language: Language;
	numberPool: NumberMention[];
	termPool: TermMention[];
	drafts: Omit<Draft, 'id'>[];
	gapsPerTerm: Map<string, number>;
}

function draftNumbers(b: Builder, passage: Passage): void {
	const { sentence, numbers } = passage;
	const values = new Set(numbers.map((n) => n.value));
	const seen = new Set<number>();
	for (const mention of numbers) {
		if (seen.has(mention.value)) continue;
		seen.add(mention.value);
		const context = maskRepeats(contextAround(sentence.text, mention.start, mention.end), mention.raw);
		if (looksGarbled(context.text)) continue;
		const basis: DraftBasis = {
			context,
			answer: mention.raw,
			value: mention.value,
			numberKind: mention.kind,
			unit: unitOf(mention, b.language),
			alternatives: alternativesFor(mention, b.numberPool)
		};
		const item = itemFromBasis('numeric', basis, b.language, explanation(b.language, passage));
		if (item) b.drafts.push({ origin: mention.kind, item, source: citation(sentence), keys: [mention.raw], basis });
	}
	// One true/false pair per sentence, on its first year, amount or percentage that has a same-kind rival.
	const focus = numbers.find(
		(m) =>
			m.kind !== 'count' &&
			!m.isBound &&
			swapFor(m, b.numberPool, values) &&
			!looksGarbled(contextAround(sentence.text, m.start, m.end).text)
	);
	if (!focus) return;
	const rival = swapFor(focus, b.numberPool, values)!;
	const context = contextAround(sentence.text, focus.start, focus.end);
	const why = explanation(b.language, passage);
	const basis: DraftBasis = {
		context,
		answer: focus.raw,
		value: focus.value,
		numberKind: focus.kind,
		unit: unitOf(focus, b.language),
		alternatives: alternativesFor(focus, b.numberPool)
	};
	b.drafts.push({
		origin: focus.kind,
		item: { type: 'true-false', statement: context.text, answer: true, explanation: why },
		source: citation(sentence),
		keys: [focus.raw],
		basis
	});
	b.drafts.push({
		origin: focus.kind,
		item: { type: 'true-false', statement: withValue(context, rival.raw), answer: false, explanation: why },
		source: citation(sentence),
		keys: [focus.raw],
		swap: { from: focus.raw, to: rival.raw },
		basis
	});
}

function draftGap(b: Builder, passage: Passage): void {
	const { sentence, terms } = passage;
	for (const term of terms) {
		const key = textKey(term.text, b.language);
		if ((b.gapsPerTerm.get(key) ?? 0) >= MAX_GAPS_PER_TERM) continue;
		const context = contextAround(sentence.text, term.start, term.end);
		if (looksGarbled(context.text)) continue;
		const rest = (
			context.text.slice(0, context.focusStart) +
			' ' +
			context.text.slice(context.focusEnd)
		).toLocaleLowerCase(b.language);
		if (rest.includes(term.text.toLocaleLowerCase(b.language))) continue; // the passage would give the answer away
		if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4) continue; // too little around the gap (a heading)
		const basis: DraftBasis = {
			context,
			answer: term.text,
			alternatives: termAlternatives(term, b.termPool, b.language)
		};
		const item = itemFromBasis('cloze', basis, b.language, explanation(b.language, passage));
		if (!item) continue;
		b.gapsPerTerm.set(key, (b.gapsPerTerm.get(key) ?? 0) + 1);
		b.drafts.push({ origin: term.kind, item, source: citation(sentence), keys: [term.text], basis });
		return;
	}
}

/** A name-like word in a clause: an acronym, a multi-word name, or a capitalised word inside the sentence. */
function entitiesIn(passage: Passage, from: number, to: number): string[] {
	const text = passage.sentence.text;
	const found = passage.terms
		.filter((t) => t.start >= from && t.end <= to && (t.kind === 'acronym' || t.kind === 'name' || t.kind === 'quoted'))
		.map((t) => t.text);
	const covered = (at: number) =>
		passage.terms.some((t) => at >= t.start && at < t.end) ||
		passage.numbers.some((n) => at >= n.spanStart && at < n.spanEnd);
	for (const m of text.slice(from, to).matchAll(/(?<![\p{L}\d])\p{Lu}\p{Ll}{2,}[\p{L}-]*/gu)) {
		const at = from + m.index;
		if (at > 0 && !covered(at)) found.push(m[0]);
	}
	return found;
}

type PairKind = keyof (typeof TEMPLATES)['en']['matching'];

interface Pair {
	kind: PairKind;
	left: string;
	right: string;
	sentence: Sentence;
}

function pairsIn(passage: Passage): Pair[] {
	const text = passage.sentence.text;
	const bounds = [
		0,
		...[...text.matchAll(/[,;]\s+|\s+(?:and|және|жана|и|а также|as well as)\s+/gu)].map((m) => m.index + m[0].length),
		text.length
	];
	const pairs: Pair[] = [];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const from = bounds[i]!;
		const to = bounds[i + 1]!;
		const numbers = passage.numbers.filter((n) => n.start >= from && n.end <= to);
		const years = numbers.filter((n) => n.kind === 'year');
		const figures = numbers.filter((n) => n.kind === 'percent' || n.kind === 'amount');
		if (looksGarbled(text.slice(from, to))) continue;
		const entities = entitiesIn(passage, from, to);
		const sentence = passage.sentence;
		if (figures.length === 1 && years.length === 1)
			pairs.push({ kind: 'yearFigure', left: years[0]!.raw, right: spanText(text, figures[0]!), sentence });
		else if (entities.length === 1 && figures.length === 1 && !years.length)
			pairs.push({ kind: 'entityFigure', left: entities[0]!, right: spanText(text, figures[0]!), sentence });
		else if (entities.length === 1 && years.length === 1 && !figures.length)
			pairs.push({ kind: 'entityYear', left: entities[0]!, right: years[0]!.raw, sentence });
	}
	return pairs;
}

function draftMatching(b: Builder, paragraph: Passage[]): void {
	const pairs = paragraph.flatMap(pairsIn);
	for (const kind of ['yearFigure', 'entityFigure', 'entityYear'] as const) {
		const lefts = new Set<string>();
		const rights = new Set<string>();
		const chosen = pairs.filter((p) => {
			if (p.kind !== kind) return false;
			const [l, r] = [textKey(p.left, b.language), textKey(p.right, b.language)];
			if (lefts.has(l) || rights.has(r) || lefts.has(r) || rights.has(l)) return false;
			lefts.add(l);
			rights.add(r);
			return true;
		});
		if (chosen.length < 3) continue;
		const used = chosen.slice(0, 6);
		const first = used[0]!.sentence;
		const lines: [number, number] = [
			Math.min(...used.map((p) => p.sentence.startLine)),
			Math.max(...used.map((p) => p.sentence.endLine))
		];
		const where = TEMPLATES[b.language].lines(lines[0], lines[1], first.paragraph);
		b.drafts.push({
			origin: 'pairs',
			item: {
				type: 'matching',
				prompt: TEMPLATES[b.language].matching[kind],
				pairs: used.map((p) => ({ left: p.left, right: p.right })),
				explanation: `${where[0]!.toLocaleUpperCase(b.language)}${where.slice(1)}.`
			},
			source: { paragraph: first.paragraph, lines },
			keys: used.flatMap((p) => [p.left, p.right])
		});
		return;
	}
}

interface DatedEvent {
	year: NumberMention;
	text: string;
	sentence: Sentence;
}

function datedEvent(passage: Passage): DatedEvent | undefined {
	const years = passage.numbers.filter((n) => n.kind === 'year');
	if (years.length !== 1 || years[0]!.isBound) return undefined;
	const year = years[0]!;
	const context = contextAround(passage.sentence.text, year.start, year.end, 140);
	const text = withValue(context, '…')
		.replace(/(?<!\d)(1[89]|20)\d\d(?!\d)/g, '…')
		.replace(/…(\s*…)+/g, '…');
	if (text.replace(/[…\s]/g, '').length < 15 || looksGarbled(text)) return undefined;
	return { year, text, sentence: passage.sentence };
}

function emitOrdering(b: Builder, group: DatedEvent[]): void {
	const sorted = [...group].sort((x, y) => x.year.value - y.year.value);
	const lines: [number, number] = [
		Math.min(...group.map((e) => e.sentence.startLine)),
		Math.max(...group.map((e) => e.sentence.endLine))
	];
	const paragraph = group[0]!.sentence.paragraph;
	const where = TEMPLATES[b.language].lines(lines[0], lines[1], paragraph);
	b.drafts.push({
		origin: 'events',
		item: {
			type: 'ordering',
			prompt: TEMPLATES[b.language].ordering,
			sequence: sorted.map((e) => e.text),
			explanation: `${where[0]!.toLocaleUpperCase(b.language)}${where.slice(1)}: ${sorted.map((e) => e.year.raw).join(', ')}.`
		},
		source: { paragraph, lines },
		keys: sorted.map((e) => e.year.raw)
	});
}

function draftOrdering(b: Builder, passages: Passage[]): void {
	let group: DatedEvent[] = [];
	for (const passage of passages) {
		const event = datedEvent(passage);
		if (!event) continue;
		const isNear = group.length && event.sentence.startLine - group[0]!.sentence.startLine <= ORDERING_WINDOW_LINES;
		if (group.length && !isNear) {
			if (group.length >= 3) emitOrdering(b, group);
			group = [];
		}
		const repeats = group.some(
			(e) => e.year.value === event.year.value || textKey(e.text, b.language) === textKey(event.text, b.language)
		);
		if (!repeats) group.push(event);
		if (group.length === 4) {
			emitOrdering(b, group);
			group = [];
		}
	}
	if (group.length >= 3) emitOrdering(b, group);
}

/** What makes two drafts the same question. */
export function draftKey(item: DraftBody, language: Language): string {
	switch (item.type) {
		case 'numeric':
		case 'flashcard':
		case 'choice':
			return `${item.type}:${textKey(item.prompt, language)}`;
		case 'cloze':
			return `${item.type}:${textKey(item.text, language)}`;
		case 'true-false':
			return `${item.type}:${textKey(item.statement, language)}`;
		case 'matching':
			return `${item.type}:${item.pairs.map((p) => textKey(`${p.left}=${p.right}`, language)).join('|')}`;
		case 'ordering':
			return `${item.type}:${item.sequence.map((s) => textKey(s, language)).join('|')}`;
	}
}

/**
 * Drafts questions from a document's text, each citing its paragraph and lines.
 * @example draftQuestions('Kazakhstan joined the OSCE in 1992.').drafts[0].item // a numeric question, answer 1992
 */
export function draftQuestions(text: string, options: DraftOptions = {}): DraftResult {
	const read = readPassages(text, options.language);
	const b: Builder = {
		language: read.language,
		numberPool: read.passages.flatMap((p) => p.numbers.filter((n) => !n.isBound)),
		termPool: read.passages.flatMap((p) => p.terms),
		drafts: [],
		gapsPerTerm: new Map()
	};
	const byParagraph = new Map<number, Passage[]>();
	for (const passage of read.passages) {
		draftNumbers(b, passage);
		draftGap(b, passage);
		byParagraph.set(passage.sentence.paragraph, [...(byParagraph.get(passage.sentence.paragraph) ?? []), passage]);
	}
	for (const paragraph of byParagraph.values()) draftMatching(b, paragraph);
	draftOrdering(b, read.passages);

	const seen = new Set<string>();
	const drafts = b.drafts
		.filter((d) => {
			const key = draftKey(d.item, b.language);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((x, y) => x.source.lines[0] - y.source.lines[0])
		.map((d, i) => ({ ...d, id: `draft-${i + 1}` }));
	return {
		language: read.language,
		detected: read.detected,
		paragraphs: read.paragraphs,
		skippedParagraphs: read.skipped,
		drafts
	};
}

const CONVERTIBLE: DraftType[] = ['numeric', 'cloze', 'choice', 'true-false', 'flashcard'];

/** The types a draft can be turned into: its own, and those its basis can make. */
export function draftTypes(draft: Draft, language: Language): DraftType[] {
	const { basis } = draft;
	if (!basis) return [draft.item.type];
	return CONVERTIBLE.filter(
		(type) => type === draft.item.type || itemFromBasis(type, basis, language, '') !== undefined
	);
}
