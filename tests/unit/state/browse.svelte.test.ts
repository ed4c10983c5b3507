import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { BrowseState } from '$lib/state/browse.svelte';
import type { BankIndex, TagSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import type { Card } from '$lib/domain/study/card';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const tag = (id: string, en: string): TagSummary => ({ id, label: { kk: `${en} kk`, ru: `${en} ru`, en } });
const tags = [tag('eu', 'European Union'), tag('china', 'China'), tag('energy', 'Energy'), tag('trade', 'Trade')];
const banks: Record<string, LocalizedItem[]> = {
	a: [
		{
			id: 'a-choice',
			type: 'choice',
			level: 'recall',
			tags: ['trade', 'eu'],
			prompt: 'Who trades most?',
			options: [
				{ text: 'EU', correct: true },
				{ text: 'X', correct: false },
				{ text: 'Y', correct: false }
			],
			explanation: 'W',
			source
		},
		{
			id: 'a-tf',
			type: 'true-false',
			level: 'understand',
			tags: ['eu'],
			statement: 'The Union helps',
			answer: true,
			explanation: 'W',
			source
		},
		{
			id: 'a-card',
			type: 'flashcard',
			level: 'analyse',
			tags: ['trade'],
			prompt: 'Why trade?',
			answer: 'A',
			explanation: 'W',
			source
		}
	],
	b: [
		{
			id: 'b-tf',
			type: 'true-false',
			level: 'understand',
			tags: ['china'],
			statement: 'Beijing trades',
			answer: false,
			explanation: 'W',
			source
		},
		// Like an imported question: no level, no tags.
		{ id: 'b-num', type: 'numeric', prompt: 'How many?', answer: 3, tolerance: 0, explanation: 'W', source }
	]
};
const index: BankIndex = {
	version: 'v',
	sources: {},
	tags,
	topics: ['a', 'b'].map((id, order) => ({
		id,
		order,
		title: text,
		summary: text,
		itemIds: banks[id]!.map((i) => i.id)
	}))
};
const fakeFetch = (async (url: string) => {
	const [, language, id] = /\/banks\/(\w+)\/(.+)\.json$/.exec(url) ?? [];
	return new Response(JSON.stringify({ topicId: id, language, items: banks[id ?? ''] ?? [] }));
}) as typeof fetch;

const now = Date.UTC(2026, 2, 1);
const card = (itemId: string, dueAt: number): Card => ({
	itemId,
	state: 'review',
	dueAt,
	stability: 5,
	difficulty: 5,
	scheduledDays: 5,
	learningSteps: 0,
	reps: 3,
	lapses: 0
});

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

async function browse() {
	const db = new QaitalaDb(`browse-${dbs.length}-${Math.random()}`);
	dbs.push(db);
	const repository = new StudyRepository(db);
	await db.cards.bulkPut([card('a-choice', now - 1000), card('a-tf', now + 86_400_000), card('b-tf', now - 1000)]);
	await repository.setSuspended('b-tf', true);
	const state = new BrowseState(
		() => repository,
		() => now
	);
	await state.load(index, 'en', fakeFetch);
	return { state, repository };
}

const ids = (state: BrowseState) => state.results.map((e) => e.item.id);

describe('BrowseState', () => {
	it('narrows by level and by tag, together with the topic, type, search and status filters', async () => {
		const { state } = await browse();
		expect(ids(state)).toEqual(['a-choice', 'a-tf', 'a-card', 'b-tf', 'b-num']);

		state.level = 'understand';
		expect(ids(state)).toEqual(['a-tf', 'b-tf']);
		state.topicId = 'a';
		expect(ids(state)).toEqual(['a-tf']);

		state.level = '';
		state.topicId = '';
		state.tagId = 'eu';
		expect(ids(state)).toEqual(['a-choice', 'a-tf']);
		state.type = 'choice';
		expect(ids(state)).toEqual(['a-choice']);
		state.type = '';
		state.status = 'due';
		expect(ids(state)).toEqual(['a-choice']);
		state.status = 'all';
		state.query = 'union';
		expect(ids(state)).toEqual(['a-tf']);

		state.query = '';
		state.tagId = 'trade';
		state.level = 'analyse';
		expect(ids(state)).toEqual(['a-card']);
		state.level = 'recall';
		state.topicId = 'b';
		expect(ids(state)).toEqual([]);
	});

	it('offers the tags the chosen topic uses (all topics: every used tag), in the vocabulary order, and keeps the chosen one', async () => {
		const { state } = await browse();
		const offered = () => state.tagOptions.map((t) => t.id);
		expect(offered()).toEqual(['eu', 'china', 'trade']); // energy is carried by no item
		state.topicId = 'b';
		expect(offered()).toEqual(['china']);
		state.topicId = '';
		state.tagId = 'trade';
		state.topicId = 'b';
		expect(offered()).toEqual(['china', 'trade']);
		expect(ids(state)).toEqual([]);
	});

	it("gives an item's tags with their labels in the item's order, none for an item without tags", async () => {
		const { state } = await browse();
		const [choice, , , , numeric] = state.results;
		expect(state.tagsOf(choice!.item).map((t) => t.label.en)).toEqual(['Trade', 'European Union']);
		expect(state.tagsOf(numeric!.item)).toEqual([]);
	});

	it('reads suspended items from the store it was given and puts one back through it', async () => {
		const { state, repository } = await browse();
		state.status = 'suspended';
		state.tagId = 'china';
		expect(ids(state)).toEqual(['b-tf']);
		await state.unsuspend('b-tf');
		expect(ids(state)).toEqual([]);
		expect((await repository.loadItemFlags()).filter((f) => f.isSuspended)).toEqual([]);
	});
});
