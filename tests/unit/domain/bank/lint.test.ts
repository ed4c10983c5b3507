import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { languageMismatch, lintBanks, normalizeForComparison } from '$lib/domain/bank/lint';
import { formatProblem, validateBankFile } from '$lib/domain/bank/validate';
import type { Item, SourceRegistry } from '$lib/domain/bank/schema';

const read = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const registry = read('sources.yaml') as SourceRegistry;
const FILE = 'questions/tiny-topic.yaml';

function fixtureItems(): Item[] {
	const result = validateBankFile(read('tiny-topic.yaml'), FILE, registry);
	if (!result.ok) throw new Error('fixture must be valid');
	return result.value.items;
}

/** Lint problems of the fixture after one edit to a copy of its items. */
function lintAfter(edit: (items: any[]) => void, seedLineCounts?: Record<string, number>): string[] {
	const items = structuredClone(fixtureItems());
	edit(items);
	return lintBanks({ items: items.map((item) => ({ file: FILE, item })), seedLineCounts }).map(formatProblem);
}

describe('lintBanks', () => {
	it('passes the fixture bank', () => {
		expect(lintAfter(() => {})).toEqual([]);
	});

	it.each([
		[
			'Kazakh written as Russian',
			(i: any[]) => (i[0].explanation.kk = 'Это объяснение написано по-русски, а не на казахском языке.'),
			'explanation.kk: has no Kazakh letter (ә ғ қ ң ө ұ ү һ і): is it Russian?'
		],
		[
			'Russian text that is English',
			(i: any[]) => (i[0].prompt.ru = 'Astana is the capital of which country?'),
			'prompt.ru: reads as English, not Russian'
		],
		[
			'Kazakh text that is English',
			(i: any[]) => (i[0].answer.kk = 'The Republic of Kazakhstan'),
			'answer.kk: reads as English, not Kazakh'
		],
		[
			'English text that is Cyrillic',
			(i: any[]) => (i[0].explanation.en = 'Пояснение на русском языке.'),
			'explanation.en: reads as Cyrillic, not English'
		],
		[
			'Russian text that is Kazakh',
			(i: any[]) => (i[0].explanation.ru = 'Мақала Қазақстанның беделін көрсетеді.'),
			'explanation.ru: has Kazakh letters in many words: is it Kazakh?'
		],
		[
			'a Kazakh text copied from Russian',
			(i: any[]) => (i[0].explanation.kk = i[0].explanation.ru = 'Астана — столица Казахстана с 1997 года.'),
			'explanation.kk: is the same as the Russian text'
		],
		[
			'a prompt too long for a phone',
			(i: any[]) => (i[0].prompt.en = `${'Which country '.repeat(20)}?`),
			'prompt.en: is 281 characters, more than 220 fit a phone card'
		],
		[
			'a flashcard that answers itself',
			(i: any[]) => (i[0].prompt.en = 'Is Kazakhstan the country whose capital is Astana?'),
			'prompt.en: contains its own answer'
		],
		[
			'a choice that names its answer',
			(i: any[]) => (i[1].prompt.ru = 'В 1992 году — какой это год?'),
			'prompt.ru: names its correct option'
		],
		[
			'a cloze that shows its answer',
			(i: any[]) => (i[2].text.en = 'The OSCE: Kazakhstan joined the ___.'),
			'text.en: shows its answer "OSCE" outside the gap'
		],
		[
			'a numeric prompt that contains the number',
			(i: any[]) => (i[3].prompt.en = 'Was it 120 or more?'),
			'prompt.en: contains its own answer 120'
		]
	])('finds %s', (_, edit, message) => {
		expect(lintAfter(edit).map((p) => p.split(' › ').pop())).toContain(message);
	});

	it('does not count a year inside a longer number as a giveaway', () => {
		expect(lintAfter((i) => (i[3].prompt.en = 'How much was granted in 1120 instalments?'))).toEqual([]);
	});

	it('finds a citation past the end of the real document', () => {
		expect(lintAfter(() => {}, { 'tiny.txt': 5 })).toEqual([
			`${FILE} › item "tiny-numeric" › source.lines: ends at line 6, but tiny.txt has 5 lines`
		]);
	});

	it('finds near-duplicate questions across items', () => {
		const problems = lintAfter((i) => {
			i[1].prompt.en = 'Astana is the capital city of which country?';
		});
		expect(problems).toContain(`${FILE} › item "tiny-choice" › prompt: nearly repeats "tiny-flashcard" (${FILE})`);
	});
});

describe('languageMismatch', () => {
	it.each([
		['Қазақстан 1992 жылы ЕЫҚҰ-ға мүше болды.', 'kk', undefined],
		['Инвестиция — 107,4 млрд, тауар айналымы — 31 млрд, экспорт — 24,3 млрд доллар.', 'kk', undefined],
		['ТАСИС, ТРАСЕКА, ИНОГЕЙТ', 'kk', undefined],
		['Программа «Путь в Европу»', 'ru', undefined],
		['Kazakhstan joined the OSCE in 1992 («Путь в Европу»).', 'en', undefined],
		['NATO', 'ru', undefined]
	] as const)('accepts %s as %s', (text, lang, expected) => {
		expect(languageMismatch(text, lang)).toBe(expected);
	});
});

describe('normalizeForComparison', () => {
	it('folds case, ё and punctuation', () => {
		expect(normalizeForComparison('  Ёлка,  «Путь в Европу»! ')).toBe('елка путь в европу');
	});
});

describe('languageMismatch on names', () => {
	it.each([
		['TotalEnergies', 'kk'],
		['Microsoft', 'ru'],
		['И.П. Иванов және С.Ю. Петренко', 'kk']
	] as const)('accepts the name %s in %s', (text, lang) => {
		expect(languageMismatch(text, lang)).toBeUndefined();
	});
});

describe('near-duplicates', () => {
	it('are not two questions that ask different things with the same words', () => {
		const problems = lintAfter((i) => {
			i[0].prompt.en = 'When was the joint communication on the new strategy presented to the Council?';
			i[1].prompt.en = 'Who presented the joint communication on the new strategy to the Council?';
		});
		expect(problems).toEqual([]);
	});

	it('accept a reference in parentheses inside a Russian text', () => {
		expect(languageMismatch('Роль ЕС по мнению автора (Spaiser, 2018)', 'ru')).toBeUndefined();
	});
});
