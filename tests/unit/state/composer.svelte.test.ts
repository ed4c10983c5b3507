import { describe, expect, it } from 'vitest';
import { Composer } from '$lib/state/composer.svelte';
import type { TagSummary, TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { decodeAssignment, encodeAssignment } from '$lib/domain/share/assignment';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const topics: TopicSummary[] = ['first', 'second'].map((id, order) => ({
	id,
	order,
	title: text,
	summary: text,
	itemIds: []
}));
const banks: Record<string, LocalizedItem[]> = {
	first: [
		{
			id: 'f-card',
			type: 'flashcard',
			level: 'recall',
			tags: ['eu'],
			prompt: 'Q',
			answer: 'A',
			explanation: 'W',
			source
		},
		{
			id: 'f-tf',
			type: 'true-false',
			level: 'recall',
			tags: ['trade', 'eu'],
			statement: 'S',
			answer: true,
			explanation: 'W',
			source
		},
		{
			id: 'f-tf-2',
			type: 'true-false',
			level: 'understand',
			tags: ['energy'],
			statement: 'S3',
			answer: true,
			explanation: 'W',
			source
		},
		{
			id: 'f-tf-3',
			type: 'true-false',
			level: 'analyse',
			tags: ['eu'],
			statement: 'S4',
			answer: false,
			explanation: 'W',
			source
		}
	],
	// Like an imported question: no level, no tags.
	second: [{ id: 's-tf', type: 'true-false', statement: 'S2', answer: false, explanation: 'W', source }]
};
const tag = (id: string): TagSummary => ({ id, label: { kk: id, ru: id, en: id } });
const vocabulary = ['eu', 'china', 'energy', 'trade'].map(tag);
const fakeFetch = (async (url: string) => {
	const id = /\/banks\/en\/(.+)\.json$/.exec(url)?.[1] ?? '';
	return new Response(JSON.stringify({ topicId: id, language: 'en', items: banks[id] ?? [] }));
}) as typeof fetch;

async function composer() {
	const c = new Composer();
	await c.load(topics, 'en', fakeFetch);
	c.title = ' Week 5 ';
	return c;
}

describe('Composer', () => {
	it('makes an assignment students can open, topics in course order whatever order they were ticked in', async () => {
		const c = await composer();
		c.topicIds = ['second', 'first'];
		c.count = 10;
		c.dueDate = '2026-12-04';
		const assignment = c.assignment!;
		expect(assignment).toMatchObject({
			title: 'Week 5',
			mode: 'test',
			topicIds: ['first', 'second'],
			itemIds: ['f-tf', 'f-tf-2', 'f-tf-3', 's-tf']
		});
		expect(assignment.dueAt).toBeGreaterThan(0);
		expect(
			decodeAssignment(encodeAssignment(assignment), new Set(['f-card', 'f-tf', 'f-tf-2', 'f-tf-3', 's-tf']))
		).toEqual({ ok: true, assignment });
	});

	it('leaves flashcards out of a test and takes them in flashcards mode', async () => {
		const c = await composer();
		c.topicIds = ['first'];
		expect(c.itemIds).toEqual(['f-tf', 'f-tf-2', 'f-tf-3']);
		c.mode = 'flashcards';
		expect(c.itemIds).toEqual(['f-card', 'f-tf', 'f-tf-2', 'f-tf-3']);
		expect(c.assignment?.timeLimitMin).toBeUndefined();
	});

	it('says what is missing instead of making an assignment', async () => {
		const c = await composer();
		c.title = '  ';
		c.count = null as unknown as number; // an emptied number field
		c.languages = [];
		c.topicIds = ['second'];
		c.types = ['flashcard'];
		c.mode = 'flashcards';
		expect(c.problems).toEqual([
			'teach.problem.title',
			'teach.problem.count',
			'teach.problem.languages',
			'teach.problem.noQuestions'
		]);
		expect(c.assignment).toBeUndefined();
	});

	it('narrows the draw to the ticked levels, and the count and the assignment follow', async () => {
		const c = await composer();
		c.topicIds = ['first', 'second'];
		expect(c.available).toBe(4);
		expect(c.isNarrowed).toBe(false);
		c.levels = ['analyse', 'understand'];
		expect(c.isNarrowed).toBe(true);
		expect(c.available).toBe(2);
		// Questions without a level (s-tf) are left out once levels narrow the draw.
		expect(c.assignment?.itemIds).toEqual(['f-tf-2', 'f-tf-3']);
		c.count = 1;
		expect(c.assignment?.itemIds).toHaveLength(1);
		expect(['f-tf-2', 'f-tf-3']).toContain(c.assignment?.itemIds[0]);
		c.levels = ['recall', 'understand', 'analyse'];
		c.count = 20;
		expect(c.assignment?.itemIds).toEqual(['f-tf', 'f-tf-2', 'f-tf-3', 's-tf']);
	});

	it('narrows the draw to questions carrying any ticked tag, together with the levels', async () => {
		const c = await composer();
		c.topicIds = ['first', 'second'];
		c.tagIds = ['trade', 'energy'];
		expect(c.assignment?.itemIds).toEqual(['f-tf', 'f-tf-2']);
		c.tagIds = ['eu'];
		expect(c.available).toBe(2); // f-card is a flashcard: not in a test
		c.levels = ['analyse'];
		expect(c.assignment?.itemIds).toEqual(['f-tf-3']);
		expect(c.assignment?.topicIds).toEqual(['first']);
	});

	it("offers the chosen topics' tags in the vocabulary's order, and keeps a ticked tag listed", async () => {
		const c = await composer();
		c.topicIds = ['first'];
		expect(c.offeredTags(vocabulary).map((t) => t.id)).toEqual(['eu', 'energy', 'trade']);
		c.topicIds = ['second'];
		expect(c.offeredTags(vocabulary)).toEqual([]);
		c.tagIds = ['trade'];
		expect(c.offeredTags(vocabulary).map((t) => t.id)).toEqual(['trade']);
	});

	it('says when no level is ticked, or when levels and tags leave no question', async () => {
		const c = await composer();
		c.topicIds = ['first'];
		c.levels = [];
		expect(c.problems).toEqual(['tagFiltersTeach.problem.levels']);
		c.levels = ['understand'];
		c.tagIds = ['eu'];
		expect(c.problems).toEqual(['tagFiltersTeach.problem.noMatch']);
		expect(c.assignment).toBeUndefined();
		c.tagIds = [];
		expect(c.problems).toEqual([]);
	});
});
