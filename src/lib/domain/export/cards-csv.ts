/**
 * Two-column card files that Anki and Quizlet import: the question, and the answer with its
 * explanation. A choice's options are shuffled and lettered anew, so that "A" is not always right.
 * Written through spreadsheet-safe.ts: formulas neutralised, TSV cells kept on one line.
 */
import type { UncitedItem } from '../bank/localize';
import { toSafeCsv, toSafeTsv } from './spreadsheet-safe';
import { inExportOrder, plainAnswer, plainQuestion, withExplanation, type ExportLabels } from './answer-text';

function rows(items: readonly UncitedItem[], labels: ExportLabels): [string, string][] {
	return items
		.map(inExportOrder)
		.map((item) => [plainQuestion(item), withExplanation(plainAnswer(item, labels), item.explanation)]);
}

export function toCardsCsv(items: readonly UncitedItem[], labels: ExportLabels): string {
	return toSafeCsv(rows(items, labels));
}

export function toCardsTsv(items: readonly UncitedItem[], labels: ExportLabels): string {
	return toSafeTsv(rows(items, labels));
}
