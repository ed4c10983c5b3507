/**
 * A document's text as paragraphs and sentences that remember their line numbers (1-based, as an
 * editor shows them), so every drafted question can cite where it came from. Handles the shapes
 * that text extracted from articles takes: wrapped lines, double spacing, hyphenated line ends,
 * and one paragraph per long line (as pasted from a word processor).
 */

export interface Paragraph {
	/** 1-based, in document order. */
	index: number;
	startLine: number;
	endLine: number;
	/** The lines joined into running text (hyphenation undone). */
	text: string;
	/** Where each joined line starts in `text`, with its line number. */
	lineStarts: { offset: number; line: number }[];
}

export interface Sentence {
	paragraph: number;
	startLine: number;
	endLine: number;
	text: string;
}

const BULLET = /^\s*([•·▪●*]|[-–—]\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-zа-я]\)\s)/u;
const ENDS_SENTENCE = /[.!?…:;»"”)\]]\s*$/u;
const STARTS_LOWER = /^\s*[\p{Ll}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Text with one kind of line break and no byte-order mark or stray control characters. */
export function normalizeDocument(text: string): string {
	return (
		text
			.replace(/^\uFEFF/, '')
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex -- control characters are what this removes
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00ad]/g, '')
			.replace(/[\u00a0\u2007\u202f\t]/g, ' ')
	);
}

/** Lines joined into running text: a hyphen at a line end before a lowercase letter joins the word. */
export function joinLines(lines: readonly string[]): string {
	return joinWithOffsets(lines).text;
}

function joinWithOffsets(lines: readonly string[]): { text: string; offsets: number[] } {
	let text = '';
	const offsets: number[] = [];
	for (const raw of lines) {
		const line = raw.trim();
		if (!line) {
			offsets.push(text.length);
			continue;
		}
		if (text) {
			const hyphen = /(\p{L})-$/u.exec(text);
			if (hyphen && STARTS_LOWER.test(line)) {
				// Russian and Kazakh words are broken anywhere; English breaks here are mostly real compounds.
				if (CYRILLIC.test(hyphen[1]!)) text = text.slice(0, -1);
			} else text += ' ';
		}
		offsets.push(text.length);
		text += line;
	}
	return { text, offsets };
}

function percentile(values: number[], p: number): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Block {
	lines: { number: number; text: string }[];
}

/** Runs of non-blank lines; in a double-spaced text a single blank line does not end a run. */
function blocksOf(lines: readonly string[]): Block[] {
	const filled = lines.map((l) => l.trim() !== '');
	const nonEmpty = filled.filter(Boolean).length;
	let singleGaps = 0;
	for (let i = 1; i + 1 < lines.length; i++) if (!filled[i] && filled[i - 1] && filled[i + 1]) singleGaps++;
	const isDoubleSpaced = nonEmpty > 4 && singleGaps / nonEmpty > 0.35;

	const blocks: Block[] = [];
	let current: Block | undefined;
	let blankRun = 0;
	lines.forEach((text, i) => {
		if (!filled[i]) {
			blankRun++;
			return;
		}
		const isBreak = !current || blankRun > (isDoubleSpaced ? 1 : 0);
		if (isBreak) {
			current = { lines: [] };
			blocks.push(current);
		}
		current!.lines.push({ number: i + 1, text });
		blankRun = 0;
	});
	return blocks;
}

/** Splits a document into paragraphs with their line ranges. */
export function splitParagraphs(text: string): Paragraph[] {
	const lines = normalizeDocument(text).split('\n');
	const blocks = blocksOf(lines);
	const all = blocks.flatMap((b) => b.lines);
	// Wrapped text continues a sentence on the next line, which then starts in lowercase.
	let pairs = 0;
	let continued = 0;
	for (const block of blocks) {
		for (let i = 1; i < block.lines.length; i++) {
			pairs++;
			if (STARTS_LOWER.test(block.lines[i]!.text)) continued++;
		}
	}
	// A few lines say too little: they are taken as they stand.
	const isWrapped = pairs >= 4 && continued / pairs >= 0.25;
	const width = percentile(
		all.map((l) => l.text.trim().length),
		0.9
	);

	const groups: { number: number; text: string }[][] = [];
	for (const block of blocks) {
		let group: { number: number; text: string }[] = [];
		block.lines.forEach((line, i) => {
			const previous = block.lines[i - 1];
			let isBreak = i === 0;
			if (!isBreak && previous) {
				if (!isWrapped) isBreak = !STARTS_LOWER.test(line.text);
				else {
					const ended = ENDS_SENTENCE.test(previous.text);
					const isShort = previous.text.trim().length < 0.7 * width;
					const isIndented = /^\s+\S/.test(line.text) && !/^\s+\S/.test(previous.text);
					isBreak = BULLET.test(line.text) || (ended && (isShort || isIndented));
				}
			}
			if (isBreak && group.length) {
				groups.push(group);
				group = [];
			}
			group.push(line);
		});
		if (group.length) groups.push(group);
	}

	return groups.map((group, i) => {
		const first = group[0]!.number;
		const last = group[group.length - 1]!.number;
		// Blank lines inside the range keep their place, so offsets map back to real line numbers.
		const span = lines.slice(first - 1, last);
		const { text: joined, offsets } = joinWithOffsets(span);
		return {
			index: i + 1,
			startLine: first,
			endLine: last,
			text: joined,
			lineStarts: offsets.map((offset, k) => ({ offset, line: first + k })).filter((_, k) => span[k]!.trim() !== '')
		};
	});
}

/** The line an offset of a paragraph's text falls on. */
export function lineAt(paragraph: Paragraph, offset: number): number {
	let line = paragraph.startLine;
	for (const start of paragraph.lineStarts) {
		if (start.offset > offset) break;
		line = start.line;
	}
	return line;
}

/** Words that end in a full stop without ending the sentence (lowercase; initials are handled apart). */
const ABBREVIATIONS = new Set([
	'ж',
	'жж',
	'т.б',
	'т.с.с',
	'б.з.б',
	'млн',
	'млрд',
	'трлн',
	'мың',
	'миң',
	'тыс',
	'г',
	'гг',
	'т.е',
	'т.д',
	'т.п',
	'др',
	'им',
	'ст',
	'см',
	'с',
	'руб',
	'долл',
	'проф',
	'e.g',
	'i.e',
	'etc',
	'p',
	'pp',
	'vol',
	'no',
	'mr',
	'mrs',
	'dr',
	'st',
	'u.s',
	'u.k',
	'vs',
	'cf',
	'al',
	'jan',
	'feb',
	'aug',
	'sept',
	'oct',
	'nov',
	'dec'
]);

/** Where sentences end in running text: after . ! ? … (and closing quotes), before a capital, digit or quote. */
export function sentenceBounds(text: string): [number, number][] {
	const bounds: [number, number][] = [];
	const pattern = /[.!?…]+[»"”’)\]]*(?=\s+[\p{Lu}\d«"“([•])/gu;
	let start = 0;
	for (const match of text.matchAll(pattern)) {
		const end = match.index + match[0].length;
		if (match[0].startsWith('.') && match[0].length === 1) {
			const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, match.index - 12), match.index + 1))?.[1] ?? '';
			if (ABBREVIATIONS.has(word.toLowerCase())) continue;
			if (/^\p{Lu}$/u.test(word) || /(^|\.)\p{Lu}$/u.test(word)) continue; // an initial: N. Nazarbayev
		}
		bounds.push([start, end]);
		start = end;
		while (start < text.length && /\s/.test(text[start]!)) start++;
	}
	if (start < text.length && text.slice(start).trim()) bounds.push([start, text.length]);
	return bounds;
}

/** The sentences of a paragraph, each with its own lines. */
export function splitSentences(paragraph: Paragraph): Sentence[] {
	return sentenceBounds(paragraph.text).map(([start, end]) => {
		const raw = paragraph.text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		return {
			paragraph: paragraph.index,
			startLine: lineAt(paragraph, start + lead),
			endLine: lineAt(paragraph, start + lead + Math.max(0, text.length - 1)),
			text
		};
	});
}

/** The text of lines `from`–`to` (1-based, inclusive) joined as a paragraph is. */
export function textOfLines(text: string, [from, to]: readonly [number, number]): string {
	const lines = normalizeDocument(text).split('\n');
	return joinLines(lines.slice(Math.max(0, from - 1), Math.max(0, to)));
}
