/**
 * Questions in Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), read with gift-pegjs.
 *
 * Questions are separated by blank lines, as in Moodle; each block is parsed on its own so every
 * question and every syntax error has its line. Mapping: multiple choice → choice (an option with a
 * positive weight counts as right), true/false → true-false, short answer → cloze (the gap where the
 * answers stand, or at the end when they close the question: still a typed answer), numerical →
 * numeric (a range becomes its middle ± half its width), matching → matching, an essay with general
 * feedback → flashcard (our own GIFT export writes flashcards so). Descriptions and essays without
 * feedback have no answer: they are left out with a warning, as are partial-credit answers and
 * matching answers without a question. [html] and [markdown] become plain text.
 */
import { parse, type GIFTQuestion, type NumericalFormat, type TextFormat } from 'gift-pegjs';
import type { ImportProblem } from './custom-bank';
import { collapseSpaces, giftTextToPlain } from './plain-text';
import { GAP, type DraftItem, type ParsedQuestions } from './validate-custom';

interface Block {
	/** Line of the block's first question text (after any comment lines). */
	line: number;
	/** Line the block's text starts on, for the parser's own line numbers. */
	firstLine: number;
	text: string;
}

const isComment = (line: string) => line.trimStart().startsWith('//');

/** The text cut at blank lines, with comment-only blocks dropped. */
function splitBlocks(text: string): Block[] {
	const lines = text.split('\n');
	const blocks: Block[] = [];
	let start = -1;
	const close = (end: number) => {
		if (start < 0) return;
		const own = lines.slice(start, end);
		const first = own.findIndex((l) => !isComment(l));
		if (first >= 0) blocks.push({ line: start + first + 1, firstLine: start + 1, text: own.join('\n') });
		start = -1;
	};
	lines.forEach((line, i) => {
		if (line.trim() === '') close(i);
		else if (start < 0) start = i;
	});
	close(lines.length);
	return blocks;
}

const plain = (t: TextFormat | null | undefined) => (t ? giftTextToPlain(t.format, t.text) : '');

/** Full credit: `=` without a weight, or a weight of 100 %. Partial credit is something else. */
const isFullCredit = (c: { isCorrect: boolean; weight: number | null }) =>
	c.weight === null ? c.isCorrect : c.weight >= 100;

function numericAnswer(format: NumericalFormat): { answer: number; tolerance: number } | undefined {
	switch (format.type) {
		case 'simple':
			return format.number === undefined ? undefined : { answer: format.number, tolerance: 0 };
		case 'range':
			return format.number === undefined ? undefined : { answer: format.number, tolerance: format.range ?? 0 };
		case 'high-low': {
			const { numberLow: low, numberHigh: high } = format;
			return low === undefined || high === undefined
				? undefined
				: { answer: (low + high) / 2, tolerance: (high - low) / 2 };
		}
	}
	return undefined;
}

type Mapped = { item?: Record<string, unknown>; problems?: ImportProblem[]; warnings?: ImportProblem[] };

/** One parsed GIFT question as our item (without id), or why not. */
function mapQuestion(q: GIFTQuestion, line: number): Mapped {
	if (q.type === 'Category') return {};
	if (q.type === 'Description') return { warnings: [{ line, key: 'customBank.warning.description' }] };
	const stem = plain(q.stem);
	const explanation = plain(q.globalFeedback);
	const partial = (count: number): ImportProblem[] =>
		count ? [{ line, key: 'customBank.warning.partialCredit', params: { count } }] : [];
	switch (q.type) {
		case 'Essay': {
			if (!explanation) return { warnings: [{ line, key: 'customBank.warning.essay' }] };
			// Our export writes a flashcard as an essay whose feedback is "answer — explanation".
			const at = explanation.indexOf(' — ');
			return at > 0
				? {
						item: {
							type: 'flashcard',
							prompt: stem,
							answer: explanation.slice(0, at),
							explanation: explanation.slice(at + 3)
						}
					}
				: { item: { type: 'flashcard', prompt: stem, answer: explanation, explanation: '' } };
		}
		case 'TF':
			return { item: { type: 'true-false', statement: stem, answer: q.isTrue, explanation } };
		case 'MC':
			return {
				item: {
					type: 'choice',
					prompt: stem,
					options: q.choices.map((c) => ({
						text: plain(c.text),
						correct: c.weight === null ? c.isCorrect : c.weight > 0
					})),
					explanation
				}
			};
		case 'Short': {
			const accepted = q.choices.filter(isFullCredit).map((c) => plain(c.text));
			if (!accepted.length) return { problems: [{ line, key: 'customBank.error.noCorrectAnswer' }] };
			// The parser writes the gap as "_____ " even before a full stop.
			const text = q.hasEmbeddedAnswers
				? stem.replace(/_____ (?=[.,;:!?)»”…])/, '_____')
				: stem.includes(GAP)
					? stem
					: `${stem} ${GAP}`;
			return {
				item: { type: 'cloze', text, answers: accepted, explanation },
				warnings: partial(q.choices.length - accepted.length)
			};
		}
		case 'Numerical': {
			const choices = Array.isArray(q.choices) ? q.choices : [{ isCorrect: true, weight: null, text: q.choices }];
			const best = choices.find(isFullCredit);
			const value = best && numericAnswer(best.text);
			if (!value) return { problems: [{ line, key: 'customBank.error.noCorrectAnswer' }] };
			return { item: { type: 'numeric', prompt: stem, ...value, explanation }, warnings: partial(choices.length - 1) };
		}
		case 'Matching': {
			const pairs = q.matchPairs.map((p) => ({ left: plain(p.subquestion), right: collapseSpaces(p.subanswer) }));
			const asked = pairs.filter((p) => p.left !== '');
			const extra = pairs.length - asked.length;
			const warnings: ImportProblem[] = extra
				? [{ line, key: 'customBank.warning.extraMatches', params: { count: extra } }]
				: [];
			return { item: { type: 'matching', prompt: stem, pairs: asked, explanation }, warnings };
		}
	}
}

/** Shows a character the parser stumbled on, visibly (a line break as ↵). */
function visible(found: string): string {
	return found === '\n' ? '↵' : found.trim() === '' ? '␣' : found;
}

/** Reads questions from GIFT text (line breaks already `\n`). Stops after `maxQuestions + 1` questions. */
export function parseGiftQuestions(text: string, maxQuestions = Infinity): ParsedQuestions {
	const drafts: DraftItem[] = [];
	const problems: ImportProblem[] = [];
	const warnings: ImportProblem[] = [];
	for (const block of splitBlocks(text)) {
		let questions: GIFTQuestion[];
		try {
			questions = parse(block.text);
		} catch (error) {
			const location = (error as { location?: { start?: { line?: unknown } } }).location?.start?.line;
			const found = (error as { found?: unknown }).found;
			const line = typeof location === 'number' ? block.firstLine + location - 1 : block.line;
			problems.push(
				typeof found === 'string'
					? { line, key: 'customBank.error.giftSyntax', params: { found: visible(found) } }
					: { line, key: 'customBank.error.giftUnexpectedEnd' }
			);
			continue;
		}
		for (const question of questions) {
			const mapped = mapQuestion(question, block.line);
			problems.push(...(mapped.problems ?? []));
			warnings.push(...(mapped.warnings ?? []));
			if (mapped.item) drafts.push({ line: block.line, item: mapped.item });
		}
		if (drafts.length > maxQuestions) break;
	}
	return { drafts, problems, warnings };
}
