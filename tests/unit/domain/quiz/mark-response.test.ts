import { describe, expect, it } from 'vitest';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { choiceOrder, markResponse } from '$lib/domain/quiz/mark-response';

const base = { source: { doc: 'tiny.txt', lines: [1, 1] as [number, number] }, explanation: 'Why.' };
const choice = {
	...base,
	id: 'c',
	type: 'choice' as const,
	prompt: 'Which?',
	options: [
		{ text: 'A', correct: true },
		{ text: 'B', correct: false },
		{ text: 'C', correct: true },
		{ text: 'D', correct: false }
	]
};
const labels = { true: 'True', false: 'False' };

describe('markResponse', () => {
	it('marks every choice option in the order the showing used', () => {
		const seed = 'token:0:c';
		const marked = markResponse(choice, { type: 'choice', selected: [0, 1] }, seed, labels);
		if (marked?.kind !== 'options') throw new Error('options expected');
		expect(marked.options.map((o) => o.text)).toEqual(choiceOrder(choice, seed).map((i) => choice.options[i]!.text));
		const byText = Object.fromEntries(marked.options.map((o) => [o.text, o]));
		expect(byText).toEqual({
			A: { text: 'A', isCorrect: true, isChosen: true },
			B: { text: 'B', isCorrect: false, isChosen: true },
			C: { text: 'C', isCorrect: true, isChosen: false },
			D: { text: 'D', isCorrect: false, isChosen: false }
		});
	});

	it('marks true/false as its two buttons', () => {
		const item: LocalizedItem = { ...base, id: 't', type: 'true-false', statement: 'So.', answer: false };
		expect(markResponse(item, { type: 'true-false', answer: true }, 's', labels)).toEqual({
			kind: 'options',
			options: [
				{ text: 'True', isCorrect: false, isChosen: true },
				{ text: 'False', isCorrect: true, isChosen: false }
			]
		});
	});

	it('marks each matching row with what was chosen and what belongs there', () => {
		const item: LocalizedItem = {
			...base,
			id: 'm',
			type: 'matching',
			prompt: 'Match',
			pairs: [
				{ left: 'TACIS', right: 'aid' },
				{ left: 'TRACECA', right: 'transport' },
				{ left: 'Tempus', right: 'education' }
			]
		};
		expect(markResponse(item, { type: 'matching', choices: [0, 2, undefined] }, 's', labels)).toEqual({
			kind: 'rows',
			rows: [
				{ label: 'TACIS', given: 'aid', correct: 'aid', isCorrect: true },
				{ label: 'TRACECA', given: 'education', correct: 'transport', isCorrect: false },
				{ label: 'Tempus', given: undefined, correct: 'education', isCorrect: false }
			]
		});
	});

	it('marks each position of an ordering', () => {
		const item: LocalizedItem = {
			...base,
			id: 'o',
			type: 'ordering',
			prompt: 'Order',
			sequence: ['1951', '1992', '2007']
		};
		expect(markResponse(item, { type: 'ordering', order: [1, 0, 2] }, 's', labels)).toEqual({
			kind: 'rows',
			rows: [
				{ label: '1', given: '1992', correct: '1951', isCorrect: false },
				{ label: '2', given: '1951', correct: '1992', isCorrect: false },
				{ label: '3', given: '2007', correct: '2007', isCorrect: true }
			]
		});
	});

	it('leaves typed answers and flashcards to the answer text', () => {
		const cloze: LocalizedItem = { ...base, id: 'z', type: 'cloze', text: 'The ___.', answers: ['OSCE'] };
		expect(markResponse(cloze, { type: 'cloze', text: 'NATO' }, 's', labels)).toBeUndefined();
	});
});
