/**
 * What the app does with its stored data, said in its own words. One user action is one
 * read-write transaction: a grade writes the card and its review row together or not at all.
 */
import type { Card, Review } from '../domain/study/card';
import type { ReviewFact } from '../domain/study/stats';
import type { ItemFlags } from '../domain/study/flags';
import { defaultSettings, sanitizeSettings, type Settings } from '../domain/settings';
import type { Language } from '../domain/language';
import { QaitalaDb } from './db';
import { TestAttemptRepository } from './test-attempts';
import { AssignmentRepository } from './assignments';

const SETTINGS_KEY = 'settings';

export class StudyRepository {
	constructor(readonly db: QaitalaDb) {}

	/** Saves the card's new state and its review row in one transaction; returns the row's id (for undo). */
	async recordReview(card: Card, review: Review): Promise<number> {
		return this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
			await this.db.cards.put(card);
			return (await this.db.reviews.add({ ...review })) as number;
		});
	}

	/**
	 * Takes back a review: its row goes, and the card returns to exactly what it was before (or is
	 * removed if the item was new). Returns that earlier card, or null.
	 */
	async undoReview(reviewId: number): Promise<Card | null> {
		return this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
			const row = await this.db.reviews.get(reviewId);
			if (!row) throw new Error(`no review ${reviewId} to undo`);
			await this.db.reviews.delete(reviewId);
			if (row.cardBefore) await this.db.cards.put(row.cardBefore);
			else await this.db.cards.delete(row.itemId);
			return row.cardBefore;
		});
	}

	/** Cards of the given items (all cards when `itemIds` is omitted), keyed by item id; a bad row is repaired first. */
	async loadCards(itemIds?: readonly string[]): Promise<Map<string, Card>> {
		const rows = itemIds ? await this.db.cards.bulkGet([...itemIds]) : await this.db.cards.toArray();
		// Loaded here, not at start: the home page never needs the row schemas.
		const { DatabaseCheck } = await import('./database-check');
		const cards = await new DatabaseCheck(this.db).usableCards(rows);
		return new Map(cards.map((c) => [c.itemId, c]));
	}

	/** Ids of the items that have a card, read from the key alone (cheap with thousands of cards). */
	async loadCardItemIds(): Promise<Set<string>> {
		return new Set((await this.db.cards.toCollection().primaryKeys()) as string[]);
	}

	/** Ids of the cards due at `now`, from the `dueAt` index alone. */
	async loadDueItemIds(now: number): Promise<Set<string>> {
		return new Set((await this.db.cards.where('dueAt').belowOrEqual(now).primaryKeys()) as string[]);
	}

	/** How many reviews fall in [fromMs, toMs), counted on the index. */
	async countReviewsBetween(fromMs: number, toMs: number): Promise<number> {
		return this.db.reviews.where('reviewedAt').between(fromMs, toMs, true, false).count();
	}

	/** How many new items were introduced since `sinceMs` (for the daily new-card limit). */
	async countNewCardsSince(sinceMs: number): Promise<number> {
		return this.db.reviews
			.where('reviewedAt')
			.aboveOrEqual(sinceMs)
			.filter((r) => r.cardBefore === null)
			.count();
	}

	/** What statistics need of each review since `sinceMs`, oldest first. */
	async loadReviewFacts(sinceMs: number): Promise<ReviewFact[]> {
		const rows = await this.db.reviews.where('reviewedAt').aboveOrEqual(sinceMs).toArray();
		return rows.map((r) => ({ reviewedAt: r.reviewedAt, grade: r.grade, stateBefore: r.cardBefore?.state ?? null }));
	}

	/** How many cards already in review (not new, not learning) were graded since `sinceMs`: the daily review limit. */
	async countReviewCardsSince(sinceMs: number): Promise<number> {
		return this.db.reviews
			.where('reviewedAt')
			.aboveOrEqual(sinceMs)
			.filter((r) => r.cardBefore?.state === 'review')
			.count();
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
}

let sharedDb: QaitalaDb | undefined;
let shared: StudyRepository | undefined;
let sharedTests: TestAttemptRepository | undefined;

/** The app's database, opened on first use in the browser (never during prerendering). */
export function getDb(): QaitalaDb {
	if (!sharedDb) {
		const db = (sharedDb = new QaitalaDb());
		// The check (and the row schemas it brings) loads after the page, off the first paint's path.
		import('./database-check').then(({ checkAfterUpgrade }) => checkAfterUpgrade(db)).catch(() => undefined);
	}
	return sharedDb;
}

export function getRepository(): StudyRepository {
	shared ??= new StudyRepository(getDb());
	return shared;
}

export function getTestAttempts(): TestAttemptRepository {
	sharedTests ??= new TestAttemptRepository(getDb());
	return sharedTests;
}

let sharedAssignments: AssignmentRepository | undefined;

export function getAssignments(): AssignmentRepository {
	sharedAssignments ??= new AssignmentRepository(getDb());
	return sharedAssignments;
}
