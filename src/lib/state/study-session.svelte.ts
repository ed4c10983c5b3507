/**
 * One flashcard session: joins the queue and scheduler (domain) with the repository (storage)
 * for the study page. `now` comes from an injected clock so tests can pin it.
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Card, Grade } from '../domain/study/card';
import { countCards, countRemaining, pickNextCard, type QueueInput } from '../domain/study/queue';
import type { GradeOutcome, Scheduler } from '../domain/study/scheduler';
import type { StudyRepository } from '../storage/repository';

/** How many grades of a session can be taken back, one after another. */
export const MAX_UNDO = 20;

export interface StudySessionOptions {
	items: readonly LocalizedItem[];
	cards: Map<string, Card>;
	newCardsLeft: number;
	/** Reviews of learnt cards still allowed today; unlimited when absent. */
	reviewsLeft?: number;
	/** Items buried or suspended: left out of this session. */
	hidden?: ReadonlySet<string>;
	repository: StudyRepository;
	scheduler: Scheduler;
	clock?: () => number;
}

export class StudySession {
	// Filled once by the constructor; the deriveds below first run after it.
	#items = new Map<string, LocalizedItem>();
	#itemIds: readonly string[] = [];
	readonly #repository: StudyRepository;
	readonly #scheduler: Scheduler;
	readonly #clock: () => number;

	#cards = $state.raw(new Map<string, Card>());
	#newCardsLeft = $state(0);
	#reviewsLeft = $state(Infinity);
	#hidden = $state.raw<ReadonlySet<string>>(new Set());
	#now = $state(0);
	#isSaving = $state(false);
	/** Reviews of this session that can be taken back, latest last. */
	#undoable = $state<{ reviewId: number; itemId: string; wasNew: boolean; wasReview: boolean }[]>([]);
	/** After an undo, the card taken back is shown again whatever the queue says. */
	#shownAgain = $state<string>();

	revealed = $state(false);
	saveFailed = $state(false);
	reviewedCount = $state(0);

	get #queueInput(): QueueInput {
		return {
			itemIds: this.#itemIds,
			cards: this.#cards,
			now: this.#now,
			newCardsLeft: this.#newCardsLeft,
			reviewsLeft: this.#reviewsLeft,
			exclude: this.#hidden
		};
	}

	readonly next = $derived(
		this.#shownAgain
			? { itemId: this.#shownAgain, isNew: !this.#cards.has(this.#shownAgain) }
			: pickNextCard(this.#queueInput)
	);
	readonly currentItem = $derived(this.next ? this.#items.get(this.next.itemId) : undefined);
	readonly currentCard = $derived(this.next ? this.#cards.get(this.next.itemId) : undefined);
	readonly outcomes = $derived.by((): Record<Grade, GradeOutcome> | undefined =>
		this.next ? this.#scheduler.preview(this.next.itemId, this.currentCard, this.#now) : undefined
	);
	readonly remaining = $derived(countRemaining(this.#queueInput));
	/** True when new cards remain but today's limit stops them. */
	readonly isNewLimitReached = $derived(
		this.#newCardsLeft <= 0 && countCards(this.#itemIds, this.#cards, this.#now, this.#hidden).newCount > 0
	);
	readonly isSaving = $derived(this.#isSaving);
	readonly canUndo = $derived(this.#undoable.length > 0);

	constructor({ items, cards, newCardsLeft, reviewsLeft, hidden, repository, scheduler, clock = Date.now }: StudySessionOptions) {
		this.#items = new Map(items.map((i) => [i.id, i]));
		this.#itemIds = items.map((i) => i.id);
		this.#repository = repository;
		this.#scheduler = scheduler;
		this.#clock = clock;
		this.#cards = cards;
		this.#newCardsLeft = newCardsLeft;
		this.#hidden = hidden ?? new Set();
		this.#reviewsLeft = reviewsLeft ?? Infinity;
		this.#now = clock();
	}

	reveal(): void {
		if (this.next) this.revealed = true;
	}

	/** Grades the current card; on a storage failure nothing changes and `saveFailed` is set. */
	async grade(grade: Grade): Promise<void> {
		const next = this.next;
		if (!next || !this.revealed || this.#isSaving) return;
		this.#isSaving = true;
		const now = this.#clock();
		const before = this.#cards.get(next.itemId);
		const outcome = this.#scheduler.grade(next.itemId, before, grade, now);
		let reviewId: number;
		try {
			reviewId = await this.#repository.recordReview(outcome.card, outcome.review);
		} catch {
			this.saveFailed = true;
			return;
		} finally {
			this.#isSaving = false;
		}
		this.saveFailed = false;
		const wasReview = before?.state === 'review';
		this.#undoable = [...this.#undoable.slice(-(MAX_UNDO - 1)), { reviewId, itemId: next.itemId, wasNew: next.isNew, wasReview }];
		if (wasReview) this.#reviewsLeft--;
		this.#shownAgain = undefined;
		this.#cards = new Map(this.#cards).set(outcome.card.itemId, outcome.card);
		if (next.isNew) this.#newCardsLeft--;
		this.reviewedCount++;
		this.revealed = false;
		this.#now = this.#clock();
	}

	/** Takes back the latest grade of this session: the card returns to exactly its earlier state and is shown again. */
	async undo(): Promise<void> {
		const last = this.#undoable.at(-1);
		if (!last || this.#isSaving) return;
		this.#isSaving = true;
		let before: Card | null;
		try {
			before = await this.#repository.undoReview(last.reviewId);
		} catch {
			this.saveFailed = true;
			return;
		} finally {
			this.#isSaving = false;
		}
		this.#undoable = this.#undoable.slice(0, -1);
		const cards = new Map(this.#cards);
		if (before) cards.set(last.itemId, before);
		else cards.delete(last.itemId);
		this.#cards = cards;
		if (last.wasNew) this.#newCardsLeft++;
		if (last.wasReview) this.#reviewsLeft++;
		this.reviewedCount--;
		this.revealed = false;
		this.#shownAgain = last.itemId;
	}

	/** Keeps the current card out of sessions until `untilMs` (for "bury until tomorrow"). */
	async bury(untilMs: number): Promise<void> {
		await this.#setAside((itemId) => this.#repository.buryItem(itemId, untilMs));
	}

	/** Takes the current card out of every session until it is unsuspended (from Browse). */
	async suspend(): Promise<void> {
		await this.#setAside((itemId) => this.#repository.setSuspended(itemId, true));
	}

	async #setAside(store: (itemId: string) => Promise<void>): Promise<void> {
		const itemId = this.next?.itemId;
		if (!itemId || this.#isSaving) return;
		this.#isSaving = true;
		try {
			await store(itemId);
		} catch {
			this.saveFailed = true;
			return;
		} finally {
			this.#isSaving = false;
		}
		this.saveFailed = false;
		this.#hidden = new Set(this.#hidden).add(itemId);
		this.#shownAgain = undefined;
		this.revealed = false;
	}

	/** Re-reads the clock so learning cards that came due while the page sat open appear. */
	refresh(): void {
		this.#now = this.#clock();
	}
}
