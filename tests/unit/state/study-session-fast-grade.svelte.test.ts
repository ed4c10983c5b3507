// A grade shows the next card before its save is done; a refused save brings the graded card back.
import { describe, expect, it, vi } from 'vitest';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import type { RecordResult, StudyRepository } from '$lib/storage/study-repository';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { NO_COUNTS } from '$lib/domain/study/limits';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const item = (id: string): LocalizedItem => ({
	id,
	type: 'flashcard',
	prompt: `Q ${id}`,
	answer: `A ${id}`,
	explanation: 'Why',
	source: { doc: 'd.txt', lines: [1, 1] }
});

/** A repository whose saves wait until the test answers them. */
function slowRepository() {
	const pending: ((result: RecordResult) => void)[] = [];
	const repository = {
		recordReview: () => new Promise<RecordResult>((resolve) => pending.push(resolve)),
		loadStudyDay: async () => ({ cards: new Map(), flags: [], counts: NO_COUNTS }),
		undoReview: async () => ({ ok: true, cardBefore: null }),
		watch: () => () => {}
	} as unknown as StudyRepository;
	return { repository, pending };
}

function session(repository: StudyRepository) {
	return new StudySession({
		items: [item('a'), item('b')],
		limits: { newCardsPerDay: 10, reviewsPerDay: 200 },
		repository,
		scheduler: new Scheduler({ enableFuzz: false }),
		clock: () => NOW
	});
}

describe('StudySession grading', () => {
	it('shows the next card while the grade is being saved', async () => {
		const { repository, pending } = slowRepository();
		const study = session(repository);
		study.reveal();
		const graded = study.grade('easy');
		expect(study.next?.itemId).toBe('b'); // before the save has answered
		expect(study.canUndo).toBe(false);
		pending[0]!({ ok: true, reviewId: 1 });
		expect(await graded).toBe(true);
		expect(study.canUndo).toBe(true);
	});

	it('brings the graded card back, answer shown, when the disk is full', async () => {
		const { repository, pending } = slowRepository();
		const study = session(repository);
		study.reveal();
		const graded = study.grade('easy');
		expect(study.next?.itemId).toBe('b');
		pending[0]!({ ok: false, refusal: 'storageFull' });
		expect(await graded).toBe(false);
		expect(study.next?.itemId).toBe('a');
		expect(study.revealed).toBe(true);
		expect(study.note).toBe('storageFull');
		expect(study.reviewedCount).toBe(0);
	});

	it('grades the next card, shown while the first grade is saving, once that save is done', async () => {
		const { repository, pending } = slowRepository();
		const study = session(repository);
		study.reveal();
		const first = study.grade('easy');
		study.reveal(); // the next card, at once
		const second = study.grade('good');
		await Promise.resolve();
		expect(pending).toHaveLength(1); // the second waits for the first
		pending[0]!({ ok: true, reviewId: 1 });
		expect(await first).toBe(true);
		await vi.waitFor(() => expect(pending).toHaveLength(2));
		pending[1]!({ ok: true, reviewId: 2 });
		expect(await second).toBe(true);
		expect(study.reviewedCount).toBe(2);
	});

	it('shows its first card while storage and the scheduler are still loading, and grades it once they have', async () => {
		const { repository, pending } = slowRepository();
		let finishLoading!: () => void;
		const loading = new Promise<void>((resolve) => (finishLoading = resolve));
		const study = new StudySession({
			items: [item('a'), item('b')],
			limits: { newCardsPerDay: 10, reviewsPerDay: 200 },
			repository: loading.then(() => repository),
			scheduler: loading.then(() => new Scheduler({ enableFuzz: false })),
			clock: () => NOW
		});
		expect(study.next).toEqual({ itemId: 'a', isNew: true });
		study.reveal();
		expect(study.outcomes).toBeUndefined(); // no intervals to show before the scheduler is there
		const graded = study.grade('easy');
		await Promise.resolve();
		expect(pending).toHaveLength(0);
		finishLoading();
		await vi.waitFor(() => expect(pending).toHaveLength(1));
		expect(study.next?.itemId).toBe('b');
		pending[0]!({ ok: true, reviewId: 1 });
		expect(await graded).toBe(true);
		study.reveal();
		expect(study.outcomes?.good).toBeDefined();
	});

	it('takes back a grade whose save is still going on once it is saved (an undo right after the tap)', async () => {
		const { repository, pending } = slowRepository();
		const study = session(repository);
		study.reveal();
		const graded = study.grade('easy');
		expect(study.next?.itemId).toBe('b');
		const undone = study.undo();
		pending[0]!({ ok: true, reviewId: 1 });
		expect(await graded).toBe(true);
		expect(await undone).toBe(true);
		expect(study.next).toEqual({ itemId: 'a', isNew: true });
		expect(study.reviewedCount).toBe(0);
		expect(study.canUndo).toBe(false);
	});
});
