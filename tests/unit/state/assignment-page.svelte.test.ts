// The student's assignment page as a state: list, open from a code, run, result and removal, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { encodeAssignment, type ReferenceAssignment } from '$lib/domain/share/assignment';
import { assignmentKey, decodeResult } from '$lib/domain/share/result';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { AssignmentPage } from '$lib/state/assignment-page.svelte';
import { freshStores } from './fresh-stores';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const items: LocalizedItem[] = [
	{ id: 'pg-1', type: 'true-false', statement: 'One', answer: true, explanation: 'Why', source },
	{ id: 'pg-2', type: 'true-false', statement: 'Two', answer: false, explanation: 'Why', source }
];
const known = new Set(items.map((i) => i.id));
const fakeFetch = (async (url: string) =>
	url === '/banks/ru/t.json'
		? new Response(JSON.stringify({ topicId: 't', language: 'ru', items }))
		: new Response('', { status: 404 })) as typeof fetch;

const codeOf = (patch: Partial<ReferenceAssignment>) =>
	encodeAssignment({
		v: 1,
		title: 'Page',
		mode: 'test',
		languages: ['kk', 'ru'],
		topicIds: ['t'],
		itemIds: ['pg-1', 'pg-2'],
		...patch
	});

type Stores = ReturnType<typeof freshStores>;

function page(stores: Stores, clock = () => NOW) {
	return new AssignmentPage({
		knownItemIds: () => known,
		uiLanguage: () => 'ru',
		stores: () => stores,
		fetchFn: fakeFetch,
		clock
	});
}

describe('AssignmentPage', () => {
	it('adds an assignment once from its code, in the interface language when allowed', async () => {
		const stores = freshStores('assignment-page');
		const code = codeOf({ title: 'Once' });
		const first = page(stores);
		await first.load(code);
		expect(first.guard.failed).toBe(false);
		expect(first.row?.assignment.title).toBe('Once');
		expect(first.justAdded).toBe(true);
		expect(first.chosenLanguage).toBe('ru');
		expect(first.language).toBe('ru');
		expect(first.runner).toBeUndefined();

		const again = page(stores, () => NOW + 5000);
		await again.load(code);
		expect(again.justAdded).toBe(false);
		expect(again.row?.addedAt).toBe(NOW);
	});

	it('a bad code says why and shows the list; no code shows the list', async () => {
		const stores = freshStores('assignment-page');
		const state = page(stores);
		await state.load(codeOf({ title: 'Listed' }));
		await state.open('not-a-code');
		expect(state.row).toBeUndefined();
		expect(state.error).toBeDefined();
		expect(state.received.map((r) => r.assignment.title)).toContain('Listed');
		await state.open('');
		expect(state.error).toBeUndefined();
		expect(state.received.map((r) => r.assignment.title)).toContain('Listed');
	});

	it('runs a test to its end, makes the result under the name, and offers the name again', async () => {
		const stores = freshStores('assignment-page');
		const code = codeOf({ title: 'Run', languages: ['ru'] });
		const state = page(stores);
		await state.load(code);
		await state.start();
		expect(state.runner?.kind).toBe('test');
		expect(state.row?.startedAt).toBe(NOW);
		await state.answer({ type: 'true-false', answer: true });
		expect(state.row?.done).toBe(1);
		expect(state.isDone).toBe(false);
		await state.answer({ type: 'true-false', answer: true });
		if (state.runner?.kind === 'test' && !state.runner.run.isFinished) await state.finishTest();
		expect(state.isDone).toBe(true);
		await state.makeResult('  Aliya ');
		expect(state.studentName).toBe('Aliya');
		const decoded = decodeResult(state.row!.result!.code, { assignment: assignmentKey(code) });
		expect(decoded.ok && decoded.result.answers).toBe('10');

		// Opened again (a reload): the run goes on at once and the name is offered.
		const reopened = page(stores);
		await reopened.load(code);
		expect(reopened.runner?.kind).toBe('test');
		expect(reopened.studentName).toBe('Aliya');
		expect(reopened.isDone).toBe(true);
	});

	it('removes the opened assignment from the device', async () => {
		const stores = freshStores('assignment-page');
		const code = codeOf({ title: 'Removed' });
		const state = page(stores);
		await state.load(code);
		expect(await state.remove()).toBe(true);
		expect(await stores.assignments.getReceived(assignmentKey(code))).toBeUndefined();
		await state.open('');
		expect(state.received.map((r) => r.assignment.title)).not.toContain('Removed');
		expect(await page(stores).remove()).toBe(false);
	});
});
