// A student's assignment from the link to the result code, on fake-indexeddb and a fake bank server.
import { describe, expect, it } from 'vitest';
import { encodeAssignment, type ReferenceAssignment } from '$lib/domain/share/assignment';
import { assignmentKey, decodeResult } from '$lib/domain/share/result';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import {
	answersOf,
	makeResult,
	receiveAssignment,
	runAssignment,
	saveTestProgress
} from '$lib/state/assignment-run.svelte';
import { freshStores } from './fresh-stores';

const NOW = Date.UTC(2026, 10, 21, 9, 0, 0);
const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const items: LocalizedItem[] = [
	{ id: 'tf-1', type: 'true-false', statement: 'One', answer: true, explanation: 'Why', source },
	{ id: 'tf-2', type: 'true-false', statement: 'Two', answer: false, explanation: 'Why', source },
	{ id: 'card-1', type: 'flashcard', prompt: 'Q', answer: 'A', explanation: 'Why', source }
];
const known = new Set(items.map((i) => i.id));
const fakeFetch = (async (url: string) =>
	url === '/banks/en/t.json'
		? new Response(JSON.stringify({ topicId: 't', language: 'en', items }))
		: new Response('', { status: 404 })) as typeof fetch;

function assignment(patch: Partial<ReferenceAssignment>): ReferenceAssignment {
	return {
		v: 1,
		title: 'Week 5',
		mode: 'test',
		languages: ['en'],
		topicIds: ['t'],
		itemIds: ['tf-1', 'tf-2'],
		...patch
	};
}

describe('an assignment on the student’s device', () => {
	it('is added once from its link, and a bad link stores nothing', async () => {
		const stores = freshStores('assignment-run');
		const code = encodeAssignment(assignment({ title: 'Added once' }));
		const first = await receiveAssignment(stores, code, known, NOW);
		const again = await receiveAssignment(stores, `  ${code} `, known, NOW + 1000);
		expect(first.ok && again.ok && again.row.addedAt).toBe(NOW);
		expect(await stores.assignments.listReceived()).toHaveLength(1);
		expect(await receiveAssignment(stores, code.slice(0, -5), known, NOW)).toMatchObject({ ok: false });
		expect(
			await receiveAssignment(stores, encodeAssignment(assignment({ itemIds: ['not-in-the-banks'] })), known, NOW)
		).toEqual({
			ok: false,
			error: 'share.error.invalid'
		});
		expect(await stores.assignments.listReceived()).toHaveLength(1);
	});

	it('as a test: answers are saved as they come and the result says which were right', async () => {
		const stores = freshStores('assignment-run');
		const code = encodeAssignment(assignment({ title: 'A test' }));
		const opened = await receiveAssignment(stores, code, known, NOW);
		if (!opened.ok) throw new Error('not opened');
		let clock = NOW;
		const { row, runner } = await runAssignment(
			stores,
			opened.row,
			'en',
			new Scheduler({ enableFuzz: false }),
			fakeFetch,
			() => (clock += 30_000)
		);
		if (runner.kind !== 'test') throw new Error('not a test');
		await runner.run.answer({ type: 'true-false', answer: true });
		let saved = await saveTestProgress(stores, row, runner.run);
		expect(saved.done).toBe(1);
		expect(saved.completedAt).toBeUndefined();
		await runner.run.answer({ type: 'true-false', answer: true });
		saved = await saveTestProgress(stores, saved, runner.run);
		expect(saved.completedAt).toBeDefined();
		expect(await answersOf(stores, saved)).toBe('10');

		const withResult = await makeResult(stores, saved, '  Aliya Serikova ', NOW);
		const decoded = decodeResult(withResult.result!.code, { assignment: assignmentKey(code) });
		expect(decoded.ok && decoded.result).toMatchObject({
			name: 'Aliya Serikova',
			answers: '10',
			timeSpentMs: saved.timeSpentMs
		});
		expect((await stores.assignments.getReceived(assignmentKey(code)))?.result?.name).toBe('Aliya Serikova');
	});

	it('as flashcards: goes on until each card is learned, and grades reach the FSRS schedule', async () => {
		const stores = freshStores('assignment-run');
		const code = encodeAssignment(assignment({ title: 'Cards', mode: 'flashcards', itemIds: ['card-1', 'tf-1'] }));
		const opened = await receiveAssignment(stores, code, known, NOW);
		if (!opened.ok) throw new Error('not opened');
		let clock = NOW;
		const { runner } = await runAssignment(
			stores,
			opened.row,
			'en',
			new Scheduler({ enableFuzz: false }),
			fakeFetch,
			() => (clock += 10_000)
		);
		if (runner.kind !== 'cards') throw new Error('not cards');
		const cards = runner.run;
		expect(cards.current?.id).toBe('card-1');
		await cards.grade('again');
		expect(cards.current?.id).toBe('tf-1');
		await cards.grade('good');
		await cards.grade('good');
		expect(cards.current).toBeUndefined();
		expect(cards.row.completedAt).toBeDefined();
		expect(cards.row.timeSpentMs).toBeGreaterThan(0);
		expect(await answersOf(stores, cards.row)).toBe('01');
		expect((await stores.study.loadCards(['card-1', 'tf-1'])).size).toBe(2);

		// Reopened later (a reload): the stored progress, not a fresh start.
		const stored = await stores.assignments.getReceived(assignmentKey(code));
		const reopened = await runAssignment(stores, stored!, 'en', new Scheduler({ enableFuzz: false }), fakeFetch);
		expect(reopened.runner.kind === 'cards' && reopened.runner.run.current).toBeUndefined();
	});
});

describe('an assignment’s flashcards and another tab', () => {
	it('a card graded elsewhere since it was shown is not graded over: a note, fresh card, no progress counted', async () => {
		const stores = freshStores('assignment-run');
		const code = encodeAssignment(assignment({ title: 'Cards in two tabs', mode: 'flashcards', itemIds: ['card-1'] }));
		const opened = await receiveAssignment(stores, code, known, NOW);
		if (!opened.ok) throw new Error('not opened');
		const scheduler = new Scheduler({ enableFuzz: false });
		const { runner } = await runAssignment(stores, opened.row, 'en', scheduler, fakeFetch, () => NOW + 60_000);
		if (runner.kind !== 'cards') throw new Error('not cards');
		const before = (await stores.study.loadCards(['card-1'])).get('card-1');
		// Another tab grades the same card meanwhile.
		const elsewhere = scheduler.grade('card-1', before, 'easy', NOW + 30_000);
		expect((await stores.study.recordReview(elsewhere.card, elsewhere.review)).ok).toBe(true);
		const reviewsBefore = await stores.study.db.reviews.count();

		runner.run.revealed = true;
		await runner.run.grade('good');
		expect(runner.run.note).toBe('changedElsewhere');
		expect(runner.run.revealed).toBe(false);
		expect(await stores.study.db.reviews.count()).toBe(reviewsBefore);
		expect((await stores.assignments.getReceived(assignmentKey(code)))?.done ?? 0).toBe(0);

		await runner.run.grade('good'); // now from the stored card
		expect(runner.run.note).toBeUndefined();
		expect(await stores.study.db.reviews.count()).toBe(reviewsBefore + 1);
		expect((await stores.assignments.getReceived(assignmentKey(code)))?.done).toBe(1);
	});
});
