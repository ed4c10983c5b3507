import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { getCompiledBanks } from '$lib/server/load-banks';
import { exportOptionOrder, inExportOrder, plainAnswer, plainQuestion } from '$lib/domain/export/answer-text';
import { toCardsCsv, toCardsTsv } from '$lib/domain/export/cards-csv';
import type { UncitedItem } from '$lib/domain/bank/localize';

const labels = { true: 'True', false: 'False' };
const item: UncitedItem = {
	id: 'which-year',
	type: 'choice',
	prompt: 'Which?',
	explanation: 'Because.',
	options: [
		{ text: 'Right one', correct: true },
		{ text: 'Wrong one', correct: false },
		{ text: 'Also right', correct: true },
		{ text: 'Also wrong', correct: false }
	]
};

describe('a choice item in a card file', () => {
	it('has its options in the export order, the right ones named by their new letters', () => {
		const order = exportOptionOrder(item);
		const lettered = order.map((i, position) => `${'ABCD'[position]}) ${item.options[i]!.text}`);
		const [[question, answer]] = Papa.parse<string[]>(toCardsCsv([item], labels).trim()).data as [string[]];
		expect(question).toBe(`Which? ${lettered.join('  ')}`);
		expect(answer).toBe(`${lettered.filter((_, p) => item.options[order[p]!]!.correct).join('; ')} — Because.`);
		expect(toCardsTsv([item], labels)).toBe(`${question}\t${answer}\n`);
	});

	it('is the same on every export', () => {
		expect(toCardsCsv([item], labels)).toBe(toCardsCsv([item], labels));
	});

	it('keeps the authored order for previews (plainQuestion itself does not shuffle)', () => {
		expect(plainQuestion(item)).toBe('Which? A) Right one  B) Wrong one  C) Also right  D) Also wrong');
		expect(plainAnswer(item, labels)).toBe('A) Right one; C) Also right');
	});
});

describe('cards CSV over the real banks', () => {
	const choices = Object.values(getCompiledBanks().topicBanks.kk)
		.flatMap((b) => b.items)
		.filter((i) => i.type === 'choice');
	const rows = Papa.parse<string[]>(toCardsCsv(choices, labels).trim()).data;

	it('names each right option by the letter it has in its question, and no wrong one', () => {
		choices.forEach((choice, n) => {
			const [question, answer] = rows[n]!;
			if (choice.type !== 'choice') return;
			expect(question).toBe(plainQuestion(inExportOrder(choice)));
			for (const letter of [...'ABCDE'].slice(0, choice.options.length)) {
				const option = choice.options.find((o) => question!.includes(`${letter}) ${o.text}`));
				expect(option, `${choice.id} ${letter}`).toBeDefined();
				expect(answer!.includes(`${letter}) ${option!.text}`), `${choice.id} ${letter}`).toBe(option!.correct);
			}
		});
	});

	it('does not start most answers with A any more', () => {
		const startsWithA = rows.filter(([, answer]) => answer!.startsWith('A)')).length;
		expect(startsWithA / rows.length).toBeLessThan(0.6);
	});
});
