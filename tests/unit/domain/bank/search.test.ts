import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchItems } from '$lib/domain/bank/search';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const source = { doc: 'd.txt', lines: [1, 2] as [number, number] };
const kk: LocalizedItem[] = [
	{
		id: 'tacis',
		type: 'numeric',
		prompt: 'ТАСИС арқылы қанша көмек берілді?',
		answer: 120,
		tolerance: 0,
		unit: 'млн еуро',
		explanation: '1992–2000 жылдары.',
		source
	},
	{
		id: 'osce',
		type: 'cloze',
		text: 'Қазақстан 1992 жылы ___ мүше болды.',
		answers: ['ЕЫҚҰ'],
		explanation: 'Еуропаға жол.',
		source
	}
];
const ru: LocalizedItem[] = [
	{
		id: 'tacis',
		type: 'numeric',
		prompt: 'Сколько помощи дала ТАСИС?',
		answer: 120,
		tolerance: 0,
		unit: 'млн евро',
		explanation: 'В 1992–2000 годах.',
		source
	},
	{
		id: 'osce',
		type: 'cloze',
		text: 'Казахстан вступил в ___ в 1992 году.',
		answers: ['ОБСЕ'],
		explanation: 'Путь в Европу.',
		source
	}
];
const en: LocalizedItem[] = [
	{
		id: 'tacis',
		type: 'numeric',
		prompt: 'How much aid came through TACIS?',
		answer: 120,
		tolerance: 0,
		unit: 'million euros',
		explanation: 'In 1992–2000.',
		source
	},
	{
		id: 'osce',
		type: 'cloze',
		text: 'Kazakhstan joined the ___ in 1992.',
		answers: ['OSCE'],
		explanation: 'Path to Europe.',
		source
	}
];
const index = buildSearchIndex([kk, ru, en]);

describe('searchItems', () => {
	it.each([
		['', ['tacis', 'osce']],
		['TACIS', ['tacis']],
		['тасис', ['tacis']],
		['ОБСЕ', ['osce']], // the Russian name finds the item in every language
		['osce 1992', ['osce']],
		['1992', ['tacis', 'osce']],
		['120', ['tacis']],
		['Казакстан', ['osce']], // Kazakh typed on a Russian keyboard
		['Қазақстан', ['osce']],
		['евр', ['tacis', 'osce']], // the start of a word: евро, Европу
		['NATO', []],
		['osce tacis', []]
	])('%j → %j', (query, expected) => {
		expect(searchItems(index, query)).toEqual(expected);
	});
});
