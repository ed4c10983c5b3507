// A grade tapped before storage's code has loaded is written down first, crossed out once saved,
// and saved by the next page when the first was reloaded before it could.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '$lib/domain/study/scheduler';
import { StudySession } from '$lib/state/study-session.svelte';
import { saveLeftGrades } from '$lib/state/unsaved-grades';
import { getDb } from '$lib/storage/connection';
import {
	crossOutGrade,
	readUnsavedGrades,
	UNSAVED_GRADES_KEY,
	writeDownGrade,
	type UnsavedGrade
} from '$lib/storage/unsaved-grades';
import type { RecordResult, StudyRepository } from '$lib/storage/study-repository';
import { flashcard } from './fake-banks';
import { NO_COUNTS } from '$lib/domain/study/limits';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

/** localStorage's methods the journal uses, in memory (Node has none). */
class MemoryStorage {
	readonly items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, String(value));
	removeItem = (key: string) => void this.items.delete(key);
}

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('localStorage', storage);
});

const entry = (itemId: string): Omit<UnsavedGrade, 'id'> => ({
	itemId,
	card: undefined,
	grade: 'good',
	at: NOW,
	answer: { source: 'quiz', durationMs: 3000 },
	limits: undefined
});

describe('the unsaved grades journal', () => {
	it('keeps what is written down until it is crossed out', () => {
		const first = writeDownGrade(entry('a'));
		writeDownGrade(entry('b'));
		expect(readUnsavedGrades().map((g) => g.itemId)).toEqual(['a', 'b']);
		crossOutGrade(first);
		expect(readUnsavedGrades().map((g) => g.itemId)).toEqual(['b']);
		crossOutGrade(readUnsavedGrades()[0]!.id);
		expect(storage.items.has(UNSAVED_GRADES_KEY)).toBe(false);
	});

	it('reads nothing from a value it did not write, and skips entries that are not grades', () => {
		storage.setItem(UNSAVED_GRADES_KEY, '{not json');
		expect(readUnsavedGrades()).toEqual([]);
		storage.setItem(UNSAVED_GRADES_KEY, JSON.stringify([{ ...entry('a'), id: 'x', grade: 'perfect' }, 7]));
		expect(readUnsavedGrades()).toEqual([]);
	});

	it('lets the grade go on when localStorage is refused', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('refused', 'SecurityError');
			}
		});
		expect(() => crossOutGrade(writeDownGrade(entry('a')))).not.toThrow();
	});
});

describe('a first visit’s session', () => {
	function firstVisit(storageLoaded: Promise<StudyRepository>) {
		return new StudySession({
			items: [flashcard('a'), flashcard('b')],
			limits: { newCardsPerDay: 10, reviewsPerDay: 200 },
			repository: storageLoaded,
			scheduler: new Scheduler({ enableFuzz: false }),
			clock: () => NOW
		});
	}
	const savingRepository = () =>
		({
			recordReview: async (): Promise<RecordResult> => ({ ok: true, reviewId: 1 }),
			loadStudyDay: async () => ({ cards: new Map(), flags: [], counts: NO_COUNTS }),
			watch: () => () => {}
		}) as unknown as StudyRepository;

	it('writes a grade down while storage’s code loads, and crosses it out once saved', async () => {
		let loaded!: (repository: StudyRepository) => void;
		const study = firstVisit(new Promise((resolve) => (loaded = resolve)));
		study.reveal();
		const graded = study.grade('good');
		expect(readUnsavedGrades()).toMatchObject([{ itemId: 'a', grade: 'good', at: NOW }]);
		loaded(savingRepository());
		expect(await graded).toBe(true);
		expect(readUnsavedGrades()).toEqual([]);
	});

	it('writes nothing down once storage is there', async () => {
		const study = firstVisit(Promise.resolve(savingRepository()));
		await vi.waitFor(async () => {
			study.reveal();
			expect(await study.grade('good')).toBe(true);
		});
		expect(storage.items.size).toBe(0);
	});
});

describe('saveLeftGrades', () => {
	it('saves a grade a reloaded page left, once, as that page would have', async () => {
		const left = entry('kz-china-001');
		writeDownGrade(left);
		await saveLeftGrades('en');
		expect(readUnsavedGrades()).toEqual([]);
		const db = getDb();
		expect(await db.reviews.where('itemId').equals('kz-china-001').count()).toBe(1);
		expect((await db.cards.get('kz-china-001'))?.reps).toBe(1);
		// Left twice (the page was closed after saving, before crossing out): refused the second time.
		writeDownGrade(left);
		await saveLeftGrades('en');
		expect(await db.reviews.where('itemId').equals('kz-china-001').count()).toBe(1);
		expect(readUnsavedGrades()).toEqual([]);
	});
});
