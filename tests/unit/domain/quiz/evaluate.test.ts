import { describe, expect, it } from 'vitest';
import { evaluateResponse } from '$lib/domain/quiz/evaluate';
import { BankDataError } from '$lib/domain/errors';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const base = { source: { doc: 'tiny.txt', lines: [1, 1] as [number, number] }, explanation: 'Why.' };
const choice: LocalizedItem = {
	...base,
	id: 'c',
	type: 'choice',
	prompt: 'Which?',
	options: [
		{ text: 'A', correct: true },
		{ text: 'B', correct: false },
		{ text: 'C', correct: true }
	]
};
const ordering: LocalizedItem = {
	...base,
	id: 'o',
	type: 'ordering',
	prompt: 'Order',
	sequence: ['1951', '1992', '2007']
};
const matching: LocalizedItem = {
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
const cloze: LocalizedItem = { ...base, id: 'z', type: 'cloze', text: 'Joined the ___.', answers: ['ЕЫҚҰ', 'ЕҚЫҰ'] };
const numeric: LocalizedItem = {
	...base,
	id: 'n',
	type: 'numeric',
	prompt: 'How much?',
	answer: 24.3,
	tolerance: 0,
	unit: 'bn'
};
const trueFalse: LocalizedItem = { ...base, id: 't', type: 'true-false', statement: 'It is so.', answer: false };

describe('evaluateResponse', () => {
	it.each([
		['all correct options', choice, { type: 'choice', selected: [2, 0] }, true],
		['one correct option missing', choice, { type: 'choice', selected: [0] }, false],
		['a wrong option added', choice, { type: 'choice', selected: [0, 1, 2] }, false],
		['the right order', ordering, { type: 'ordering', order: [0, 1, 2] }, true],
		['a swapped order', ordering, { type: 'ordering', order: [1, 0, 2] }, false],
		['all pairs matched', matching, { type: 'matching', choices: [0, 1, 2] }, true],
		['one pair left open', matching, { type: 'matching', choices: [0, 1, undefined] }, false],
		['a cloze alternative', cloze, { type: 'cloze', text: 'ЕҚЫҰ' }, true],
		['a cloze keyboard variant', cloze, { type: 'cloze', text: 'ЕЫКУ' }, true],
		['a wrong cloze', cloze, { type: 'cloze', text: 'НАТО' }, false],
		['a number with a comma', numeric, { type: 'numeric', text: '24,3' }, true],
		['a wrong number', numeric, { type: 'numeric', text: '24' }, false],
		['false for a false statement', trueFalse, { type: 'true-false', answer: false }, true],
		['true for a false statement', trueFalse, { type: 'true-false', answer: true }, false]
	] as const)('%s', (_, item, response, isCorrect) => {
		expect(evaluateResponse(item, response).isCorrect).toBe(isCorrect);
	});

	it('marks a typed answer accepted only leniently', () => {
		expect(evaluateResponse(cloze, { type: 'cloze', text: 'ЕЫКУ' })).toEqual({
			isCorrect: true,
			isLenient: true,
			isNearMiss: false,
			matched: 'ЕЫҚҰ'
		});
		expect(evaluateResponse(cloze, { type: 'cloze', text: 'ЕЫҚҰ' })).toEqual({ isCorrect: true });
	});

	it('forgives a slip in a long word as a near miss, with the bank’s spelling', () => {
		const heartland: LocalizedItem = {
			...base,
			id: 'h',
			type: 'cloze',
			text: 'Part of the ___.',
			answers: ['Хартлендтің', 'Хартленд']
		};
		expect(evaluateResponse(heartland, { type: 'cloze', text: 'Хартлентің' })).toEqual({
			isCorrect: true,
			isLenient: true,
			isNearMiss: true,
			matched: 'Хартлендтің'
		});
	});

	it('refuses a response of another type', () => {
		expect(() => evaluateResponse(cloze, { type: 'numeric', text: '1' })).toThrow(BankDataError);
	});
});
