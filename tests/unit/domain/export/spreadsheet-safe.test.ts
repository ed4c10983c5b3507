import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
	neutralizeFormula,
	restoreFormula,
	toSafeCsv,
	toSafeTsv
} from '../../../../src/lib/domain/export/spreadsheet-safe';
import { toCardsCsv, toCardsTsv } from '../../../../src/lib/domain/export/cards-csv';
import { toCustomCsv, parseCsvQuestions } from '../../../../src/lib/domain/import/csv';

describe('neutralizeFormula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['@SUM(1)', "'@SUM(1)"],
		['-cmd', "'-cmd"],
		['+7 (777) call', "'+7 (777) call"],
		['\tx', "'\tx"],
		['-5', '-5'],
		['+3.5', '+3.5'],
		['1991', '1991'],
		['Astana', 'Astana'],
		["'-", "''-"],
		["'-5", "'-5"],
		["it's", "it's"],
		['', '']
	])('%j → %j', (cell, expected) => {
		expect(neutralizeFormula(cell)).toBe(expected);
	});

	it('is undone by restoreFormula for any text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => restoreFormula(neutralizeFormula(text)) === text),
			{ numRuns: 2000 }
		);
		// Texts made of the characters that matter, where a slip would hide among plain words.
		const risky = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '1', '.', 'a') });
		fc.assert(
			fc.property(risky, (text) => restoreFormula(neutralizeFormula(text)) === text),
			{ numRuns: 2000 }
		);
	});
});

describe('the CSV and TSV the app writes', () => {
	const risky = ['=1+1', '@SUM(1)', '-cmd', '+HYPERLINK("x")'];

	it('never starts a cell with a formula character', () => {
		const rows = [risky, ['plain', '-5']];
		for (const cells of Papa.parse<string[]>(toSafeCsv(rows), { skipEmptyLines: true }).data.flat()) {
			expect(cells).not.toMatch(/^[=+@]|^-(?!\d)/);
		}
		for (const cell of toSafeTsv(rows)
			.trim()
			.split(/[\t\n]/))
			expect(cell).not.toMatch(/^[=+@]|^-(?!\d)/);
	});

	it('neutralises formulas in the Anki/Quizlet card files', () => {
		const item = { id: 'x', type: 'flashcard', prompt: '=1+1', answer: '@SUM(1)', explanation: '' } as never;
		const labels = { true: 'True', false: 'False' };
		const csv = toCardsCsv([item], labels);
		expect(csv).toContain("'=1+1");
		expect(csv).toContain("'@SUM(1)");
		expect(toCardsTsv([item], labels)).toMatch(/^'=1\+1\t'@SUM\(1\)/);
	});

	it('keeps the re-importable CSV a round trip even with formula-like text', () => {
		const items = [{ id: 'f1', type: 'flashcard' as const, prompt: '=1+1', answer: '@SUM(1)', explanation: '-cmd' }];
		const csv = toCustomCsv(items);
		expect(csv).toContain("'=1+1");
		const parsed = parseCsvQuestions(csv);
		expect(parsed.problems).toEqual([]);
		expect(parsed.drafts[0]?.item).toMatchObject({ prompt: '=1+1', answer: '@SUM(1)', explanation: '-cmd' });
	});
});
