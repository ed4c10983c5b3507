import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { formatProblem, validateBankFile, validateRegistry } from '$lib/domain/bank/validate';
import type { SourceRegistry } from '$lib/domain/bank/schema';

const fixture = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const registry = fixture('sources.yaml') as SourceRegistry;
const FILE = 'questions/tiny-topic.yaml';

/** The fixture bank with one change made by `edit`, validated; returns the formatted messages. */
function problemsAfter(edit: (bank: any) => void): string[] {
	const bank = structuredClone(fixture('tiny-topic.yaml'));
	edit(bank);
	const result = validateBankFile(bank, FILE, registry);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateBankFile', () => {
	it('accepts a valid bank and fills defaults', () => {
		const result = validateBankFile(fixture('tiny-topic.yaml'), FILE, registry);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.items).toHaveLength(4);
		expect(result.value.items[3]).toMatchObject({ type: 'numeric', tolerance: 0 });
	});

	it.each([
		['an empty language', (b: any) => (b.items[0].prompt.ru = '  '), `${FILE} › item "tiny-flashcard" › prompt.ru: must not be empty`],
		['a missing language', (b: any) => delete b.items[0].answer.kk, `${FILE} › item "tiny-flashcard" › answer.kk: is missing`],
		['an extra language', (b: any) => (b.items[0].answer.de = 'x'), `${FILE} › item "tiny-flashcard" › answer.de: is not a field of this kind of entry`],
		['an unknown type', (b: any) => (b.items[1].type = 'essay'), `${FILE} › item "tiny-choice" › type: must be one of: flashcard, choice, true-false, cloze, numeric, ordering, matching`],
		['a bad id', (b: any) => (b.items[0].id = 'Tiny Card'), `${FILE} › item "Tiny Card" › id: must be lowercase kebab-case (a-z, 0-9, -)`],
		['a missing id', (b: any) => delete b.items[2].id, `${FILE} › item "#3" › id: is missing`],
		['too few options', (b: any) => b.items[1].options.pop(), `${FILE} › item "tiny-choice" › options: must have 3 to 5 options`],
		['no correct option', (b: any) => (b.items[1].options[0].correct = false), `${FILE} › item "tiny-choice" › options: must mark at least one option correct`],
		['a repeated option', (b: any) => (b.items[1].options[2].text.en = '1993'), `${FILE} › item "tiny-choice" › options.en: repeats the option "1993"`],
		['a cloze without a gap', (b: any) => (b.items[2].text.kk = 'Қазақстан мүше болды.'), `${FILE} › item "tiny-cloze" › text.kk: must contain exactly one gap "___" (found 0)`],
		['a cloze with no answers', (b: any) => (b.items[2].answers.en = []), `${FILE} › item "tiny-cloze" › answers.en: must list at least one accepted answer`],
		['an unknown document', (b: any) => (b.items[0].source.doc = 'other.txt'), `${FILE} › item "tiny-flashcard" › source.doc: "other.txt" is not in questions/sources.yaml`],
		['a line past the end', (b: any) => (b.items[0].source.lines = [19, 21]), `${FILE} › item "tiny-flashcard" › source.lines: ends at line 21, but the document has 20 lines`],
		['a reversed range', (b: any) => (b.items[0].source.lines = [5, 2]), `${FILE} › item "tiny-flashcard" › source.lines: starts after it ends (5 > 2)`],
		['a non-numeric answer', (b: any) => (b.items[3].answer = '120'), `${FILE} › item "tiny-numeric" › answer: must be a number`],
		['a topic id unlike the file', (b: any) => (b.topic.id = 'other'), `${FILE} › topic.id: must equal the file name "tiny-topic"`]
	])('rejects %s with a message naming file, item and field', (_, edit, message) => {
		expect(problemsAfter(edit)).toContain(message);
	});

	it('lists every problem, not just the first', () => {
		const problems = problemsAfter((b) => {
			b.items[0].prompt.kk = '';
			b.items[1].options = [];
		});
		expect(problems).toHaveLength(2);
	});
});

describe('validateRegistry', () => {
	it('accepts the fixture registry', () => {
		expect(validateRegistry(registry).ok).toBe(true);
	});

	it('rejects an entry without a line count', () => {
		const result = validateRegistry({ 'a.txt': { ...registry['tiny.txt'], lineCount: undefined } });
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			'questions/sources.yaml › a.txt.lineCount: is missing'
		]);
	});
});
