// The teaching rules of lintBanks, each shown failing and passing on small banks built from the fixture.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { lintBanks } from '$lib/domain/bank/lint';
import { formatProblem, validateBankFile, validateGlossary, validateTags } from '$lib/domain/bank/validate';
import type { Item, SourceRegistry } from '$lib/domain/bank/schema';

const read = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const registry = read('sources.yaml') as SourceRegistry;
const FILE = 'questions/tiny-topic.yaml';
const vocabulary = validateTags(read('tags.yaml'));
const glossaryResult = validateGlossary(read('glossary.yaml'));
if (!vocabulary.ok || !glossaryResult.ok) throw new Error('fixture tags and glossary must be valid');
const tags = Object.entries(vocabulary.value).map(([id, label]) => ({ id, label }));
const glossary = glossaryResult.value;

function fixtureItems(): any[] {
	const result = validateBankFile(read('tiny-topic.yaml'), FILE, registry, new Set(tags.map((t) => t.id)));
	if (!result.ok) throw new Error('fixture must be valid');
	return structuredClone(result.value.items);
}

const [flashcard, choice, cloze, numeric] = fixtureItems();

/** `n` copies of an item with ids `<id>-1`…, each changed by `edit`. */
function copies(item: any, n: number, edit: (copy: any, i: number) => void = () => {}): any[] {
	return Array.from({ length: n }, (_, i) => {
		const copy = structuredClone(item);
		copy.id = `${item.id}-${i + 1}`;
		edit(copy, i);
		return copy;
	});
}

/** Distinct words, so that copies of one item never read as near-duplicates of each other. */
const WORDS =
	'amber basalt cedar dune ember fjord glacier harbour island jungle kelp lagoon meadow nectar orchard prairie quartz reef savanna tundra'.split(
		' '
	);
const distinctPrompt = (i: number) =>
	`${WORDS[i]!} ${WORDS[(i + 7) % WORDS.length]!} ${WORDS[(i + 13) % WORDS.length]!} question?`;

type Bank = { file: string; items: Item[] };

function lint(banks: Bank[], sources: SourceRegistry = registry): string[] {
	const items = banks.flatMap(({ file, items }) => items.map((item) => ({ file, item })));
	return lintBanks({ items, glossary, sources, tags }).map(formatProblem);
}

/** Problems of the fixture bank after one edit to a copy of its items. */
function lintAfter(edit: (items: any[]) => void): string[] {
	const items = fixtureItems();
	edit(items);
	return lint([{ file: FILE, items }]);
}

describe('level and tags', () => {
	it('pass the fixture, where every item has both', () => {
		expect(lintAfter(() => {})).toEqual([]);
	});

	it.each([
		[
			'a missing level',
			(i: any[]) => delete i[0].level,
			`${FILE} › item "tiny-flashcard" › level: is missing: recall, understand or analyse`
		],
		[
			'missing tags',
			(i: any[]) => delete i[3].tags,
			`${FILE} › item "tiny-numeric" › tags: must list 1 to 5 tags from questions/tags.yaml`
		],
		[
			'an empty list of tags',
			(i: any[]) => (i[3].tags = []),
			`${FILE} › item "tiny-numeric" › tags: must list 1 to 5 tags from questions/tags.yaml`
		]
	])('find %s', (_, edit, message) => {
		expect(lintAfter(edit)).toEqual([message]);
	});
});

describe('understanding per document', () => {
	const withDeep = (deep: number, total: number) =>
		copies(flashcard, total, (c, i) => {
			c.level = i < deep ? 'analyse' : 'recall';
			c.prompt.en = distinctPrompt(i);
		});

	it('passes a document with exactly 30 % understand or analyse', () => {
		expect(lint([{ file: FILE, items: withDeep(3, 10) }])).toEqual([]);
	});

	it('finds a document with less, naming each bank that cites it', () => {
		const items = withDeep(2, 10);
		expect(
			lint([
				{ file: FILE, items: items.slice(0, 6) },
				{ file: 'questions/other.yaml', items: items.slice(6) }
			])
		).toEqual([
			'questions/sources.yaml › tiny.txt: 2 of the 10 items citing it (20 %) ask to understand or analyse; at least 30 % must (1 more). By bank: tiny-topic 2 of 6, other 0 of 4'
		]);
	});

	it('counts a document across banks, not per bank', () => {
		const items = withDeep(3, 10);
		expect(
			lint([
				{ file: FILE, items: items.slice(0, 3) },
				{ file: 'questions/other.yaml', items: items.slice(3) }
			])
		).toEqual([]);
	});
});

describe('right option first', () => {
	const choices = (first: number) =>
		copies(choice, 5, (c, i) => {
			if (i < first) c.options.reverse(); // 1994, 1992, 1993: still wrong first
			if (i < first) [c.options[0], c.options[1]] = [c.options[1], c.options[0]];
			c.prompt.en = `Which year ${'?'.repeat(i + 1)}`;
		});

	it('allows 2 of 5 choice items (40 %) with a right option first', () => {
		expect(choices(2).filter((c) => c.options[0].correct)).toHaveLength(2);
		expect(lint([{ file: FILE, items: choices(2) }])).toEqual([]);
	});

	it('finds 3 of 5, listing them', () => {
		expect(lint([{ file: FILE, items: choices(3) }])).toEqual([
			`${FILE} › items: 3 of 5 choice items (60 %) have a right option first; at most 40 % may (2): tiny-choice-1, tiny-choice-2, tiny-choice-3`
		]);
	});
});

describe('"select all" with 3 right of 5', () => {
	/** A choice with five options, `right` of them right (not the first). */
	const selectAll = (id: string, right: number) => {
		const item = structuredClone(choice);
		item.id = id;
		item.options = ['1990', '1991', '1992', '1993', '1994'].map((year, i) => ({
			text: { kk: year, ru: year, en: year },
			correct: i >= 1 && i <= right
		}));
		return item;
	};

	it('allows half of four', () => {
		const items = [selectAll('a', 3), selectAll('b', 3), selectAll('c', 2), selectAll('d', 4)];
		expect(lint([{ file: FILE, items }])).toEqual([]);
	});

	it('finds three of four', () => {
		const items = [selectAll('a', 3), selectAll('b', 3), selectAll('c', 3), selectAll('d', 2)];
		expect(lint([{ file: FILE, items }])).toEqual([
			`${FILE} › items: 3 of 4 "select all" items have exactly 3 right options out of 5; at most half may (2): a, b, c`
		]);
	});

	it('leaves a bank with fewer than four "select all" items alone', () => {
		const items = [selectAll('a', 3), selectAll('b', 3), selectAll('c', 3)];
		expect(lint([{ file: FILE, items }])).toEqual([]);
	});
});

describe('glossary', () => {
	it.each([
		[
			'a banned Kazakh spelling with an ending',
			(i: any[]) => (i[0].prompt.kk = 'Пекинде қандай келісім жасалды?'),
			'prompt.kk: uses "Пекин"; write "Бейжің" (questions/glossary.yaml)'
		],
		[
			'a banned abbreviation before a hyphenated ending',
			(i: any[]) => (i[0].explanation.kk = 'Қазақстан ЕЫҚҰ-ға кірді.'),
			'explanation.kk: uses "ЕЫҚҰ"; write "ЕҚЫҰ" (questions/glossary.yaml)'
		],
		[
			'a banned two-word name, inflected',
			(i: any[]) => (i[0].explanation.kk = 'Қазақстан Еуропа Одағына жақындады.'),
			'explanation.kk: uses "Еуропа Одағы"; write "Еуропалық Одақ" (questions/glossary.yaml)'
		],
		[
			'a banned cloze answer',
			(i: any[]) => (i[2].answers.kk = ['ЕҚЫҰ', 'ЕЫҚҰ']),
			'answers.kk[2]: uses "ЕЫҚҰ"; write "ЕҚЫҰ" (questions/glossary.yaml)'
		],
		[
			'a banned spelling in a source note',
			(i: any[]) => (i[3].sourceNote.kk = 'Мәтін ЕЫҚҰ деп жазады.'),
			'sourceNote.kk: uses "ЕЫҚҰ"; write "ЕҚЫҰ" (questions/glossary.yaml)'
		],
		[
			'a banned English name',
			(i: any[]) => (i[1].options[0].text.en = 'Peking'),
			'options[1].text.en: uses "Peking"; write "Beijing" (questions/glossary.yaml)'
		]
	])('finds %s', (_, edit, message) => {
		expect(lintAfter(edit).map((p) => p.split(' › ').pop())).toEqual([message]);
	});

	it.each([
		[
			'the preferred Kazakh spelling with an ending',
			(i: any[]) => (i[0].prompt.kk = 'Бейжіңде қандай келісім жасалды?')
		],
		[
			'a variant banned only in another language',
			(i: any[]) => (i[0].prompt.ru = 'Какое соглашение подписали в Пекине?')
		],
		[
			'the banned letters inside a longer word',
			(i: any[]) => (i[0].explanation.kk = 'Капекин туралы ештеңе айтылмайды.')
		],
		[
			'an English word that only starts like a banned name',
			(i: any[]) => (i[0].explanation.en = 'A Pekingese is a dog.')
		]
	])('accepts %s', (_, edit) => {
		expect(lintAfter(edit)).toEqual([]);
	});

	it('holds document titles, section titles and tag labels to it too', () => {
		const sources = structuredClone(registry);
		sources['tiny.txt']!.title.kk = 'Қазақстан және Еуропа Одағы';
		sources['tiny.txt']!.sections![1]!.title.kk = 'ЕЫҚҰ көмегі';
		expect(lint([{ file: FILE, items: fixtureItems() }], sources)).toEqual([
			'questions/sources.yaml › tiny.txt.title.kk: uses "Еуропа Одағы"; write "Еуропалық Одақ" (questions/glossary.yaml)',
			'questions/sources.yaml › tiny.txt.sections[2].title.kk: uses "ЕЫҚҰ"; write "ЕҚЫҰ" (questions/glossary.yaml)'
		]);
		const saved = tags[1]!.label.kk;
		tags[1]!.label.kk = 'ЕЫҚҰ';
		try {
			expect(lint([{ file: FILE, items: fixtureItems() }])).toEqual([
				'questions/tags.yaml › osce.kk: uses "ЕЫҚҰ"; write "ЕҚЫҰ" (questions/glossary.yaml)'
			]);
		} finally {
			tags[1]!.label.kk = saved;
		}
	});
});

describe('items that give each other away', () => {
	/** The fixture's flashcard asking about the line the numeric item cites, with this English prompt. */
	const flashcardOnLine6 = (en: string, lines: [number, number] = [6, 6]) => {
		const item = structuredClone(flashcard);
		item.id = 'tiny-aid-purpose';
		item.source.lines = lines;
		item.prompt = { kk: 'Бұл көмек не үшін берілді?', ru: 'На что была выделена эта помощь?', en };
		return item;
	};
	/** Other items on the document, asking to understand, so that a bank is large enough for the subject rule. */
	const many = (n: number) =>
		copies(flashcard, n, (c, i) => {
			c.level = 'understand';
			c.prompt.en = distinctPrompt(i);
		});

	it("finds a question that prints another item's numeric answer on overlapping lines", () => {
		const items = [...fixtureItems(), flashcardOnLine6('What were the 120 million euros of aid spent on?'), ...many(4)];
		expect(lint([{ file: FILE, items }])).toEqual([
			`${FILE} › item "tiny-aid-purpose" › prompt: shows "120" (en), the answer of "tiny-numeric" (${FILE}), which cites overlapping lines`
		]);
	});

	it('finds an ordinal ("15th") as the number it is', () => {
		const numeric15 = { ...structuredClone(numeric), answer: 15 };
		const items = [
			flashcard,
			choice,
			cloze,
			numeric15,
			flashcardOnLine6('When did the 15th meeting take place?'),
			...many(4)
		];
		expect(lint([{ file: FILE, items }])).toContain(
			`${FILE} › item "tiny-aid-purpose" › prompt: shows "15" (en), the answer of "tiny-numeric" (${FILE}), which cites overlapping lines`
		);
	});

	it('leaves the same words on lines that do not overlap', () => {
		const items = [
			...fixtureItems(),
			flashcardOnLine6('What were the 120 million euros of aid spent on?', [7, 8]),
			...many(4)
		];
		expect(lint([{ file: FILE, items }])).toEqual([]);
	});

	it('does not read a number inside a longer one', () => {
		const items = [...fixtureItems(), flashcardOnLine6('What happened to the 1120 projects?'), ...many(4)];
		expect(lint([{ file: FILE, items }])).toEqual([]);
	});

	it("finds a cloze answer with a Kazakh ending, and a choice's one right option", () => {
		const joined = structuredClone(flashcard);
		joined.id = 'tiny-joined';
		joined.source.lines = [3, 4];
		joined.prompt = {
			kk: 'Қазақстан ЕҚЫҰ-ға қай жылы кірді?',
			ru: 'В каком году Казахстан вступил в организацию?',
			en: 'What did Kazakhstan do in 1992?'
		};
		joined.answer = { kk: 'Ұйымға кірді', ru: 'Стал членом ОБСЕ', en: 'It joined an organisation' };
		const problems = lint([{ file: FILE, items: [...fixtureItems(), joined, ...many(6)] }]);
		expect(problems).toEqual([
			`${FILE} › item "tiny-joined" › prompt: shows "1992" (en), the answer of "tiny-choice" (${FILE}), which cites overlapping lines`,
			`${FILE} › item "tiny-joined" › prompt: shows "ЕҚЫҰ" (kk), the answer of "tiny-cloze" (${FILE}), which cites overlapping lines`
		]);
	});

	it("ignores an answer that a fifth of the document's questions print: it is the document's subject", () => {
		const onOsce = copies(flashcard, 2, (c, i) => {
			c.source.lines = [4, 5];
			c.prompt.en = ['What did the OSCE do first in the region?', 'Where did the OSCE open its offices later?'][i];
		});
		expect(lint([{ file: FILE, items: [...fixtureItems(), ...onOsce, ...many(3)] }])).toEqual([]);
		expect(lint([{ file: FILE, items: [...fixtureItems(), onOsce[0], ...many(5)] }])).toEqual([
			`${FILE} › item "tiny-flashcard-1" › prompt: shows "OSCE" (en), the answer of "tiny-cloze" (${FILE}), which cites overlapping lines`
		]);
	});
});
