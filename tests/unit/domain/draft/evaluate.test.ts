import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDocument, evaluateDrafts, isAnswerInCitation, type BankNumeric } from '$lib/domain/draft/evaluate';
import { draftQuestions } from '$lib/domain/draft/propose';
import { loadBanks, SEEDS_DIR } from '$lib/server/load-banks';

const DOC = '000_eab9da0bd88c0708.txt';

describe('the drafts eval on a course document', () => {
	// Like the bank test, this reads the course documents beside the checkout (QAITALA_SEEDS elsewhere).
	it(`keys every draft of ${DOC} to an answer in its cited lines and asks most of the bank's numbers`, () => {
		const text = readFileSync(join(SEEDS_DIR, DOC), 'utf8');
		const compiled = loadBanks();
		if (!compiled.ok) throw new Error('the banks do not compile');
		const bank: BankNumeric[] = compiled.value.items.flatMap(({ item }) =>
			item.type === 'numeric' && item.source.doc === DOC
				? [{ id: item.id, answer: item.answer, tolerance: item.tolerance ?? 0, lines: item.source.lines }]
				: []
		);
		expect(bank.length).toBeGreaterThan(0);
		const { figures } = evaluateDocument(text, bank);
		expect(figures.drafts).toBeGreaterThan(20);
		expect(figures.unsupported).toEqual([]);
		expect(figures.answerInCitation).toBe(figures.drafts);
		expect(figures.numericAsked / figures.numericTotal).toBeGreaterThanOrEqual(0.6);
		expect(figures.duplicates).toBe(0);
	});
});

describe('evaluateDrafts', () => {
	const text = 'The forum was founded in 1997.\nIts office opened in 2004 in Brussels.';
	const { drafts } = draftQuestions(text);

	it('catches a draft whose answer is not in its cited lines, or that cites the wrong lines', () => {
		const numeric = drafts.find((d) => d.item.type === 'numeric' && d.item.answer === 2004)!;
		expect(isAnswerInCitation(numeric, text, 'en')).toBe(true);
		expect(
			isAnswerInCitation({ ...numeric, item: { ...numeric.item, answer: 2005 } as typeof numeric.item }, text, 'en')
		).toBe(false);
		expect(isAnswerInCitation({ ...numeric, source: { paragraph: 1, lines: [1, 1] } }, text, 'en')).toBe(false);
		const falseOne = drafts.find((d) => d.item.type === 'true-false' && !d.item.answer)!;
		expect(isAnswerInCitation(falseOne, text, 'en')).toBe(true);
		expect(
			isAnswerInCitation({ ...falseOne, item: { ...falseOne.item, answer: true } as typeof falseOne.item }, text, 'en')
		).toBe(false);
	});

	it('counts recall by answer and overlapping lines, and duplicates', () => {
		const bank: BankNumeric[] = [
			{ id: 'office', answer: 2004, tolerance: 0, lines: [2, 2] },
			{ id: 'elsewhere', answer: 2004, tolerance: 0, lines: [1, 1] },
			{ id: 'close', answer: 2003, tolerance: 1, lines: [1, 2] }
		];
		const figures = evaluateDrafts([...drafts, drafts[0]!], text, 'en', bank);
		expect(figures.numericAsked).toBe(2);
		expect(figures.missed).toEqual(['elsewhere']);
		expect(figures.duplicates).toBe(1);
	});
});
