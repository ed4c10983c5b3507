/**
 * Two-column card files that Anki and Quizlet import: the question, and the answer with its
 * explanation. A choice's options are shuffled and lettered anew, so that "A" is not always right.
 * CSV is quoted as RFC 4180 (papaparse); TSV has no quoting, so tabs and line breaks inside a text
 * become spaces.
 */
import Papa from 'papaparse';
import type { UncitedItem } from '../bank/localize';
import { inExportOrder, plainAnswer, plainQuestion, withExplanation, type ExportLabels } from './answer-text';

function rows(items: readonly UncitedItem[], labels: ExportLabels): [string, string][] {
	return items.map(inExportOrder).map((item) => [plainQuestion(item), withExplanation(plainAnswer(item, labels), item.explanation)]);
}

export function toCardsCsv(items: readonly UncitedItem[], labels: ExportLabels): string {
	return `${Papa.unparse(rows(items, labels), { newline: '\n' })}\n`;
}

export function toCardsTsv(items: readonly UncitedItem[], labels: ExportLabels): string {
	const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
	return rows(items, labels).map(([front, back]) => `${clean(front)}\t${clean(back)}`).join('\n') + '\n';
}
