import { describe, expect, it } from 'vitest';
import { describeResponse } from '$lib/domain/quiz/describe-response';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const labels = { true: 'True', false: 'False', knewIt: 'I knew it', didNotKnow: 'I did not' };
const base = { source: { doc: 'd.txt', lines: [1, 1] as [number, number] }, explanation: 'Why.' };
const choice: LocalizedItem = {
	...base,
	id: 'c',
	type: 'choice',
	prompt: 'Which?',
	options: [
		{ text: 'A', correct: true },
		{ text: 'B', correct: false },
		{ text: 'C', correct: false }
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
		{ left: 'Tempus', right: 'education' },
		{ left: 'TRACECA', right: 'transport' }
	]
};

describe('describeResponse', () => {
	it.each([
		[choice, { type: 'choice', selected: [1, 2] }, 'B; C'],
		[choice, { type: 'choice', selected: [7] }, '?'],
		[ordering, { type: 'ordering', order: [2, 0, 1] }, '2007 → 1951 → 1992'],
		[matching, { type: 'matching', choices: [1, undefined, 2] }, 'TACIS → education; Tempus → —; TRACECA → transport'],
		[choice, { type: 'true-false', answer: false }, 'False'],
		[choice, { type: 'cloze', text: 'ОБСЕ' }, 'ОБСЕ'],
		[choice, { type: 'flashcard', remembered: true }, 'I knew it']
	] as const)('%#: %j', (item, response, expected) => {
		expect(describeResponse(item, response, labels)).toBe(expected);
	});
});
