/** What a learner answered, as one line of text, for reviewing a test's mistakes. */
import type { LocalizedItem } from '../bank/localize';
import type { QuizResponse } from './evaluate';

/** Interface words a response may need, in the interface language. */
export interface ResponseLabels {
	true: string;
	false: string;
	knewIt: string;
	didNotKnow: string;
}

/** The response in the item's own words (options, elements, pairs); `?` marks an index the item lacks. */
export function describeResponse(item: LocalizedItem, response: QuizResponse, labels: ResponseLabels): string {
	switch (response.type) {
		case 'true-false':
			return response.answer ? labels.true : labels.false;
		case 'cloze':
		case 'numeric':
			return response.text;
		case 'flashcard':
			return response.remembered ? labels.knewIt : labels.didNotKnow;
		case 'choice':
			return item.type === 'choice' ? response.selected.map((i) => item.options[i]?.text ?? '?').join('; ') : '';
		case 'ordering':
			return item.type === 'ordering' ? response.order.map((i) => item.sequence[i] ?? '?').join(' → ') : '';
		case 'matching':
			return item.type === 'matching'
				? item.pairs.map((p, i) => `${p.left} → ${item.pairs[response.choices[i] ?? -1]?.right ?? '—'}`).join('; ')
				: '';
	}
}
