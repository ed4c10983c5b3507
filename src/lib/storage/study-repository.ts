/**
 * What the app does with its stored data, said in its own words. One user action is one
 * read-write transaction: a grade writes the card and its review row together or not at all.
 */
import type { Table } from 'dexie';
import { isSameCard, type Card, type Review } from '../domain/study/card';
import {
	brokenLimit,
	countDay,
	summarizeDay,
	type DailyLimits,
	type DayCounts,
	type DaySummary,
	type LimitRefusal
} from '../domain/study/limits';
import { isDueNow, LEARN_AHEAD_MS } from '../domain/study/queue';
import type { ExamPlan } from '../domain/study/exam-plan';
import { studyStreakByDay, type ReviewFact } from '../domain/study/stats';
import type { ItemFlags } from '../domain/study/flags';
import {
	defaultSettings,
	sanitizeSettings,
	startOfLocalDay,
	startOfNextLocalDay,
	type Settings
} from '../domain/settings';
import type { Language } from '../domain/language';
import { isQuotaExceeded, MismatchedReviewError } from '../domain/errors';
import type { QaitalaDb } from './db';
import { getDb } from './connection';
import { watchDatabaseChanges } from './quick-read';

const SETTINGS_KEY = 'settings';
/** How long after a change a watcher reads again (see watch). */
const FOLLOW_DELAY_MS = 100;
const EXAM_PLAN_KEY = 'examPlan';

/** Why a grade was not saved. Expected outcomes, so they come back as values the UI translates. */
export type GradeRefusal =
	/** The stored card is not the one that was shown: another tab graded or undid it since. */
	| 'changedElsewhere'
	/** Today's limit was reached (in another tab) before this grade. */
	| LimitRefusal
	/** The device's storage is full; nothing was written. */
	| 'storageFull';

export type RecordResult = { ok: true; reviewId: number } | { ok: false; refusal: GradeRefusal };
export type UndoResult =
	{ ok: true; cardBefore: Card | null } | { ok: false; refusal: 'changedElsewhere' | 'storageFull' };

/** Another write that belongs to the same user action, made in the grade's transaction (an assignment's progress). */
export interface AlongsideWrite {
	tables: readonly Table[];
	write: () => PromiseLike<unknown>;
}

export interface RecordOptions {
	/** Today's limits and when today began (epoch ms); absent for practice of chosen items and assignments. */
	limits?: DailyLimits & { dayStartMs: number };
	alongside?: AlongsideWrite;
}

/** What a study session reads from storage, together: its cards, the set-aside flags and today's counts. */
export interface StudyDay {
	cards: Map<string, Card>;
	flags: ItemFlags[];
	counts: DayCounts;
}

export class StudyRepository {
	constructor(readonly db: QaitalaDb) {}

	/**
	 * Saves a grade: the card's new state and its review row in one transaction, and the only place
	 * that writes them. Inside that transaction the stored card must still be `review.cardBefore`
	 * (the card that was shown) and today's limits, counted from the log, must allow it; otherwise
	 * nothing is written and the refusal comes back. Returns the row's id (for undo).
	 */
	async recordReview(card: Card, review: Review, { limits, alongside }: RecordOptions = {}): Promise<RecordResult> {
		if (card.itemId !== review.itemId) throw new MismatchedReviewError(card.itemId, review.itemId);
		try {
			const tables = [this.db.cards, this.db.reviews, ...(alongside?.tables ?? [])];
			return await this.db.transaction('rw', tables, async (): Promise<RecordResult> => {
				const stored = await this.db.cards.get(card.itemId);
				if (!isSameCard(stored, review.cardBefore)) return { ok: false, refusal: 'changedElsewhere' };
				if (limits) {
					const broken = brokenLimit(
						review.cardBefore?.state ?? null,
						limits,
						await this.loadDayCounts(limits.dayStartMs)
					);
					if (broken) return { ok: false, refusal: broken };
				}
				await this.db.cards.put(card);
				const reviewId = (await this.db.reviews.add({ ...review })) as number;
				await alongside?.write();
				return { ok: true, reviewId };
			});
		} catch (error) {
			if (isQuotaExceeded(error)) return { ok: false, refusal: 'storageFull' };
			throw error;
		}
	}

	/**
	 * Takes back a review: its row goes, and the card returns to exactly what it was before (or is
	 * removed if the item was new). Only while the stored card is still `cardAfter`, the card that
	 * review made: once another tab graded it again, taking it back would lose that grade.
	 */
	async undoReview(reviewId: number, cardAfter: Card): Promise<UndoResult> {
		try {
			return await this.db.transaction('rw', this.db.cards, this.db.reviews, async (): Promise<UndoResult> => {
				const row = await this.db.reviews.get(reviewId);
				const stored = await this.db.cards.get(cardAfter.itemId);
				if (!row || row.itemId !== cardAfter.itemId || !isSameCard(stored, cardAfter))
					return { ok: false, refusal: 'changedElsewhere' };
				await this.db.reviews.delete(reviewId);
				if (row.cardBefore) await this.db.cards.put(row.cardBefore);
				else await this.db.cards.delete(row.itemId);
				return { ok: true, cardBefore: row.cardBefore };
			});
		} catch (error) {
			if (isQuotaExceeded(error)) return { ok: false, refusal: 'storageFull' };
			throw error;
		}
	}

	/** Counts for the daily limits (new items introduced, review cards graded) from the log since `dayStartMs`. */
	async loadDayCounts(dayStartMs: number): Promise<DayCounts> {
		return countDay(await this.db.reviews.where('reviewedAt').aboveOrEqual(dayStartMs).toArray());
	}

	/**
	 * A session's cards, the set-aside flags and today's counts; every read starts at once, so `watch`
	 * sees them all. `checked`: false for the re-reads that follow each change, once the first read has
	 * checked (and repaired) the session's rows: the app writes only valid rows, so a grade's re-read
	 * does no more than read.
	 */
	async loadStudyDay(itemIds: readonly string[], dayStartMs: number, checked = true): Promise<StudyDay> {
		const [cards, flags, counts] = await Promise.all([
			this.loadCards(itemIds, checked),
			this.loadItemFlags(),
			this.loadDayCounts(dayStartMs)
		]);
		return { cards, flags, counts };
	}

	/**
	 * Calls `onChange` with what `read` returns, now and after every change to this database, made in
	 * this tab or another, until the returned stop is called. Reads run one at a time, in order, and
	 * FOLLOW_DELAY_MS after the change: a grade's own save is read back once its next card has
	 * painted, not while it paints.
	 */
	watch<T>(read: () => Promise<T>, onChange: (value: T) => void, onError?: (error: unknown) => void): () => void {
		let isStopped = false;
		let reading = Promise.resolve();
		const reread = () => {
			reading = reading.then(async () => {
				if (isStopped) return;
				try {
					const value = await read();
					if (!isStopped) onChange(value);
				} catch (error) {
					if (!isStopped) onError?.(error);
				}
			});
		};
		reread();
		const stopWatching = watchDatabaseChanges(this.db.name, reread, FOLLOW_DELAY_MS);
		return () => {
			isStopped = true;
			stopWatching();
		};
	}

	/** Cards of the given items (all cards when `itemIds` is omitted), keyed by item id; a bad row is repaired first. */
	async loadCards(itemIds?: readonly string[], checked = true): Promise<Map<string, Card>> {
		const rows = itemIds ? await this.db.cards.bulkGet([...itemIds]) : await this.db.cards.toArray();
		if (!checked) return new Map(rows.filter((row) => row !== undefined).map((c) => [c.itemId, c]));
		// Nothing stored yet (a new student): nothing to check, and the check's code need not load.
		if (rows.every((row) => row === undefined)) return new Map();
		// Loaded here, not at start: the home page never needs the row schemas.
		const { DatabaseCheck } = await import('./database-check');
		const cards = await new DatabaseCheck(this.db).usableCards(rows);
		return new Map(cards.map((c) => [c.itemId, c]));
	}

	/** Ids of the items that have a card, read from the key alone (cheap with thousands of cards). */
	async loadCardItemIds(): Promise<Set<string>> {
		return new Set((await this.db.cards.toCollection().primaryKeys()) as string[]);
	}

	/**
	 * Ids of the cards due at `now` as a session counts them (isDueNow): keys from the `dueAt` index,
	 * plus the few learning cards coming back within LEARN_AHEAD_MS, read whole.
	 */
	async loadDueItemIds(now: number): Promise<Set<string>> {
		const [due, soon] = await Promise.all([
			this.db.cards.where('dueAt').belowOrEqual(now).primaryKeys(),
			this.db.cards
				.where('dueAt')
				.between(now, now + LEARN_AHEAD_MS, false, true)
				.toArray()
		]);
		return new Set([...(due as string[]), ...soon.filter((card) => isDueNow(card, now)).map((card) => card.itemId)]);
	}

	/** Today in figures: the limits' counts, and how many items were answered how many times. */
	async loadDaySummary(dayStartMs: number): Promise<DaySummary> {
		return summarizeDay(
			await this.db.reviews
				.where('reviewedAt')
				.between(dayStartMs, startOfNextLocalDay(dayStartMs), true, false)
				.toArray()
		);
	}

	/** How many reviews fall in [fromMs, toMs), counted on the index. */
	async countReviewsBetween(fromMs: number, toMs: number): Promise<number> {
		return this.db.reviews.where('reviewedAt').between(fromMs, toMs, true, false).count();
	}

	/** What statistics need of each review since `sinceMs`, oldest first. */
	async loadReviewFacts(sinceMs: number): Promise<ReviewFact[]> {
		const rows = await this.db.reviews.where('reviewedAt').aboveOrEqual(sinceMs).toArray();
		return rows.map((r) => ({ reviewedAt: r.reviewedAt, grade: r.grade, stateBefore: r.cardBefore?.state ?? null }));
	}

	/** Days in a row with a review, up to today (or yesterday, if today has none yet), a count per day. */
	async countStreakDays(now: number): Promise<number> {
		return studyStreakByDay((day) => this.countReviewsBetween(day, startOfNextLocalDay(day)), now, startOfLocalDay);
	}

	/** Calls `onChange` after every write to this database, in this tab or another; returns the stop. */
	watchChanges(onChange: () => void): () => void {
		return watchDatabaseChanges(this.db.name, onChange);
	}

	async countReviewsSince(sinceMs: number): Promise<number> {
		return this.db.reviews.where('reviewedAt').aboveOrEqual(sinceMs).count();
	}

	/** Every item the learner buried or suspended (including burials that have run out). */
	async loadItemFlags(): Promise<ItemFlags[]> {
		return this.db.itemFlags.toArray();
	}

	/** Keeps an item out of sessions until `untilMs` (the start of tomorrow, for "bury"). */
	async buryItem(itemId: string, untilMs: number): Promise<void> {
		await this.db.transaction('rw', this.db.itemFlags, async () => {
			const flags = await this.db.itemFlags.get(itemId);
			await this.db.itemFlags.put({ itemId, isSuspended: flags?.isSuspended ?? false, buriedUntil: untilMs });
		});
	}

	/** Suspends an item (out of every session until taken back) or takes the suspension back. */
	async setSuspended(itemId: string, isSuspended: boolean): Promise<void> {
		await this.db.transaction('rw', this.db.itemFlags, async () => {
			const flags = await this.db.itemFlags.get(itemId);
			await this.db.itemFlags.put({ itemId, buriedUntil: flags?.buriedUntil, isSuspended });
		});
	}

	/** Stored settings, checked field by field; defaults where a field is missing or bad. */
	async loadSettings(fallbackLanguage: Language): Promise<Settings> {
		const row = await this.db.settings.get(SETTINGS_KEY);
		return sanitizeSettings(row?.value, defaultSettings(fallbackLanguage));
	}

	async saveSettings(settings: Settings): Promise<void> {
		await this.db.settings.put({ key: SETTINGS_KEY, value: sanitizeSettings(settings) });
	}

	/** The learner's exam plan, or undefined when there is none (or the stored one is unreadable). */
	async loadExamPlan(): Promise<ExamPlan | undefined> {
		const [row, { readExamPlan }] = await Promise.all([
			this.db.settings.get(EXAM_PLAN_KEY),
			import('../domain/study/exam-plan')
		]);
		return readExamPlan(row?.value);
	}

	/** Saves a checked plan (a bad one throws and nothing is stored); undefined removes it. */
	async saveExamPlan(plan: ExamPlan | undefined): Promise<void> {
		if (!plan) return this.db.settings.delete(EXAM_PLAN_KEY);
		const { readExamPlan } = await import('../domain/study/exam-plan');
		const checked = readExamPlan(plan);
		if (!checked) throw new RangeError('invalid exam plan');
		await this.db.settings.put({ key: EXAM_PLAN_KEY, value: checked });
	}

	/**
	 * Moves cards' due dates earlier (an exam plan). A card is moved only while it is still stored as
	 * it was read, so a grade from another tab since then wins. Returns how many moved.
	 */
	async bringForward(moves: readonly { card: Card; dueAt: number }[]): Promise<number> {
		if (moves.length === 0) return 0;
		return this.db.transaction('rw', this.db.cards, async () => {
			const stored = await this.db.cards.bulkGet(moves.map((m) => m.card.itemId));
			const moved = moves.filter((m, i) => m.dueAt < m.card.dueAt && isSameCard(stored[i], m.card));
			await this.db.cards.bulkPut(moved.map((m) => ({ ...m.card, dueAt: m.dueAt })));
			return moved.length;
		});
	}
}

let shared: StudyRepository | undefined;

export function getStudyRepository(): StudyRepository {
	shared ??= new StudyRepository(getDb());
	return shared;
}
