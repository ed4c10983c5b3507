/**
 * How good a document's drafts are, measured against the document and the built-in banks:
 * is each keyed answer in the lines the draft cites, how many of the banks' numeric questions on the
 * document a draft also asks, and how many drafts ask the same thing twice. `npm run drafts:eval`
 * prints these for the course documents.
 */
import type { Language } from '../language';
import { textOfLines } from './document';
import { detectLanguage } from './language';
import { parseWrittenNumber } from './numbers';
import { draftQuestions, type Draft } from './propose';

/** A built-in numeric question on the document: its answer and the lines it cites. */
export interface BankNumeric {
	id: string;
	answer: number;
	tolerance: number;
	lines: readonly [number, number];
}

export interface DocumentFigures {
	drafts: number;
	/** Drafts whose keyed answer is in the lines they cite. */
	answerInCitation: number;
	/** Ids of the drafts whose answer is not in their lines (should be none). */
	unsupported: string[];
	numericTotal: number;
	numericAsked: number;
	/** Ids of the bank's numeric questions no draft asks. */
	missed: string[];
	duplicates: number;
}

const normal = (text: string, language: Language) => text.toLocaleLowerCase(language).replace(/\s+/g, ' ').trim();
/** The pieces of a shown text that come from the source: `…` marks where it was cut or masked. */
const pieces = (text: string) =>
	text
		.split('…')
		.map((p) => p.trim())
		.filter((p) => p.length >= 2);

/** Whether the draft's keyed answer (and the words around it) is in the lines it cites. */
export function isAnswerInCitation(draft: Draft, documentText: string, language: Language): boolean {
	const cited = textOfLines(documentText, draft.source.lines);
	const haystack = normal(cited, language);
	const has = (text: string) => haystack.includes(normal(text, language));
	const all = (text: string) => pieces(text).every(has);
	const numberLanguage = detectLanguage(cited) ?? language;
	const { item } = draft;
	switch (item.type) {
		case 'numeric':
			return (
				draft.keys.length > 0 &&
				draft.keys.every(has) &&
				draft.keys.some((k) => parseWrittenNumber(k, numberLanguage) === item.answer)
			);
		case 'cloze':
			return has(item.answers[0]!) && all(item.text.replace('___', item.answers[0]!));
		case 'choice':
			return item.options.filter((o) => o.correct).every((o) => has(o.text));
		case 'flashcard':
			return has(item.answer) || draft.keys.some(has);
		case 'true-false': {
			if (item.answer) return all(item.statement);
			if (!draft.swap || all(item.statement)) return false;
			const { from, to } = draft.swap;
			const restored = item.statement.replace(
				new RegExp(`(?<![\\d.,])${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`, 'u'),
				from
			);
			return all(restored);
		}
		case 'matching':
			return item.pairs.every((p) => has(p.left) && has(p.right));
		case 'ordering': {
			const years = draft.keys.map(Number);
			const isChronological = years.every((y, i) => i === 0 || y >= years[i - 1]!);
			return (
				draft.keys.length === item.sequence.length &&
				isChronological &&
				draft.keys.every(has) &&
				item.sequence.every(all)
			);
		}
	}
}

/** What makes two drafts ask the same thing from the same place. */
function duplicateKey(draft: Draft, language: Language): string {
	const { item, source } = draft;
	const at = source.lines.join('-');
	switch (item.type) {
		case 'numeric':
			return `numeric:${at}:${item.answer}`;
		case 'cloze':
			return `cloze:${at}:${normal(item.answers[0]!, language)}`;
		case 'true-false':
			return `tf:${normal(item.statement, language)}`;
		case 'matching':
			return `matching:${item.pairs
				.map((p) => normal(`${p.left}=${p.right}`, language))
				.sort()
				.join('|')}`;
		case 'ordering':
			return `ordering:${item.sequence.map((s) => normal(s, language)).join('|')}`;
		case 'choice':
		case 'flashcard':
			return `${item.type}:${normal(item.prompt, language)}`;
	}
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** The figures of one document's drafts. */
export function evaluateDrafts(
	drafts: readonly Draft[],
	documentText: string,
	language: Language,
	bank: readonly BankNumeric[]
): DocumentFigures {
	const unsupported = drafts.filter((d) => !isAnswerInCitation(d, documentText, language)).map((d) => d.id);
	const asks = (q: BankNumeric) =>
		drafts.some(
			(d) =>
				d.item.type === 'numeric' &&
				Math.abs(d.item.answer - q.answer) <= q.tolerance + 1e-9 &&
				overlaps(d.source.lines, q.lines)
		);
	const missed = bank.filter((q) => !asks(q)).map((q) => q.id);
	const keys = new Set<string>();
	let duplicates = 0;
	for (const draft of drafts) {
		const key = duplicateKey(draft, language);
		if (keys.has(key)) duplicates++;
		keys.add(key);
	}
	return {
		drafts: drafts.length,
		answerInCitation: drafts.length - unsupported.length,
		unsupported,
		numericTotal: bank.length,
		numericAsked: bank.length - missed.length,
		missed,
		duplicates
	};
}

/** A share as a whole percentage, 100 for an empty whole (nothing to get wrong). */
export function percent(part: number, whole: number): number {
	return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

/** Drafts a document in its own language and measures the drafts: the eval's core, for one document. */
export function evaluateDocument(documentText: string, bank: readonly BankNumeric[]) {
	const result = draftQuestions(documentText);
	const counts = new Map<string, number>();
	for (const d of result.drafts) counts.set(d.item.type, (counts.get(d.item.type) ?? 0) + 1);
	return {
		language: result.language,
		figures: evaluateDrafts(result.drafts, documentText, result.language, bank),
		byType: [...counts].map(([type, n]) => `${type}:${n}`).join(' ')
	};
}

/** The figures of several documents added up. */
export function sumFigures(rows: readonly DocumentFigures[]): DocumentFigures {
	return rows.reduce(
		(sum, f) => ({
			drafts: sum.drafts + f.drafts,
			answerInCitation: sum.answerInCitation + f.answerInCitation,
			unsupported: [...sum.unsupported, ...f.unsupported],
			numericTotal: sum.numericTotal + f.numericTotal,
			numericAsked: sum.numericAsked + f.numericAsked,
			missed: [...sum.missed, ...f.missed],
			duplicates: sum.duplicates + f.duplicates
		}),
		{ drafts: 0, answerInCitation: 0, unsupported: [], numericTotal: 0, numericAsked: 0, missed: [], duplicates: 0 }
	);
}
