/**
 * One flashcard session: joins the queue and scheduler (domain) with the repository (storage)
 * for the study page. `now` comes from an injected clock so tests can pin it.
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Card, Grade } from '../domain/study/card';
import { countCards, countRemaining, pickNextCard } from '../domain/study/queue';
import type { GradeOutcome, Scheduler } from '../domain/study/scheduler';
import type { StudyRepository } from '../storage/repository';

export interface StudySessionOptions {
	items: readonly LocalizedItem[];
	cards: Map<string, Card>;
	newCardsLeft: number;
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
	#now = $state(0);
	#isSaving = $state(false);

	revealed = $state(false);
	saveFailed = $state(false);
	reviewedCount = $state(0);

	readonly next = $derived(
		pickNextCard({ itemIds: this.#itemIds, cards: this.#cards, now: this.#now, newCardsLeft: this.#newCardsLeft })
	);
	readonly currentItem = $derived(this.next ? this.#items.get(this.next.itemId) : undefined);
	readonly currentCard = $derived(this.next ? this.#cards.get(this.next.itemId) : undefined);
	readonly outcomes = $derived.by((): Record<Grade, GradeOutcome> | undefined =>
		this.next ? this.#scheduler.preview(this.next.itemId, this.currentCard, this.#now) : undefined
	);
	readonly remaining = $derived(
		countRemaining({ itemIds: this.#itemIds, cards: this.#cards, now: this.#now, newCardsLeft: this.#newCardsLeft })
	);
	/** True when new cards remain but today's limit stops them. */
	readonly isNewLimitReached = $derived(
		this.#newCardsLeft <= 0 && countCards(this.#itemIds, this.#cards, this.#now).newCount > 0
	);
	readonly isSaving = $derived(this.#isSaving);

	constructor({ items, cards, newCardsLeft, repository, scheduler, clock = Date.now }: StudySessionOptions) {
		this.#items = new Map(items.map((i) => [i.id, i]));
		this.#itemIds = items.map((i) => i.id);
		this.#repository = repository;
		this.#scheduler = scheduler;
		this.#clock = clock;
		this.#cards = cards;
		this.#newCardsLeft = newCardsLeft;
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
		const outcome = this.#scheduler.grade(next.itemId, this.#cards.get(next.itemId), grade, now);
		try {
			await this.#repository.recordReview(outcome.card, outcome.review);
		} catch {
			this.saveFailed = true;
			return;
		} finally {
			this.#isSaving = false;
		}
		this.saveFailed = false;
		this.#cards = new Map(this.#cards).set(outcome.card.itemId, outcome.card);
		if (next.isNew) this.#newCardsLeft--;
		this.reviewedCount++;
		this.revealed = false;
		this.#now = this.#clock();
	}

	/** Re-reads the clock so learning cards that came due while the page sat open appear. */
	refresh(): void {
		this.#now = this.#clock();
	}
}
