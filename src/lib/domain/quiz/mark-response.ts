/**
 * A checked answer laid out for feedback: every option the learner saw, marked right or wrong and
 * chosen or not, so the screen can say which was theirs and which were right in words, not colour.
 */
import type { LocalizedItem } from '../bank/localize';
import { shuffledIndexes } from '../shuffle';
import type { QuizResponse } from './evaluate';

type ItemOf<T extends LocalizedItem['type']> = Extract<LocalizedItem, { type: T }>;

/** One option as shown, with what the learner did with it. */
export interface MarkedOption {
	text: string;
	isCorrect: boolean;
	isChosen: boolean;
}

/** One row of a matching or ordering answer: what the learner put there, and what belongs there. */
export interface MarkedRow {
	/** The matching's left side, or the position (1 = first) in an ordering. */
	label: string;
	/** Undefined where the learner left it open. */
	given: string | undefined;
	correct: string;
	isCorrect: boolean;
}

export type MarkedResponse = { kind: 'options'; options: MarkedOption[] } | { kind: 'rows'; rows: MarkedRow[] };

/** The types whose answers are marked option by option; typed answers and flashcards are not. */
export const MARKED_TYPES: ReadonlySet<LocalizedItem['type']> = new Set([
	'choice',
	'true-false',
	'matching',
	'ordering'
]);

/**
 * A choice item's option indexes in the order one showing of it uses.
 * @param seed the showing's seed: the same seed gives the same order (see shuffle.ts)
 */
export function choiceOrder(item: ItemOf<'choice'>, seed: string): number[] {
	return shuffledIndexes(item.options.length, seed);
}

/** The choice options in the showing's order, marked. */
export function markChoice(item: ItemOf<'choice'>, selected: readonly number[], seed: string): MarkedOption[] {
	return choiceOrder(item, seed).map((index) => ({
		text: item.options[index]!.text,
		isCorrect: item.options[index]!.correct,
		isChosen: selected.includes(index)
	}));
}

/** True then False, as the buttons show them, marked. */
export function markTrueFalse(
	answer: boolean,
	given: boolean,
	labels: { true: string; false: string }
): MarkedOption[] {
	return [true, false].map((value) => ({
		text: value ? labels.true : labels.false,
		isCorrect: value === answer,
		isChosen: value === given
	}));
}

/** Each left side with the right side chosen for it and the one that belongs to it. */
export function markMatching(item: ItemOf<'matching'>, choices: readonly (number | undefined)[]): MarkedRow[] {
	return item.pairs.map((pair, i) => {
		const chosen = choices[i];
		return {
			label: pair.left,
			given: chosen === undefined ? undefined : item.pairs[chosen]?.right,
			correct: pair.right,
			isCorrect: chosen === i
		};
	});
}

/** Each position of the learner's order with the element that belongs there. */
export function markOrdering(item: ItemOf<'ordering'>, order: readonly number[]): MarkedRow[] {
	return item.sequence.map((correct, position) => {
		const given = order[position];
		return {
			label: String(position + 1),
			given: given === undefined ? undefined : item.sequence[given],
			correct,
			isCorrect: given === position
		};
	});
}

/**
 * A response marked for feedback; undefined for types that are not marked option by option.
 * @param seed the seed the question was shown with, so the options keep their places
 */
export function markResponse(
	item: LocalizedItem,
	response: QuizResponse,
	seed: string,
	labels: { true: string; false: string }
): MarkedResponse | undefined {
	if (item.type === 'choice' && response.type === 'choice')
		return { kind: 'options', options: markChoice(item, response.selected, seed) };
	if (item.type === 'true-false' && response.type === 'true-false')
		return { kind: 'options', options: markTrueFalse(item.answer, response.answer, labels) };
	if (item.type === 'matching' && response.type === 'matching')
		return { kind: 'rows', rows: markMatching(item, response.choices) };
	if (item.type === 'ordering' && response.type === 'ordering')
		return { kind: 'rows', rows: markOrdering(item, response.order) };
	return undefined;
}
