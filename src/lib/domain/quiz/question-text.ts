import type { LocalizedItem } from '../bank/localize';

/** How many characters a learner reads before answering: prompt and everything to choose from. */
export function questionTextLength(item: LocalizedItem): number {
	switch (item.type) {
		case 'flashcard':
		case 'numeric':
			return item.prompt.length;
		case 'true-false':
			return item.statement.length;
		case 'cloze':
			return item.text.length;
		case 'choice':
			return item.prompt.length + item.options.reduce((n, o) => n + o.text.length, 0);
		case 'ordering':
			return item.prompt.length + item.sequence.reduce((n, s) => n + s.length, 0);
		case 'matching':
			return item.prompt.length + item.pairs.reduce((n, p) => n + p.left.length + p.right.length, 0);
	}
}
