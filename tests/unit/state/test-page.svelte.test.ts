// The practice test page as a state, on fake-indexeddb and a fake bank server.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import type { TestAttempt } from '$lib/domain/quiz/test-set';
import { QaitalaDb } from '$lib/storage/db';
import { TestAttemptRepository } from '$lib/storage/test-attempts';
import { TestPage } from '$lib/state/test-page.svelte';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const items: LocalizedItem[] = ['q-1', 'q-2', 'q-3'].map((id) => ({
	id,
	type: 'true-false',
	statement: id,
	answer: true,
	explanation: 'Why',
	source
}));
const fakeFetch = (async (url: string) => {
	const language = /^\/banks\/(\w+)\/t\.json$/.exec(url)?.[1];
	return language ? new Response(JSON.stringify({ topicId: 't', language, items })) : new Response('', { status: 404 });
}) as typeof fetch;

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const attempt = (startedAt: number, patch: Partial<TestAttempt> = {}): Omit<TestAttempt, 'id'> => ({
	seed: `s${startedAt}`,
	topicIds: ['t'],
	itemIds: ['q-1'],
	timeLimitMs: 0,
	startedAt,
	finishedAt: startedAt + 1,
	answers: [],
	...patch
});

describe('TestPage', () => {
	it('lists the five latest practice tests, never an assignment’s', async () => {
		const db = new QaitalaDb(`test-page-${Date.now()}`);
		dbs.push(db);
		const attempts = new TestAttemptRepository(db);
		for (let i = 1; i <= 7; i++) await db.testAttempts.add(attempt(i * 1000));
		await db.testAttempts.add(attempt(9000, { assignmentKey: 'k' }));
		const page = new TestPage(
			() => 'en',
			() => ({ attempts }),
			fakeFetch
		);
		await page.load();
		expect(page.guard.failed).toBe(false);
		expect(page.recent.map((a) => a.startedAt)).toEqual([7000, 6000, 5000, 4000, 3000]);
		expect(page.run).toBeUndefined();
	});

	it('starts a test, picks it up again after a reload, and takes it again with the same seed', async () => {
		const db = new QaitalaDb(`test-page-run-${Date.now()}`);
		dbs.push(db);
		const attempts = new TestAttemptRepository(db);
		const stores = () => ({ attempts });
		const page = new TestPage(() => 'en', stores, fakeFetch);
		await page.load();
		await page.start({ topicIds: ['t'], count: 2, seed: 'same', timeLimitMs: 0 });
		expect(page.run?.attempt.itemIds).toHaveLength(2);
		await page.answer({ type: 'true-false', answer: true });

		const reloaded = new TestPage(() => 'en', stores, fakeFetch);
		await reloaded.load();
		expect(reloaded.run?.attempt.id).toBe(page.run?.attempt.id);
		expect(reloaded.run?.attempt.answers).toHaveLength(1);

		await reloaded.finish();
		expect(reloaded.run?.isFinished).toBe(true);
		const first = reloaded.run!.attempt;
		await reloaded.retake();
		expect(reloaded.run?.attempt.id).not.toBe(first.id);
		expect(reloaded.run?.attempt.itemIds).toEqual(first.itemIds);
		expect(reloaded.run?.attempt.seed).toBe('same');

		await reloaded.newTest();
		expect(reloaded.run).toBeUndefined();
		expect(reloaded.recent.filter((a) => a.seed === 'same')).toHaveLength(2);
	});
});
