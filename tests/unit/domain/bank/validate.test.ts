import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import {
	formatProblem,
	validateBankFile,
	validateGlossary,
	validateRegistry,
	validateTags
} from '$lib/domain/bank/validate';
import type { SourceRegistry } from '$lib/domain/bank/schema';

const fixture = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const registry = fixture('sources.yaml') as SourceRegistry;
const FILE = 'questions/tiny-topic.yaml';

/** The fixture bank with one change made by `edit`, validated; returns the formatted messages. */
const tagIds = new Set(Object.keys(fixture('tags.yaml')));

function problemsAfter(edit: (bank: any) => void): string[] {
	const bank = structuredClone(fixture('tiny-topic.yaml'));
	edit(bank);
	const result = validateBankFile(bank, FILE, registry, tagIds);
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
		[
			'an empty language',
			(b: any) => (b.items[0].prompt.ru = '  '),
			`${FILE} › item "tiny-flashcard" › prompt.ru: must not be empty`
		],
		[
			'a missing language',
			(b: any) => delete b.items[0].answer.kk,
			`${FILE} › item "tiny-flashcard" › answer.kk: is missing`
		],
		[
			'an extra language',
			(b: any) => (b.items[0].answer.de = 'x'),
			`${FILE} › item "tiny-flashcard" › answer.de: is not a field of this kind of entry`
		],
		[
			'an unknown type',
			(b: any) => (b.items[1].type = 'essay'),
			`${FILE} › item "tiny-choice" › type: must be one of: flashcard, choice, true-false, cloze, numeric, ordering, matching`
		],
		[
			'a bad id',
			(b: any) => (b.items[0].id = 'Tiny Card'),
			`${FILE} › item "Tiny Card" › id: must be lowercase kebab-case (a-z, 0-9, -)`
		],
		['a missing id', (b: any) => delete b.items[2].id, `${FILE} › item "#3" › id: is missing`],
		[
			'too few options',
			(b: any) => b.items[1].options.pop(),
			`${FILE} › item "tiny-choice" › options: must have 3 to 5 options`
		],
		[
			'no correct option',
			(b: any) => (b.items[1].options[1].correct = false),
			`${FILE} › item "tiny-choice" › options: must mark at least one option correct`
		],
		[
			'a repeated option',
			(b: any) => (b.items[1].options[2].text.en = '1993'),
			`${FILE} › item "tiny-choice" › options.en: repeats the option "1993"`
		],
		[
			'a cloze without a gap',
			(b: any) => (b.items[2].text.kk = 'Қазақстан мүше болды.'),
			`${FILE} › item "tiny-cloze" › text.kk: must contain exactly one gap "___" (found 0)`
		],
		[
			'a cloze with no answers',
			(b: any) => (b.items[2].answers.en = []),
			`${FILE} › item "tiny-cloze" › answers.en: must list at least one accepted answer`
		],
		[
			'an unknown document',
			(b: any) => (b.items[0].source.doc = 'other.txt'),
			`${FILE} › item "tiny-flashcard" › source.doc: "other.txt" is not in questions/sources.yaml`
		],
		[
			'a line past the end',
			(b: any) => (b.items[0].source.lines = [19, 21]),
			`${FILE} › item "tiny-flashcard" › source.lines: ends at line 21, but the document has 20 lines`
		],
		[
			'a reversed range',
			(b: any) => (b.items[0].source.lines = [5, 2]),
			`${FILE} › item "tiny-flashcard" › source.lines: starts after it ends (5 > 2)`
		],
		[
			'a non-numeric answer',
			(b: any) => (b.items[3].answer = '120'),
			`${FILE} › item "tiny-numeric" › answer: must be a number`
		],
		[
			'a topic id unlike the file',
			(b: any) => (b.topic.id = 'other'),
			`${FILE} › topic.id: must equal the file name "tiny-topic"`
		],
		[
			'an unknown level',
			(b: any) => (b.items[0].level = 'evaluate'),
			`${FILE} › item "tiny-flashcard" › level: must be one of: recall, understand, analyse`
		],
		[
			'a tag not in tags.yaml',
			(b: any) => (b.items[1].tags = ['history', 'nato']),
			`${FILE} › item "tiny-choice" › tags[2]: "nato" is not in questions/tags.yaml`
		],
		[
			'a repeated tag',
			(b: any) => (b.items[1].tags = ['osce', 'osce']),
			`${FILE} › item "tiny-choice" › tags[2]: repeats the tag "osce"`
		],
		[
			'six tags',
			(b: any) => (b.items[1].tags = ['a', 'b', 'c', 'd', 'e', 'f']),
			`${FILE} › item "tiny-choice" › tags: must have at most 5 tags`
		],
		[
			'a source note in two languages',
			(b: any) => delete b.items[3].sourceNote.ru,
			`${FILE} › item "tiny-numeric" › sourceNote.ru: is missing`
		]
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

describe('document sections', () => {
	const withSections = (sections: { lines: [number, number] }[]) => {
		const title = { kk: 'Бөлім', ru: 'Раздел', en: 'Section' };
		const result = validateRegistry({
			'tiny.txt': { ...registry['tiny.txt'], sections: sections.map((s) => ({ ...s, title })) }
		});
		return result.ok ? [] : result.problems.map(formatProblem);
	};

	it('accepts sections that follow one another from line 1 to the last line', () => {
		expect(withSections([{ lines: [1, 5] }, { lines: [6, 6] }, { lines: [7, 20] }])).toEqual([]);
	});

	it.each([
		[
			'one past the last line',
			[{ lines: [1, 5] }, { lines: [6, 21] }],
			'tiny.txt.sections[2].lines: ends at line 21, but the document has 20 lines'
		],
		[
			'a reversed range',
			[{ lines: [1, 5] }, { lines: [9, 6] }, { lines: [10, 20] }],
			'tiny.txt.sections[2].lines: starts after it ends (9 > 6)'
		],
		[
			'a first section after line 1',
			[{ lines: [2, 20] }],
			'tiny.txt.sections[1].lines: starts at line 2, but the first section must start at line 1 (sections follow one another in order)'
		],
		[
			'a gap',
			[{ lines: [1, 5] }, { lines: [7, 20] }],
			'tiny.txt.sections[2].lines: starts at line 7, but the previous section ends at line 5 (sections follow one another in order)'
		],
		[
			'an overlap',
			[{ lines: [1, 5] }, { lines: [5, 20] }],
			'tiny.txt.sections[2].lines: starts at line 5, but the previous section ends at line 5 (sections follow one another in order)'
		],
		[
			'sections out of order',
			[{ lines: [6, 20] }, { lines: [1, 5] }],
			'tiny.txt.sections[1].lines: starts at line 6, but the first section must start at line 1 (sections follow one another in order)'
		],
		[
			'the end left out',
			[{ lines: [1, 5] }, { lines: [6, 18] }],
			'tiny.txt.sections: end at line 18, but the document has 20 lines'
		]
	] as const)('rejects %s', (_, sections, message) => {
		expect(withSections([...sections] as { lines: [number, number] }[])).toEqual([
			`questions/sources.yaml › ${message}`
		]);
	});
});

describe('validateTags', () => {
	it('accepts the fixture tags', () => {
		expect(validateTags(fixture('tags.yaml')).ok).toBe(true);
	});

	it.each([
		['a label without Kazakh', { eu: { ru: 'ЕС', en: 'EU' } }, 'questions/tags.yaml › eu.kk: is missing'],
		[
			'a tag id with capitals',
			{ EU: { kk: 'ЕО', ru: 'ЕС', en: 'EU' } },
			'questions/tags.yaml › EU: must be lowercase kebab-case (a-z, 0-9, -)'
		],
		[
			'a label in one language only',
			{ eu: 'European Union' },
			'questions/tags.yaml › eu: Invalid type: Expected Object but received "European Union"'
		]
	])('rejects %s', (_, raw, message) => {
		const result = validateTags(raw);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(message);
	});
});

describe('validateGlossary', () => {
	it('accepts the fixture glossary', () => {
		expect(validateGlossary(fixture('glossary.yaml')).ok).toBe(true);
	});

	it.each([
		[
			'a term without banned variants',
			[{ term: { kk: 'ЕҚЫҰ', ru: 'ОБСЕ', en: 'OSCE' }, banned: {} }],
			'questions/glossary.yaml › [1].banned: must ban at least one variant in kk, ru or en'
		],
		[
			'an empty list of variants',
			[{ term: { kk: 'ЕҚЫҰ', ru: 'ОБСЕ', en: 'OSCE' }, banned: { kk: [] } }],
			'questions/glossary.yaml › [1].banned.kk: must list at least one variant'
		],
		[
			'a language the banks do not have',
			[{ term: { kk: 'ЕҚЫҰ', ru: 'ОБСЕ', en: 'OSCE' }, banned: { de: ['OSZE'] } }],
			'questions/glossary.yaml › [1].banned.de: is not a field of this kind of entry'
		],
		[
			'a banned stem of the preferred term',
			[{ term: { kk: 'Түрікменстан', ru: 'Туркменистан', en: 'Turkmenistan' }, banned: { kk: ['Түрікмен'] } }],
			'questions/glossary.yaml › [1].banned.kk[1]: "Түрікмен" would also ban the preferred term "Түрікменстан"'
		]
	])('rejects %s', (_, raw, message) => {
		const result = validateGlossary(raw);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([message]);
	});
});
