import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { getCompiledBanks } from '$lib/server/load-banks';
import { exportOptionOrder, plainAnswer, plainQuestion } from '$lib/domain/export/answer-text';
import { toCardsCsv } from '$lib/domain/export/cards-csv';
import type { UncitedItem } from '$lib/domain/bank/localize';

const labels = { true: 'True', false: 'False' };
const item: UncitedItem = {
	id: 'which-year',
	type: 'choice',
	prompt: 'Which?',
	explanation: 'Because.',
	options: [{ text: 'Right one', correct: true }, { text: 'Wrong one', correct: false }, { text: 'Also right', correct: true }, { text: 'Also wrong', correct: false }]
};

describe('plain text of a choice item', () => {
	it('shows the options in the export order and names the right ones by their new letters', () => {
		const order = exportOptionOrder(item);
		const letters = order.map((_, position) => 'ABCD'[position]);
		expect(plainQuestion(item)).toBe(`Which? ${order.map((i, p) => `${letters[p]}) ${item.options[i]!.text}`).join('  ')}`);
		const right = order.flatMap((i, p) => (item.options[i]!.correct ? [`${letters[p]}) ${item.options[i]!.text}`] : []));
		expect(plainAnswer(item, labels)).toBe(right.join('; '));
	});

	it('is the same on every export', () => {
		expect(toCardsCsv([item], labels)).toBe(toCardsCsv([item], labels));
	});
});

describe('cards CSV over the real banks', () => {
	const items = Object.values(getCompiledBanks().topicBanks.kk).flatMap((b) => b.items);
	const choices = items.filter((i) => i.type === 'choice');
	const rows = Papa.parse<string[]>(toCardsCsv(choices, labels).trim()).data;

	it('names each right option by the letter it has in its question, and no wrong one', () => {
		for (const choice of choices) {
			if (choice.type !== 'choice') continue;
			const question = plainQuestion(choice);
			const answer = plainAnswer(choice, labels);
			for (const letter of [...'ABCDE'].slice(0, choice.options.length)) {
				const option = choice.options.find((o) => question.includes(`${letter}) ${o.text}`));
				expect(option, `${choice.id} ${letter}`).toBeDefined();
				expect(answer.includes(`${letter}) ${option!.text}`), `${choice.id} ${letter}`).toBe(option!.correct);
			}
		}
	});

	it('does not start most answers with A any more', () => {
		const startsWithA = rows.filter(([, answer]) => answer!.startsWith('A)')).length;
		expect(startsWithA / rows.length).toBeLessThan(0.6);
	});
});
