import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { compileBanks, hashText } from '$lib/domain/bank/compile';
import { formatProblem } from '$lib/domain/bank/validate';

const read = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const registry = { file: 'questions/sources.yaml', data: read('sources.yaml') };
const bank = { file: 'questions/tiny-topic.yaml', data: read('tiny-topic.yaml') };
const vocabulary = {
	tags: { file: 'questions/tags.yaml', data: read('tags.yaml') },
	glossary: { file: 'questions/glossary.yaml', data: read('glossary.yaml') }
};

describe('compileBanks', () => {
	it('writes an index and one bank per language and topic, each in its own language', () => {
		const result = compileBanks([bank], registry, vocabulary);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { index, topicBanks } = result.value;
		expect(index.topics).toEqual([
			expect.objectContaining({
				id: 'tiny-topic',
				itemIds: ['tiny-flashcard', 'tiny-choice', 'tiny-cloze', 'tiny-numeric']
			})
		]);
		expect(index.sources['tiny.txt']?.lineCount).toBe(20);
		const ru = topicBanks.ru['tiny-topic'];
		expect(ru?.items[0]).toMatchObject({
			id: 'tiny-flashcard',
			prompt: 'Столицей какой страны является Астана?',
			answer: 'Казахстан'
		});
		expect(topicBanks.kk['tiny-topic']?.items[2]).toMatchObject({ answers: ['ЕҚЫҰ'] });
		expect(topicBanks.en['tiny-topic']?.items[3]).toMatchObject({ answer: 120, unit: 'million euros' });
	});

	it('rejects an id used in two files, naming both', () => {
		const copy = structuredClone(bank.data);
		copy.topic.id = 'copy';
		copy.items = [copy.items[0]];
		const result = compileBanks([bank, { file: 'questions/copy.yaml', data: copy }], registry, vocabulary);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			'questions/tiny-topic.yaml › item "tiny-flashcard" › id: is already used in questions/copy.yaml'
		]);
	});

	it('serves the tag vocabulary in the order of tags.yaml, and each item its tags, level and source note', () => {
		const result = compileBanks([bank], registry, vocabulary);
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		expect(result.value.index.tags.map((t) => t.id)).toEqual(['geography', 'osce', 'aid', 'history']);
		expect(result.value.index.tags[1]).toEqual({ id: 'osce', label: { kk: 'ЕҚЫҰ', ru: 'ОБСЕ', en: 'OSCE' } });
		expect(result.value.topicBanks.ru['tiny-topic']?.items[3]).toMatchObject({
			level: 'recall',
			tags: ['aid'],
			sourceNote: 'В тексте указано 12.'
		});
	});

	it('rejects an item tag missing from tags.yaml, and compiles no bank without the vocabulary', () => {
		const problems = (result: ReturnType<typeof compileBanks>) => (result.ok ? [] : result.problems.map(formatProblem));
		expect(
			problems(
				compileBanks([bank], registry, {
					...vocabulary,
					tags: { ...vocabulary.tags, data: { osce: read('tags.yaml').osce } }
				})
			)
		).toEqual([
			'questions/tiny-topic.yaml › item "tiny-flashcard" › tags[1]: "geography" is not in questions/tags.yaml',
			'questions/tiny-topic.yaml › item "tiny-choice" › tags[1]: "history" is not in questions/tags.yaml',
			'questions/tiny-topic.yaml › item "tiny-numeric" › tags[1]: "aid" is not in questions/tags.yaml'
		]);
		expect(
			problems(
				compileBanks([bank], registry, {
					...vocabulary,
					glossary: { ...vocabulary.glossary, data: [{ term: 'OSCE' }] }
				})
			)
		).toEqual([
			'questions/glossary.yaml › [1].term: Invalid type: Expected Object but received "OSCE"',
			'questions/glossary.yaml › [1].banned: is missing'
		]);
	});

	it('compiles nothing when one bank is invalid', () => {
		const broken = { file: 'questions/broken.yaml', data: { topic: { id: 'broken' } } };
		const result = compileBanks([bank, broken], registry, vocabulary);
		expect(result.ok).toBe(false);
	});

	it('changes the version when content changes', () => {
		const a = compileBanks([bank], registry, vocabulary);
		const edited = structuredClone(bank.data);
		edited.items[0].answer.en = 'The Republic of Kazakhstan';
		const b = compileBanks([{ ...bank, data: edited }], registry, vocabulary);
		expect(a.ok && b.ok && a.value.index.version !== b.value.index.version).toBe(true);
		expect(hashText('abc')).toBe(hashText('abc'));
	});
});

describe('topic order', () => {
	it('lists topics by their order, then by id', () => {
		const make = (id: string, order?: number) => {
			const data = structuredClone(bank.data);
			data.topic = { ...data.topic, id, ...(order === undefined ? {} : { order }) };
			data.items = data.items.map((item: { id: string }) => ({ ...item, id: `${id}-${item.id}` }));
			return { file: `questions/${id}.yaml`, data };
		};
		const result = compileBanks([make('a-last'), make('b-second', 2), make('c-first', 1)], registry, vocabulary);
		expect(result.ok && result.value.index.topics.map((t) => t.id)).toEqual(['c-first', 'b-second', 'a-last']);
	});
});
