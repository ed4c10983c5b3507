/** Which card comes next in a study session: due cards first, then new ones within today's limit. */
import type { Card } from './card';
import { MINUTE_MS } from './time';

/** Learning cards due within this window may be shown early when nothing else is left (as Anki does). */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

export interface QueueInput {
	/** The session's items in bank order. */
	itemIds: readonly string[];
	cards: ReadonlyMap<string, Card>;
	now: number;
	/** How many more new items may be introduced today. */
	newCardsLeft: number;
	/** How many more cards in review (not learning) may be shown today; unlimited when absent. */
	reviewsLeft?: number;
	/** Items set aside for this session (e.g. already introduced elsewhere). */
	exclude?: ReadonlySet<string>;
}

export interface NextCard {
	itemId: string;
	isNew: boolean;
}

/** Picks the next card to show, or null when the session is done for now. */
export function pickNextCard({ itemIds, cards, now, newCardsLeft, reviewsLeft = Infinity, exclude }: QueueInput): NextCard | null {
	let earliestDue: Card | undefined;
	let earliestAhead: Card | undefined;
	let firstNew: string | undefined;
	for (const itemId of itemIds) {
		if (exclude?.has(itemId)) continue;
		const card = cards.get(itemId);
		if (!card) {
			firstNew ??= itemId;
			continue;
		}
		if (card.dueAt <= now) {
			if (card.state === 'review' && reviewsLeft <= 0) continue; // today's review limit; learning goes on
			if (!earliestDue || card.dueAt < earliestDue.dueAt) earliestDue = card;
		} else if (card.dueAt <= now + LEARN_AHEAD_MS && (card.state === 'learning' || card.state === 'relearning')) {
			if (!earliestAhead || card.dueAt < earliestAhead.dueAt) earliestAhead = card;
		}
	}
	if (earliestDue) return { itemId: earliestDue.itemId, isNew: false };
	if (firstNew !== undefined && newCardsLeft > 0) return { itemId: firstNew, isNew: true };
	if (earliestAhead) return { itemId: earliestAhead.itemId, isNew: false };
	return null;
}

/** How many cards a session still has to show: due now, learning soon (see LEARN_AHEAD_MS), and new within the limit. */
export function countRemaining({ itemIds, cards, now, newCardsLeft, reviewsLeft = Infinity, exclude }: QueueInput): number {
	let learning = 0;
	let reviews = 0;
	let newCount = 0;
	for (const itemId of itemIds) {
		if (exclude?.has(itemId)) continue;
		const card = cards.get(itemId);
		const isLearning = card?.state === 'learning' || card?.state === 'relearning';
		if (!card) newCount++;
		else if (isLearning && card.dueAt <= now + LEARN_AHEAD_MS) learning++;
		else if (!isLearning && card.dueAt <= now) reviews++;
	}
	return learning + Math.min(reviews, Math.max(0, reviewsLeft)) + Math.min(newCount, Math.max(0, newCardsLeft));
}

export interface TopicCounts {
	newCount: number;
	dueCount: number;
	total: number;
}

/**
 * The same counts as countCards from ids alone: which items have a card and which cards are due.
 * The home page uses it because reading ids from IndexedDB's keys is far cheaper than whole cards.
 */
export function countFromIds(
	itemIds: readonly string[],
	cardIds: ReadonlySet<string>,
	dueIds: ReadonlySet<string>,
	exclude?: ReadonlySet<string>
): TopicCounts {
	let newCount = 0;
	let dueCount = 0;
	for (const itemId of itemIds) {
		if (exclude?.has(itemId)) continue;
		if (!cardIds.has(itemId)) newCount++;
		else if (dueIds.has(itemId)) dueCount++;
	}
	return { newCount, dueCount, total: itemIds.length };
}

/** New (never studied) and due counts for a set of items at `now`, leaving out `exclude` (buried, suspended). */
export function countCards(
	itemIds: readonly string[],
	cards: ReadonlyMap<string, Card>,
	now: number,
	exclude?: ReadonlySet<string>
): TopicCounts {
	let newCount = 0;
	let dueCount = 0;
	for (const itemId of itemIds) {
		if (exclude?.has(itemId)) continue;
		const card = cards.get(itemId);
		if (!card) newCount++;
		else if (card.dueAt <= now) dueCount++;
	}
	return { newCount, dueCount, total: itemIds.length };
}

/**
 * For a practice of chosen items: every card not reviewed since `sinceMs` is due then, whatever
 * its schedule; cards graded during the practice keep their new schedule so the practice ends.
 */
export function dueForPractice(cards: ReadonlyMap<string, Card>, sinceMs: number): Map<string, Card> {
	const due = new Map<string, Card>();
	for (const [itemId, card] of cards) {
		const isStale = (card.lastReviewAt ?? -Infinity) < sinceMs;
		due.set(itemId, isStale && card.dueAt > sinceMs ? { ...card, dueAt: sinceMs } : card);
	}
	return due;
}
