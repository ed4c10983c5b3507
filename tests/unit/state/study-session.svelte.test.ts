import { afterEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession, type SessionKind } from '$lib/state/study-session.svelte';
import { startOfLocalDay } from '$lib/domain/settings';
import type { Grade } from '$lib/domain/study/card';
import { countQueue } from '$lib/domain/study/queue';
import type { LocalizedItem } from '$lib/domain/bank/localize';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const item = (id: string): LocalizedItem => ({
	id,
	type: 'flashcard',
	prompt: `Q ${id}`,
	answer: `A ${id}`,
	explanation: 'Why',
	source: { doc: 'd.txt', lines: [1, 1] }
});
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function makeSession(newCardsPerDay = 10) {
	const db = new QaitalaDb(`session-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	let now = NOW;
	const repository = new StudyRepository(db);
	const session = new StudySession({
		items: [item('a'), item('b'), item('c')],
		limits: { newCardsPerDay, reviewsPerDay: 200 },
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
		const [review] = await repository.db.reviews.toArray();
		expect(review).toMatchObject({ source: 'self', grade: 'easy' });
		expect(review?.durationMs).toBeGreaterThanOrEqual(5_000); // timed from the card shown, on a clock that ticks 5 s a read
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

/** Tabs on one database: each opens its own connection and session, as a page does. */
class Tabs {
	readonly name = `tabs-${dbs.length}-${Date.now()}-${Math.random()}`;
	now = NOW;

	repository(): StudyRepository {
		const db = new QaitalaDb(this.name);
		dbs.push(db);
		return new StudyRepository(db);
	}

	async open(
		ids: string[],
		options: { kind?: SessionKind; newCardsPerDay?: number; repository?: StudyRepository } = {}
	) {
		const repository = options.repository ?? this.repository();
		const day = await repository.loadStudyDay(ids, startOfLocalDay(this.now));
		return new StudySession({
			items: ids.map(item),
			day,
			kind: options.kind,
			limits: { newCardsPerDay: options.newCardsPerDay ?? 10, reviewsPerDay: 200 },
			repository,
			scheduler: new Scheduler({ enableFuzz: false }),
			clock: () => (this.now += 1_000)
		});
	}
}

async function gradeShown(session: StudySession, grade: Grade): Promise<boolean> {
	session.reveal();
	return session.grade(grade);
}

describe('StudySession with other tabs', () => {
	it('refuses a grade of a card another tab graded since it was shown, says so and moves on (a)', async () => {
		const tabs = new Tabs();
		const e = await tabs.open(['a', 'b']);
		const f = await tabs.open(['a', 'b']);
		expect(await gradeShown(e, 'good')).toBe(true);
		expect(f.next).toEqual({ itemId: 'a', isNew: true });
		expect(await gradeShown(f, 'easy')).toBe(false);
		expect(f.note).toBe('changedElsewhere');
		expect(f.next).toEqual({ itemId: 'b', isNew: true });
		expect(f.revealed).toBe(false);
		expect(f.reviewedCount).toBe(0);
		const repository = tabs.repository();
		expect(await repository.db.reviews.count()).toBe(1);
		expect(await repository.loadDayCounts(startOfLocalDay(NOW))).toEqual({ newCards: 1, reviewCards: 0 });
		// The next grade is saved and the note goes.
		expect(await gradeShown(f, 'easy')).toBe(true);
		expect(f.note).toBeUndefined();
	});

	it('refuses to undo a grade another tab has graded over, and changes nothing (b)', async () => {
		const tabs = new Tabs();
		const e = await tabs.open(['a']);
		await gradeShown(e, 'good');
		const f = await tabs.open(['a']);
		expect(f.next).toEqual({ itemId: 'a', isNew: false }); // learning, shown ahead
		await gradeShown(f, 'easy');
		const repository = tabs.repository();
		const before = await repository.loadCards();
		await e.undo();
		expect(e.note).toBe('undoRefused');
		expect(e.canUndo).toBe(false);
		expect(await repository.loadCards()).toEqual(before);
		expect(await repository.db.reviews.count()).toBe(2);
	});

	it('counts the daily new-card limit from storage: a tab whose own count allows it is refused (c)', async () => {
		const tabs = new Tabs();
		const e = await tabs.open(['a', 'b'], { newCardsPerDay: 1 });
		const f = await tabs.open(['c', 'd'], { newCardsPerDay: 1 });
		expect(await gradeShown(e, 'easy')).toBe(true);
		expect(f.next).toEqual({ itemId: 'c', isNew: true });
		expect(await gradeShown(f, 'easy')).toBe(false);
		expect(f.note).toBe('newLimit');
		expect(f.next).toBeNull();
		expect(f.isNewLimitReached).toBe(true);
		expect(await tabs.repository().db.cards.count()).toBe(1);
	});

	it('on a full disk keeps the same card revealed and gradable', async () => {
		const tabs = new Tabs();
		const repository = tabs.repository();
		let isFull = true;
		repository.db.use({
			stack: 'dbcore',
			name: 'full-disk',
			create: (down) => ({
				...down,
				table: (name) => {
					const inner = down.table(name);
					return {
						...inner,
						mutate: (req) =>
							isFull ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : inner.mutate(req)
					};
				}
			})
		});
		const session = await tabs.open(['a', 'b'], { repository });
		expect(await gradeShown(session, 'good')).toBe(false);
		expect(session.note).toBe('storageFull');
		expect(session.next).toEqual({ itemId: 'a', isNew: true });
		expect(session.revealed).toBe(true);
		expect(await repository.db.reviews.count()).toBe(0);
		isFull = false;
		expect(await session.grade('good')).toBe(true);
		expect(session.note).toBeUndefined();
	});

	it('while read by a page, follows grades made in another tab: counts, and a card that comes due on a done screen (d)', async () => {
		const tabs = new Tabs();
		await tabs.open(['a', 'b']); // the database exists before the watched session opens
		const due = await tabs.open(['a', 'b'], { kind: 'allDue' });
		const topic = await tabs.open(['a', 'b']);
		// What a page gets from reading the sessions (createSubscriber does not run under Node's Svelte).
		const stops = [due.follow(), topic.follow()];
		const seen = () => ({ next: due.next?.itemId, remaining: topic.remaining });
		try {
			expect(seen()).toEqual({ next: undefined, remaining: 2 });
			const other = await tabs.open(['a', 'b']);
			await gradeShown(other, 'again'); // a: learning, due in a minute
			await vi.waitFor(() => expect(seen()).toEqual({ next: 'a', remaining: 2 }));
			await gradeShown(other, 'easy'); // b: learnt for days
			await vi.waitFor(() => expect(seen()).toEqual({ next: 'a', remaining: 1 }));
		} finally {
			for (const stop of stops) stop();
		}
	});

	it('after the live re-read of its own save, keeps the card shown and the exact counts', async () => {
		const tabs = new Tabs();
		await tabs.open(['a', 'b', 'c']); // the database exists before the watched session opens
		const repository = tabs.repository();
		const session = await tabs.open(['a', 'b', 'c'], { repository });
		const reads = vi.spyOn(repository, 'loadStudyDay');
		const stop = session.follow();
		try {
			await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1)); // the watch's first read
			await reads.mock.results[0]?.value;
			await gradeShown(session, 'good');
			const counts = session.queueCounts;
			expect(counts).toEqual({ newCount: 2, learningCount: 1, reviewCount: 0 });
			await vi.waitFor(() => expect(reads.mock.calls.length).toBeGreaterThan(1)); // the echo of that save
			await new Promise((resolve) => setTimeout(resolve, 50));
			await Promise.all(reads.mock.results.map((result) => result.value));
			expect(session.queueCounts).toEqual(counts);
			expect(session.next).toEqual({ itemId: 'b', isNew: true });
		} finally {
			stop();
		}
	});

	it('keeps its counts exact grade after grade, as a recount of what is stored gives them', async () => {
		const tabs = new Tabs();
		const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
		const session = await tabs.open(ids, { newCardsPerDay: 4 });
		const repository = tabs.repository();
		expect(session.queueCounts).toEqual({ newCount: 4, learningCount: 0, reviewCount: 0 });
		const grades: Grade[] = ['again', 'good', 'easy', 'again', 'good', 'hard', 'easy', 'good', 'again', 'easy'];
		for (const grade of grades) {
			if (!session.next) break;
			expect(await gradeShown(session, grade)).toBe(true);
			const cards = await repository.loadCards(ids);
			const introduced = (await repository.db.reviews.toArray()).filter((r) => r.cardBefore === null).length;
			expect(session.queueCounts).toEqual(
				countQueue({ itemIds: ids, cards, now: tabs.now, newCardsLeft: 4 - introduced })
			);
		}
	});

	it('shows a learning card once the clock reaches it', async () => {
		const tabs = new Tabs();
		const first = await tabs.open(['a']);
		first.reveal();
		await first.grade('again');
		first.reveal();
		await first.grade('good'); // a: next step in 10 minutes, inside the learn-ahead window
		const later = await tabs.open(['a'], { kind: 'allDue' });
		expect(later.next?.itemId).toBe('a');
		first.reveal();
		await first.grade('good'); // a: graduates, due in days
		const done = await tabs.open(['a'], { kind: 'allDue' });
		expect(done.next).toBeNull();
		tabs.now += 30 * 86_400_000;
		done.refresh();
		expect(done.next?.itemId).toBe('a');
	});

	it('a practice of chosen items shows each card once, whatever its schedule, and is not limited', async () => {
		const tabs = new Tabs();
		const first = await tabs.open(['a']);
		await gradeShown(first, 'easy'); // due in days
		const practice = await tabs.open(['a', 'b'], { kind: 'practice', newCardsPerDay: 0 });
		expect(practice.next).toEqual({ itemId: 'a', isNew: false });
		expect(await gradeShown(practice, 'easy')).toBe(true);
		expect(practice.next).toEqual({ itemId: 'b', isNew: true });
		expect(await gradeShown(practice, 'easy')).toBe(true);
		expect(practice.next).toBeNull();
		expect(practice.isNewLimitReached).toBe(false);
	});

	it('free practice goes through every item once more, brings back a miss, and stores nothing', async () => {
		const tabs = new Tabs();
		const repository = tabs.repository();
		const first = await tabs.open(['a', 'b', 'c'], { newCardsPerDay: 2, repository });
		await gradeShown(first, 'easy');
		await gradeShown(first, 'good');
		const stored = await repository.db.reviews.count();
		const free = await tabs.open(['a', 'b', 'c'], { kind: 'free', newCardsPerDay: 0 });
		expect(free.isFree).toBe(true);
		expect(free.keepPractising).toBeUndefined();
		const shown: string[] = [];
		for (const grade of ['again', 'good', 'good'] as const) {
			shown.push(free.next!.itemId);
			expect(await gradeShown(free, grade)).toBe(true);
		}
		expect(new Set(shown)).toEqual(new Set(['a', 'b', 'c']));
		expect(free.next?.itemId).toBe(shown[0]); // the miss comes back
		await gradeShown(free, 'good');
		expect(free.next).toBeNull();
		expect(await repository.db.reviews.count()).toBe(stored);
		expect(free.canUndo).toBe(false);
	});

	it('a finished topic offers new cards past the limit and the studied cards not yet due', async () => {
		const tabs = new Tabs();
		const topic = await tabs.open(['a', 'b', 'c'], { newCardsPerDay: 1 });
		expect(topic.keepPractising).toEqual({ newLeft: 3, aheadCount: 0 });
		await gradeShown(topic, 'easy');
		expect(topic.next).toBeNull();
		expect(topic.isNewLimitReached).toBe(true);
		expect(topic.keepPractising).toEqual({ newLeft: 2, aheadCount: 1 });
	});
});
