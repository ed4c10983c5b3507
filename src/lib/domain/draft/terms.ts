/**
 * Key terms of a sentence that make good gaps: terms the text defines, names in quotation marks,
 * dates, acronyms and multi-word proper names. Each comes with its place in the sentence.
 */
import type { TextLanguage } from './language';
import { MONTHS } from './numbers';

/** In order of preference: a defined term is the best gap a sentence can offer. */
export const TERM_KINDS = ['defined', 'quoted', 'date', 'acronym', 'name'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface TermMention {
	kind: TermKind;
	/** The term as written, which is also the gap's answer. */
	text: string;
	start: number;
	end: number;
}

const UPPER = '\\p{Lu}';
const ACRONYM = /(?<![\p{L}\d])(\p{Lu}[\p{Lu}\d]{1,6})(?![\p{L}\d])/gu;
const ROMAN = /^[IVXLCХ]+$/u;
const QUOTED = /[«"“„]([^«»"“”„]{2,60})[»"”“]/gu;
/** Small words inside English names (Partnership for Peace); in Kazakh and Russian "and" joins two names. */
const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to', 'de']);

/** Phrases that introduce a term the text defines; the term is the first group. */
const DEFINITIONS: Record<'kk' | 'ky' | 'ru' | 'en', RegExp[]> = {
	kk: [
		/^([^,–—-]{3,60}?)\s+[–—-]\s+бұл\s/u,
		/«([^»]{2,60})»\s+(?:термині|тұжырымдамасы|ұғымы|атты|деп\s+аталатын)/u,
		/([\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+деп\s+аталады/u
	],
	ky: [
		/^([^,–—-]{3,60}?)\s+[–—-]\s+бул\s/u,
		/«([^»]{2,60})»\s+(?:термини|концепциясы|түшүнүгү|аттуу|деп\s+аталган)/u,
		/([\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+деп\s+аталат/u
	],
	ru: [
		/^([^,–—-]{3,60}?)\s+[–—-]\s+это\s/u,
		/(?:термин|понятие|концепци[яи]|так\s+называем\p{L}+)\s+«([^»]{2,60})»/u,
		/получил\p{L}*\s+название\s+«([^»]{2,60})»/u
	],
	en: [
		/(?:known\s+as|so-called|the\s+term|the\s+concept\s+of|referred\s+to\s+as|called)\s+[«"“]?([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)[»"”]?(?=[\s,.;:)]|$)/u,
		/^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?:is\s+defined\s+as|refers\s+to|means)\s/u
	]
};

function dateSpans(sentence: string): TermMention[] {
	const month = `(?:${MONTHS})\\p{L}*`;
	const patterns = [
		new RegExp(`\\d{4}\\s*(?:жылғы|жылдың|-жылдын|-жылы|-жылдагы)\\s+\\d{1,2}(?:-|\\s+)${month}`, 'giu'),
		new RegExp(`(?<![\\d\\p{L}])\\d{1,2}(?:-|\\s+)${month}(?:\\s+\\d{4}(?:\\s*(?:г\\.|года|жылы|жылғы))?)?`, 'giu'),
		new RegExp(`(?<![\\d\\p{L}])${month},?\\s+\\d{4}`, 'giu')
	];
	const found: TermMention[] = [];
	for (const pattern of patterns) {
		for (const m of sentence.matchAll(pattern)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => start < f.end && end > f.start)) continue;
			found.push({ kind: 'date', text: m[0], start, end });
		}
	}
	return found;
}

/** Runs of two or more capitalised words (small connecting words allowed inside). */
function nameSpans(sentence: string): TermMention[] {
	const words = [...sentence.matchAll(/[\p{L}][\p{L}’'-]*/gu)];
	const found: TermMention[] = [];
	let run: RegExpMatchArray[] = [];
	const close = () => {
		// The first word of a sentence is capitalised whatever it is.
		if (run.length && !sentence.slice(0, run[0]!.index).replace(/[\s«"“„(•–—-]/gu, '')) run.shift();
		while (run.length && CONNECTORS.has(run[run.length - 1]![0].toLowerCase())) run.pop();
		const capitalised = run.filter((w) => new RegExp(`^${UPPER}`, 'u').test(w[0]));
		if (capitalised.length >= 2 && run.length <= 7) {
			const first = run[0]!;
			const last = run[run.length - 1]!;
			const start = first.index!;
			const end = last.index! + last[0].length;
			const text = sentence.slice(start, end);
			const isAcronymsOnly = capitalised.every((w) => /^[\p{Lu}\d-]+$/u.test(w[0]));
			if (text.length <= 60 && !isAcronymsOnly && !/[,;:()]/.test(text)) found.push({ kind: 'name', text, start, end });
		}
		run = [];
	};
	for (const word of words) {
		const previous = run[run.length - 1];
		const between = previous ? sentence.slice(previous.index! + previous[0].length, word.index) : '';
		const isCapitalised = new RegExp(`^${UPPER}`, 'u').test(word[0]);
		const joins = !previous || /^\s+$/.test(between);
		if (!joins) close();
		if (isCapitalised || (run.length && CONNECTORS.has(word[0].toLowerCase()))) run.push(word);
		else close();
	}
	close();
	return found;
}

/**
 * The sentence's candidate gaps, best first: defined terms, quoted names, dates, acronyms, names.
 * A sentence written all in capitals (a heading) has none.
 */
export function findTerms(sentence: string, language: TextLanguage): TermMention[] {
	const letters = sentence.replace(/[^\p{L}]/gu, '');
	if (letters.length && letters === letters.toUpperCase()) return [];
	const found: TermMention[] = [];
	const add = (mention: TermMention) => {
		const text = mention.text.trim();
		if (text.length < 2 || /^\d+$/.test(text)) return;
		const start = mention.start + mention.text.indexOf(text);
		if (found.some((f) => start < f.end && start + text.length > f.start)) return;
		found.push({ ...mention, text, start, end: start + text.length });
	};

	for (const pattern of DEFINITIONS[language]) {
		const m = pattern.exec(sentence);
		if (m?.[1]) add({ kind: 'defined', text: m[1], start: m.index + m[0].indexOf(m[1]), end: 0 });
	}
	// "Long Name (ACR)": the acronym is defined by the words before it.
	for (const m of sentence.matchAll(/\((\p{Lu}[\p{Lu}\d]{1,6})\)/gu)) {
		if (!ROMAN.test(m[1]!) && m.index > 3) add({ kind: 'defined', text: m[1]!, start: m.index + 1, end: 0 });
	}
	for (const m of sentence.matchAll(QUOTED)) {
		const inner = m[1]!;
		if (inner.split(/\s+/).length <= 6 && !/[.!?]$/.test(inner.trim()))
			add({ kind: 'quoted', text: inner, start: m.index + 1, end: 0 });
	}
	for (const date of dateSpans(sentence)) add(date);
	for (const m of sentence.matchAll(ACRONYM)) {
		if (!ROMAN.test(m[1]!) && /\p{Lu}.*\p{Lu}/u.test(m[1]!))
			add({ kind: 'acronym', text: m[1]!, start: m.index, end: 0 });
	}
	for (const name of nameSpans(sentence)) add(name);
	return found.sort((a, b) => TERM_KINDS.indexOf(a.kind) - TERM_KINDS.indexOf(b.kind) || a.start - b.start);
}
