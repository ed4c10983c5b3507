import { describe, expect, it } from 'vitest';
import {
	bankKeyOf,
	customBankKey,
	customTopicBank,
	customTopicId,
	customTopicSummary,
	importedAtOf,
	isCustomItemId,
	isCustomTopicId,
	NO_SOURCE,
	topicPath
} from '$lib/domain/import/custom-topic';
import { customItemId, rekeyBank } from '$lib/domain/import/validate-custom';
import { compileBanks } from '$lib/domain/bank/compile';
import type { CustomBank } from '$lib/domain/import/custom-bank';

const AT = Date.UTC(2025, 2, 14, 9, 30);
const KEY = AT.toString(36);

const bank: CustomBank = {
	id: 7,
	title: 'Capitals',
	language: 'en',
	format: 'csv',
	importedAt: AT,
	items: [
		{ id: customItemId(AT, 1), type: 'flashcard', prompt: 'Capital of Kazakhstan?', answer: 'Astana', explanation: '' },
		{
			id: customItemId(AT, 2),
			type: 'true-false',
			statement: 'Bishkek is in Kyrgyzstan.',
			answer: true,
			explanation: 'Yes.'
		}
	],
	translations: {
		kk: [
			{
				id: customItemId(AT, 1),
				type: 'flashcard',
				prompt: 'Қазақстанның астанасы?',
				answer: 'Астана',
				explanation: ''
			},
			{
				id: customItemId(AT, 2),
				type: 'true-false',
				statement: 'Бішкек Қырғызстанда.',
				answer: true,
				explanation: 'Иә.'
			}
		]
	}
};

describe('ids of an own bank', () => {
	it('derive from when it was imported, and read back', () => {
		expect(customBankKey(AT)).toBe(KEY);
		expect(customTopicId(bank)).toBe(`custom-${KEY}`);
		expect(customTopicId(KEY)).toBe(`custom-${KEY}`);
		expect(bank.items.map((i) => i.id)).toEqual([`custom-${KEY}-1`, `custom-${KEY}-2`]);
		expect(bankKeyOf(customTopicId(bank))).toBe(KEY);
		expect(importedAtOf(KEY)).toBe(AT);
	});

	it('are told apart from the built-in ones and from anything else', () => {
		expect(isCustomTopicId(`custom-${KEY}`)).toBe(true);
		for (const id of ['kz-china', 'custom', 'custom-', 'custom-ABC', 'custom-a-b', 'mix', `custom-${'z'.repeat(12)}`]) {
			expect(isCustomTopicId(id), id).toBe(false);
		}
		expect(isCustomItemId(`custom-${KEY}-12`)).toBe(true);
		for (const id of [`custom-${KEY}`, `custom-${KEY}-0`, `custom-${KEY}-x`, 'eu-strategy-2007', `custom-${KEY}-1-2`]) {
			expect(isCustomItemId(id), id).toBe(false);
		}
	});

	it('follow a new importedAt, translations too', () => {
		const moved = rekeyBank(bank, AT + 1);
		const key = (AT + 1).toString(36);
		expect(moved.importedAt).toBe(AT + 1);
		expect(moved.items.map((i) => i.id)).toEqual([`custom-${key}-1`, `custom-${key}-2`]);
		expect(moved.translations?.kk?.map((i) => i.id)).toEqual([`custom-${key}-1`, `custom-${key}-2`]);
		expect(bank.items[0]!.id).toBe(`custom-${KEY}-1`); // the original is left as it was
	});

	it('are refused in the built-in banks', () => {
		const text = { kk: 'т', ru: 'т', en: 't' };
		const file = (topicId: string, itemId: string) => ({
			file: `questions/${topicId}.yaml`,
			data: {
				topic: { id: topicId, title: text, summary: text },
				items: [
					{
						id: itemId,
						type: 'true-false',
						source: { doc: 'a.txt', lines: [1, 1] },
						statement: text,
						answer: true,
						explanation: text
					}
				]
			}
		});
		const registry = {
			file: 'questions/sources.yaml',
			data: { 'a.txt': { title: text, languages: ['en'], lineCount: 10 } }
		};
		const result = compileBanks([file('custom-x', 'custom-x-1')], registry);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['topic.id', 'id']);
		expect(compileBanks([file('capitals', 'capital-1')], registry).ok).toBe(true);
	});
});

describe('an own bank as a topic', () => {
	it('is summarised with its title, items and languages', () => {
		expect(customTopicSummary(bank)).toEqual({
			id: `custom-${KEY}`,
			order: 0,
			title: { kk: 'Capitals', ru: 'Capitals', en: 'Capitals' },
			summary: { kk: '', ru: '', en: '' },
			itemIds: [`custom-${KEY}-1`, `custom-${KEY}-2`],
			own: { key: KEY, languages: ['en', 'kk'], format: 'csv' }
		});
	});

	it('gives its questions in the language asked for, or in its own when it lacks it', () => {
		const kk = customTopicBank(bank, 'kk');
		expect(kk.language).toBe('kk');
		expect(kk.items.map((i) => (i.type === 'flashcard' ? i.prompt : ''))).toEqual(['Қазақстанның астанасы?', '']);
		const ru = customTopicBank(bank, 'ru');
		expect(ru.language).toBe('en');
		expect(ru.topicId).toBe(`custom-${KEY}`);
		expect(ru.items[0]).toEqual({ ...bank.items[0], source: NO_SOURCE });
	});

	it('is studied at an address the prerendered pages read in the browser', () => {
		expect(topicPath('study', `custom-${KEY}`)).toBe(`study/custom/?bank=${KEY}`);
		expect(topicPath('quiz', `custom-${KEY}`)).toBe(`quiz/custom/?bank=${KEY}`);
		expect(topicPath('study', 'kz-china')).toBe('study/kz-china/');
	});
});
