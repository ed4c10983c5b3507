/** Whether a learner's response to a quiz item is right. Partial answers count as wrong. */
import type { LocalizedItem } from '../bank/localize';
import { BankDataError } from '../errors';
import { checkTypedAnswer, checkTypedNumber } from './check-answer';

/** What the learner gave, by item type. Indexes refer to the item's own lists as authored. */
export type QuizResponse =
	| { type: 'flashcard'; remembered: boolean }
	| { type: 'choice'; selected: readonly number[] }
	| { type: 'true-false'; answer: boolean }
	| { type: 'cloze'; text: string }
	| { type: 'numeric'; text: string }
	/** The sequence's indexes in the order the learner put them. */
	| { type: 'ordering'; order: readonly number[] }
	/** For each left side (by index), the index of the pair whose right side was chosen. */
	| { type: 'matching'; choices: readonly (number | undefined)[] };

export interface Verdict {
	isCorrect: boolean;
	/** For typed answers: right, but only thanks to lenient matching (shown as a hint on spelling). */
	isLenient?: boolean;
	/** For typed answers: right but for a slip in a long word; graded at most Good. */
	isNearMiss?: boolean;
	/** For a lenient match: the accepted answer as the bank spells it. */
	matched?: string;
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

export function evaluateResponse(item: LocalizedItem, response: QuizResponse): Verdict {
	if (item.type !== response.type) throw new BankDataError(`response of type ${response.type} for a ${item.type} item`);
	switch (response.type) {
		case 'flashcard':
			return { isCorrect: response.remembered };
		case 'choice': {
			if (item.type !== 'choice') break;
			const correct = item.options.flatMap((o, i) => (o.correct ? [i] : []));
			return { isCorrect: sameSet(correct, response.selected) };
		}
		case 'true-false':
			if (item.type !== 'true-false') break;
			return { isCorrect: item.answer === response.answer };
		case 'cloze': {
			if (item.type !== 'cloze') break;
			const verdict = checkTypedAnswer(response.text, item.answers);
			if (!verdict.isCorrect) return { isCorrect: false };
			return verdict.isExact
				? { isCorrect: true }
				: { isCorrect: true, isLenient: true, isNearMiss: verdict.isNearMiss, matched: verdict.matched };
		}
		case 'numeric':
			if (item.type !== 'numeric') break;
			return { isCorrect: checkTypedNumber(response.text, item.answer, item.tolerance) };
		case 'ordering':
			if (item.type !== 'ordering') break;
			return { isCorrect: response.order.length === item.sequence.length && response.order.every((v, i) => v === i) };
		case 'matching':
			if (item.type !== 'matching') break;
			return {
				isCorrect: response.choices.length === item.pairs.length && response.choices.every((v, i) => v === i)
			};
	}
	throw new BankDataError(`no check for a ${item.type} item`);
}
