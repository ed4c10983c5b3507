/**
 * The small syntax inside CSV cells (see csv.ts): true/false words, numbers as people write them,
 * and lists separated by `|` with `\` escapes, whose pieces may be `left -> right` pairs.
 */

const TRUE_WORDS = new Set([
	'true',
	't',
	'yes',
	'1',
	'истина',
	'правда',
	'верно',
	'да',
	'ақиқат',
	'дұрыс',
	'иә',
	'шын'
]);
const FALSE_WORDS = new Set(['false', 'f', 'no', '0', 'ложь', 'неверно', 'нет', 'жалған', 'бұрыс', 'жоқ', 'қате']);

/** Reads true or false in English, Russian or Kazakh; undefined for anything else. */
export function parseTruth(cell: string): boolean | undefined {
	const word = cell.trim().toLowerCase();
	return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}

/**
 * Reads a number as people write it: `1991`, `-3.5`, `3,5`, `10 000`, `1e6`; NaN for anything else.
 * @example parseNumberText('3,5') // 3.5
 */
export function parseNumberText(cell: string): number {
	const t = cell
		.trim()
		.replace(/(\d)[\s\u00a0\u202f']+(?=\d)/g, '$1')
		.replace(/^[−–]/, '-');
	const dotted = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
	return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(dotted) ? Number(dotted) : NaN;
}

export interface Piece {
	text: string;
	/** Where the first unescaped `->` or `→` starts in `text`, and its length; -1 when there is none. */
	arrowAt: number;
	arrowLength: number;
}

const ESCAPABLE = '\\|-→';

/** Splits a list cell at unescaped `|`; `\|`, `\\`, `\-` and `\→` stand for the character itself. */
export function splitList(cell: string): Piece[] {
	const pieces: Piece[] = [];
	let text = '';
	let arrowAt = -1;
	let arrowLength = 0;
	const push = () => {
		const start = text.length - text.trimStart().length;
		const trimmed = text.trim();
		if (trimmed) pieces.push({ text: trimmed, arrowAt: arrowAt < 0 ? -1 : arrowAt - start, arrowLength });
		text = '';
		arrowAt = -1;
	};
	for (let i = 0; i < cell.length; i++) {
		const ch = cell[i]!;
		const next = cell[i + 1];
		if (ch === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
			text += next;
			i++;
		} else if (ch === '|') {
			push();
		} else if (arrowAt < 0 && ((ch === '-' && next === '>') || ch === '→')) {
			arrowAt = text.length;
			arrowLength = ch === '→' ? 1 : 2;
			text += ch === '→' ? ch : '->';
			if (ch === '-') i++;
		} else {
			text += ch;
		}
	}
	push();
	return pieces;
}

/** A text escaped for a list cell: its `\` and `|` stand for themselves. */
export const escapeListText = (text: string) => text.replace(/[\\|]/g, (ch) => `\\${ch}`);
/** A matching's left side, escaped for a list cell: it must not show an arrow the reader would split at. */
export const escapeLeft = (text: string) => escapeListText(text).replace(/->|→/g, (arrow) => `\\${arrow}`);
