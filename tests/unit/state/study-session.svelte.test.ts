import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const item = (id: string): LocalizedItem => ({
	id, type: 'flashcard', prompt: `Q ${id}`, answer: `A ${id}`, explanation: 'Why', source: { doc: 'd.txt', lines: [1, 1] }
});
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function makeSession(newCardsLeft = 10) {
	const db = new QaitalaDb(`session-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	let now = NOW;
	const repository = new StudyRepository(db);
	const session = new StudySession({
		items: [item('a'), item('b'), item('c')],
		cards: new Map(),
		newCardsLeft,
		repository,
		scheduler: new Scheduler({ enableFuzz: false }),
		clock: () => (now += 5_000)
	});
	return { session, repository };
}

describe('StudySession', () => {
	it('shows new cards in bank order and grades them', async () => {
		const { session, repository } = makeSession();
		expect(session.next).toEqual({ itemId: 'a', isNew: true });
		expect(session.remaining).toBe(3);
		session.reveal();
		await session.grade('easy');
		expect(session.next?.itemId).toBe('b');
		expect(session.remaining).toBe(2);
		expect((await repository.loadCards()).get('a')?.state).toBe('review');
	});

	it('does not grade before the answer is revealed', async () => {
		const { session, repository } = makeSession();
		await session.grade('good');
		expect(await repository.db.reviews.count()).toBe(0);
	});

	it('undo restores the exact earlier state, in memory and stored, and shows the card again', async () => {
		const { session, repository } = makeSession();
		session.reveal();
		await session.grade('good'); // a: new → learning
		const afterFirst = (await repository.loadCards()).get('a');
		session.reveal();
		await session.grade('easy'); // b
		expect(session.next?.itemId).toBe('c');

		await session.undo(); // b is new again
		expect(session.next).toEqual({ itemId: 'b', isNew: true });
		expect((await repository.loadCards()).has('b')).toBe(false);
		expect((await repository.loadCards()).get('a')).toEqual(afterFirst);
		expect(session.remaining).toBe(3); // a (learning, soon), b and c

		await session.undo(); // a is new again
		expect(session.next).toEqual({ itemId: 'a', isNew: true });
		expect(await repository.db.reviews.count()).toBe(0);
		expect(session.canUndo).toBe(false);
	});

	it('gives the daily new-card budget back on undo', async () => {
		const { session } = makeSession(1);
		session.reveal();
		await session.grade('easy');
		expect(session.next).toBeNull();
		expect(session.isNewLimitReached).toBe(true);
		await session.undo();
		expect(session.next).toEqual({ itemId: 'a', isNew: true });
	});
});

describe('StudySession bury and suspend', () => {
	it('takes the current card out of the session and stores why', async () => {
		const { session, repository } = makeSession();
		await session.bury(NOW + 86_400_000);
		expect(session.next?.itemId).toBe('b');
		await session.suspend();
		expect(session.next?.itemId).toBe('c');
		expect(session.remaining).toBe(1);
		expect(await repository.loadItemFlags()).toEqual([
			{ itemId: 'a', isSuspended: false, buriedUntil: NOW + 86_400_000 },
			{ itemId: 'b', isSuspended: true, buriedUntil: undefined }
		]);
	});
});
