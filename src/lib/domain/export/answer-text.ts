/** Plain-text forms of an item's question and answer, for formats that only hold text (CSV, TSV). */
import type { UncitedItem } from '../bank/localize';
import { questionText } from '../bank/present';
import { shuffledIndexes } from '../shuffle';

/** Words the plain-text forms need in the export's language. */
export interface ExportLabels {
	true: string;
	false: string;
}

const LETTERS = 'ABCDEFGH';

/**
 * A choice item's option indexes in the order a card file shows them: shuffled, as the banks put
 * right options first, and seeded by the item's id, so the same export gives the same file.
 */
export function exportOptionOrder(item: { id: string; options: readonly unknown[] }): number[] {
	return shuffledIndexes(item.options.length, `export:${item.id}`);
}

/** The item with a choice's options in their export order (see exportOptionOrder); other types as they are. */
export function inExportOrder<T extends UncitedItem>(item: T): T {
	if (item.type !== 'choice') return item;
	return { ...item, options: exportOptionOrder(item).map((index) => item.options[index]!) };
}

/**
 * The question and then what there is to choose from, one entry each: a choice's options lettered
 * in the item's order, a matching's left sides. For formats that keep line breaks (Anki).
 */
export function questionLines(item: UncitedItem): [question: string, ...choices: string[]] {
	switch (item.type) {
		case 'choice':
			return [item.prompt, ...item.options.map((o, i) => `${LETTERS[i]}) ${o.text}`)];
		case 'matching':
			return [item.prompt, ...item.pairs.map((p) => p.left)];
		case 'numeric':
			return [item.unit ? `${item.prompt} (${item.unit})` : item.prompt];
		default:
			return [questionText(item)];
	}
}

/** The question with what there is to choose from, on one line, lettered in the item's order. */
export function plainQuestion(item: UncitedItem): string {
	const [question, ...choices] = questionLines(item);
	return choices.length ? `${question} ${choices.join(item.type === 'matching' ? ' · ' : '  ')}` : question;
}

/** The answer followed by the explanation, when there is one (an imported question may have none). */
export function withExplanation(answer: string, explanation: string): string {
	return explanation ? `${answer} — ${explanation}` : answer;
}

/** The right answer, one entry per right option, position or pair. */
export function answerLines(item: UncitedItem, labels: ExportLabels): string[] {
	switch (item.type) {
		case 'flashcard':
			return [item.answer];
		case 'choice':
			return item.options.flatMap((o, i) => (o.correct ? [`${LETTERS[i]}) ${o.text}`] : []));
		case 'true-false':
			return [item.answer ? labels.true : labels.false];
		case 'cloze':
			return [item.answers[0] ?? ''];
		case 'numeric':
			return [`${item.answer}${item.tolerance ? ` ± ${item.tolerance}` : ''}${item.unit ? ` ${item.unit}` : ''}`];
		case 'ordering':
			return item.sequence.map((s, i) => `${i + 1}. ${s}`);
		case 'matching':
			return item.pairs.map((p) => `${p.left} → ${p.right}`);
	}
}

/** The right answer, on one line. */
export function plainAnswer(item: UncitedItem, labels: ExportLabels): string {
	return answerLines(item, labels).join(item.type === 'ordering' ? '  ' : '; ');
}
