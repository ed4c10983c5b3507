// A test-mode attempt over a database of its own (fake-indexeddb) and banks from a fake fetch: drawn and
// saved before the first question, answered and saved one by one, run out at its deadline, reopened.
import { beforeEach, describe, expect, it } from 'vitest';
import type { QaitalaDb } from '$lib/storage/db';
import type { TestAttemptRepository } from '$lib/storage/test-attempts';
import { TestRun } from '$lib/state/test-run.svelte';
import { fakeBanks, flashcard, trueFalse } from './fake-banks';
import { freshStores } from './fresh-stores';

let db: QaitalaDb;
let attempts: TestAttemptRepository;
beforeEach(() => {
	({ db, attempts } = freshStores('test-run'));
});

const T0 = Date.UTC(2026, 2, 3, 10);
const tfs = Array.from({ length: 6 }, (_, i) => trueFalse(`tf-${i}`, i % 2 === 0));
const { fetch } = fakeBanks({ alpha: [...tfs.slice(0, 4), flashcard('card-0')], beta: tfs.slice(4) });

/** A clock the test moves by hand. */
function clock(start = T0) {
	const c = { now: start, read: () => c.now };
	return c;
}

const setup = { topicIds: ['alpha', 'beta'], count: 5, seed: 's1', timeLimitMs: 0 };

describe('TestRun', () => {
	it('draws questions the test can ask (no flashcards) and saves the attempt before the first one', async () => {
		const run = await TestRun.start(attempts, setup, 'en', fetch, clock().read);
		expect(run.attempt.itemIds).toHaveLength(5);
		expect(run.attempt.itemIds).not.toContain('card-0');
		expect(new Set(run.attempt.itemIds).size).toBe(5);
		expect(run.position).toBe(1);
		expect(run.currentItem?.id).toBe(run.attempt.itemIds[0]);
		const saved = await db.testAttempts.get(run.attempt.id!);
		expect(saved).toMatchObject({ seed: 's1', topicIds: ['alpha', 'beta'], answers: [], startedAt: T0 });
		expect(saved?.finishedAt).toBeUndefined();
	});

	it('draws the same questions for the same seed, and all there are when asked for more', async () => {
		const a = await TestRun.start(attempts, setup, 'en', fetch);
		const b = await TestRun.start(attempts, setup, 'en', fetch);
		const c = await TestRun.start(attempts, { ...setup, count: 6, seed: 'other' }, 'en', fetch);
		expect(b.attempt.itemIds).toEqual(a.attempt.itemIds);
		expect([...c.attempt.itemIds].sort()).toEqual(tfs.map((t) => t.id).sort()); // all there are
		expect(a.attempt.id).not.toBe(b.attempt.id);
	});

	it('marks and saves each answer, and finishes after the last one', async () => {
		const time = clock();
		const run = await TestRun.start(attempts, { ...setup, count: 2 }, 'en', fetch, time.read);
		const first = run.currentItem!;
		const right = first.type === 'true-false' && first.answer;
		await run.answer({ type: 'true-false', answer: right });
		expect(run.position).toBe(2);
		expect((await db.testAttempts.get(run.attempt.id!))?.answers).toEqual([
			{ itemId: first.id, response: { type: 'true-false', answer: right }, isCorrect: true }
		]);
		const second = run.currentItem!;
		expect(second.id).not.toBe(first.id);
		time.now += 5_000;
		await run.answer({ type: 'true-false', answer: !(second.type === 'true-false' && second.answer) });
		expect(run.isFinished).toBe(true);
		expect(run.currentItem).toBeUndefined();
		expect(run.score).toEqual({ correct: 1, total: 2 });
		expect((await db.testAttempts.get(run.attempt.id!))?.finishedAt).toBe(T0 + 5_000);
		// A finished test takes no more answers.
		await run.answer({ type: 'true-false', answer: true });
		expect(run.attempt.answers).toHaveLength(2);
	});

	it('runs a timed test out at its deadline, on the tick, and saves it finished', async () => {
		const time = clock();
		const run = await TestRun.start(attempts, { ...setup, timeLimitMs: 60_000 }, 'en', fetch, time.read);
		expect(run.remainingMs).toBe(60_000);
		time.now += 59_000;
		await run.tick();
		expect(run.remainingMs).toBe(1_000);
		expect(run.isFinished).toBe(false);
		time.now += 2_000;
		await run.tick();
		expect(run.remainingMs).toBe(0);
		expect(run.isFinished).toBe(true);
		expect((await db.testAttempts.get(run.attempt.id!))?.finishedAt).toBe(T0 + 61_000);
	});

	it('has no clock without a time limit', async () => {
		const run = await TestRun.start(attempts, setup, 'en', fetch, clock().read);
		expect(run.remainingMs).toBeUndefined();
		expect(run.isOutOfTime).toBe(false);
	});

	it('reopens a stored attempt where it was, and one past its deadline as finished', async () => {
		const time = clock();
		const run = await TestRun.start(attempts, { ...setup, timeLimitMs: 60_000 }, 'en', fetch, time.read);
		await run.answer({ type: 'true-false', answer: true });
		const stored = (await db.testAttempts.get(run.attempt.id!))!;

		const reopened = await TestRun.open(attempts, stored, 'en', fetch, time.read);
		expect(reopened.position).toBe(2);
		expect(reopened.currentItem?.id).toBe(stored.itemIds[1]);
		expect(reopened.seedFor('tf-1')).toBe(run.seedFor('tf-1')); // options keep their places

		time.now += 120_000;
		const late = await TestRun.open(attempts, stored, 'en', fetch, time.read);
		expect(late.isFinished).toBe(true);
		expect((await db.testAttempts.get(run.attempt.id!))?.finishedAt).toBe(T0 + 120_000);
	});

	it('asks an assignment’s questions exactly in its order, its own carried ones too', async () => {
		const carried = trueFalse('own-1', true);
		const run = await TestRun.startAssignment(
			attempts,
			{ key: 'k1', itemIds: ['own-1', 'tf-5', 'tf-0'], topicIds: ['alpha', 'beta'], timeLimitMs: 0 },
			'en',
			fetch,
			clock().read,
			[carried]
		);
		expect(run.attempt).toMatchObject({ seed: 'assignment:k1', assignmentKey: 'k1' });
		expect(run.currentItem).toEqual(carried);
		await run.answer({ type: 'true-false', answer: true });
		expect(run.currentItem?.id).toBe('tf-5');
		expect((await db.testAttempts.get(run.attempt.id!))?.assignmentKey).toBe('k1');
	});

	it('fails to start, saving nothing, when a bank cannot be fetched', async () => {
		await expect(TestRun.start(attempts, { ...setup, topicIds: ['alpha', 'gone'] }, 'en', fetch)).rejects.toThrow();
		expect(await db.testAttempts.count()).toBe(0);
	});
});
