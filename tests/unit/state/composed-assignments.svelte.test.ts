// The instructors' composed assignments as a state, on fake-indexeddb and a fake bank server.
import { afterEach, describe, expect, it } from 'vitest';
import type { TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { QaitalaDb } from '$lib/storage/db';
import { AssignmentRepository } from '$lib/storage/assignments';
import { Composer } from '$lib/state/composer.svelte';
import { ComposedAssignments } from '$lib/state/composed-assignments.svelte';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const topics: TopicSummary[] = [{ id: 'first', order: 0, title: text, summary: text, itemIds: [] }];
const items: LocalizedItem[] = [
	{ id: 'c-1', type: 'true-false', statement: 'S', answer: true, explanation: 'W', source },
	{ id: 'c-2', type: 'true-false', statement: 'S2', answer: false, explanation: 'W', source }
];
const fakeFetch = (async (url: string) =>
	url === '/banks/en/first.json'
		? new Response(JSON.stringify({ topicId: 'first', language: 'en', items }))
		: new Response('', { status: 404 })) as typeof fetch;

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

async function fresh() {
	const db = new QaitalaDb(`composed-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	const assignments = new AssignmentRepository(db);
	let clock = Date.UTC(2026, 11, 1);
	const state = new ComposedAssignments(
		async () => ({ assignments }),
		fakeFetch,
		() => (clock += 1000)
	);
	const composer = new Composer();
	composer.topicIds = ['first'];
	await state.loadBanks(composer, topics, 'en', []);
	return { state, composer, assignments };
}

describe('ComposedAssignments', () => {
	it('saves the composed assignment, lists it newest first and opens its share panel', async () => {
		const { state, composer, assignments } = await fresh();
		expect(state.failed).toBe(false);
		composer.title = 'Week 1';
		const first = await state.create(composer);
		composer.title = 'Week 2';
		const second = await state.create(composer);
		expect(first).toBeDefined();
		expect(state.shownKey).toBe(second);
		expect(state.shown?.assignment.title).toBe('Week 2');
		expect(state.rows.map((r) => r.assignment.title)).toEqual(['Week 2', 'Week 1']);

		const reopened = new ComposedAssignments(async () => ({ assignments }));
		await reopened.load();
		expect(reopened.rows.map((r) => r.key)).toEqual([second, first]);
		expect(reopened.shown).toBeUndefined();
	});

	it('toggles the share panel and removes an assignment', async () => {
		const { state, composer } = await fresh();
		composer.title = 'Gone';
		await state.create(composer);
		const [row] = state.rows;
		state.toggle(row!);
		expect(state.shown).toBeUndefined();
		state.toggle(row!);
		expect(state.shown?.key).toBe(row!.key);
		await state.remove(row!);
		expect(state.rows).toEqual([]);
	});

	it('says why nothing was made, and stores nothing', async () => {
		const { state, composer } = await fresh();
		composer.title = '  ';
		expect(await state.create(composer)).toBeUndefined();
		expect(state.failed).toBe('share.error.invalid');
		expect(state.rows).toEqual([]);
	});

	it('says the banks could not be read', async () => {
		const { state, composer } = await fresh();
		await state.loadBanks(composer, [{ ...topics[0]!, id: 'missing' }], 'en', []);
		expect(state.failed).toBe('banks');
	});
});
