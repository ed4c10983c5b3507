/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so a
 * question such as "=1+1" or "@SUM(1)" in a CSV could execute when an instructor opens the file.
 * Every CSV and TSV the app writes goes through here: such a cell gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as text. Plain numbers ("-5", "+3.5") stay as they are.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

const isFormulaLike = (cell: string) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);

/**
 * A cell gets an apostrophe when, past any apostrophes it already starts with, it looks like a
 * formula: so a text that itself starts with "'=" keeps its own apostrophe after a read back.
 */
const needsApostrophe = (cell: string) => isFormulaLike(cell.replace(/^'+/, ''));

/** The cell as a spreadsheet will show it as text, never run it. */
export function neutralizeFormula(cell: string): string {
	return needsApostrophe(cell) ? `'${cell}` : cell;
}

/** Undoes neutralizeFormula, so a file the app wrote reads back to the same text. */
export function restoreFormula(cell: string): string {
	return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180 CSV (papaparse quoting), one line per row, every cell neutralised. */
export function toSafeCsv(rows: readonly (readonly string[])[]): string {
	return `${Papa.unparse(
		rows.map((row) => row.map(neutralizeFormula)),
		{ newline: '\n' }
	)}\n`;
}

/** Tab-separated values: no quoting exists, so tabs and line breaks inside a cell become spaces. */
export function toSafeTsv(rows: readonly (readonly string[])[]): string {
	const clean = (cell: string) => neutralizeFormula(cell.replace(/[\t\r\n]+/g, ' '));
	return rows.map((row) => row.map(clean).join('\t')).join('\n') + '\n';
}
