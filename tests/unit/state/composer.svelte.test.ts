import { describe, expect, it } from 'vitest';
import { Composer } from '$lib/state/composer.svelte';
import type { TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { decodeAssignment, encodeAssignment } from '$lib/domain/share/assignment';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const topics: TopicSummary[] = ['first', 'second'].map((id, order) => ({ id, order, title: text, summary: text, itemIds: [] }));
const banks: Record<string, LocalizedItem[]> = {
	first: [
		{ id: 'f-card', type: 'flashcard', prompt: 'Q', answer: 'A', explanation: 'W', source },
		{ id: 'f-tf', type: 'true-false', statement: 'S', answer: true, explanation: 'W', source }
	],
	second: [{ id: 's-tf', type: 'true-false', statement: 'S2', answer: false, explanation: 'W', source }]
};
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
		expect(assignment).toMatchObject({ title: 'Week 5', mode: 'test', topicIds: ['first', 'second'], itemIds: ['f-tf', 's-tf'] });
		expect(assignment.dueAt).toBeGreaterThan(0);
		expect(decodeAssignment(encodeAssignment(assignment), new Set(['f-card', 'f-tf', 's-tf']))).toEqual({ ok: true, assignment });
	});

	it('leaves flashcards out of a test and takes them in flashcards mode', async () => {
		const c = await composer();
		c.topicIds = ['first'];
		expect(c.itemIds).toEqual(['f-tf']);
		c.mode = 'flashcards';
		expect(c.itemIds).toEqual(['f-card', 'f-tf']);
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
		expect(c.problems).toEqual(['teach.problem.title', 'teach.problem.count', 'teach.problem.languages', 'teach.problem.noQuestions']);
		expect(c.assignment).toBeUndefined();
	});
});
