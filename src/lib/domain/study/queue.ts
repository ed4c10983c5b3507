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
export function pickNextCard({
	itemIds,
	cards,
	now,
	newCardsLeft,
	reviewsLeft = Infinity,
	exclude
}: QueueInput): NextCard | null {
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

const isLearning = (card: Card) => card.state === 'learning' || card.state === 'relearning';

/**
 * Whether a card is due at `now` as every page counts it: a card in review once its day has come, a
 * learning card also when it comes back within LEARN_AHEAD_MS (a session shows it then anyway).
 */
export function isDueNow(card: Card, now: number): boolean {
	return card.dueAt <= now + (isLearning(card) ? LEARN_AHEAD_MS : 0);
}

/** What a session still has to show, by kind, the way Anki counts: each figure moves only when its cards do. */
export interface QueueCounts {
	/** New items it may still introduce today. */
	newCount: number;
	/** Learning and relearning cards due now or soon: a wrong answer puts a card back here. */
	learningCount: number;
	/** Cards in review due now, within today's review limit. */
	reviewCount: number;
}

/**
 * What countQueue counts before the daily limits, taken at `countedAt`. It holds, unchanged by time
 * alone, until `changesAt` (the first moment a card not yet due comes due), so a grade can update it
 * (tallyWithCard) instead of a recount of every item.
 */
export interface QueueTally {
	newItems: number;
	learning: number;
	reviews: number;
	countedAt: number;
	changesAt: number;
}

/** When a card first counts as due (isDueNow). */
const dueFrom = (card: Card) => card.dueAt - (isLearning(card) ? LEARN_AHEAD_MS : 0);

/** One full pass over the session's items. */
export function tallyQueue({ itemIds, cards, now, exclude }: Omit<QueueInput, 'newCardsLeft'>): QueueTally {
	const tally: QueueTally = { newItems: 0, learning: 0, reviews: 0, countedAt: now, changesAt: Infinity };
	for (const itemId of itemIds) {
		if (exclude?.has(itemId)) continue;
		addCard(tally, cards.get(itemId), now, 1);
	}
	return tally;
}

function addCard(tally: QueueTally, card: Card | undefined, now: number, sign: 1 | -1): void {
	if (!card) tally.newItems += sign;
	else if (isDueNow(card, now)) {
		if (isLearning(card)) tally.learning += sign;
		else tally.reviews += sign;
	} else if (sign > 0) tally.changesAt = Math.min(tally.changesAt, dueFrom(card));
}

/**
 * The tally after one item of the session (not excluded) went from `before` to `after` (undefined:
 * new), at `now`; undefined when time alone has changed the counts since, and only a recount is exact.
 */
export function tallyWithCard(
	tally: QueueTally,
	before: Card | undefined,
	after: Card | undefined,
	now: number
): QueueTally | undefined {
	if (now < tally.countedAt || now >= tally.changesAt) return undefined;
	const next = { ...tally, countedAt: now };
	addCard(next, before, now, -1);
	addCard(next, after, now, 1);
	return next;
}

/** The counts a tally gives within today's limits. */
export function countsOfTally(
	{ newItems, learning, reviews }: QueueTally,
	newCardsLeft: number,
	reviewsLeft = Infinity
): QueueCounts {
	return {
		newCount: Math.min(newItems, Math.max(0, newCardsLeft)),
		learningCount: learning,
		reviewCount: Math.min(reviews, Math.max(0, reviewsLeft))
	};
}

export function countQueue(input: QueueInput): QueueCounts {
	return countsOfTally(tallyQueue(input), input.newCardsLeft, input.reviewsLeft);
}

/** How many cards a session still has to show: the sum of countQueue's three. */
export function countRemaining(input: QueueInput): number {
	const { newCount, learningCount, reviewCount } = countQueue(input);
	return newCount + learningCount + reviewCount;
}

export interface TopicCounts {
	newCount: number;
	dueCount: number;
	total: number;
}

/**
 * New and due counts of a topic from ids alone: which items have a card, and which cards are due
 * now (isDueNow). The home page reads ids from IndexedDB's keys, far cheaper than whole cards.
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

/** How many studied cards "review ahead" offers at once, soonest due first. */
export const REVIEW_AHEAD_LIMIT = 20;

/** Studied cards among `itemIds` that are not due yet, soonest first: what "review ahead" shows. */
export function reviewAheadIds(
	itemIds: readonly string[],
	cards: ReadonlyMap<string, Card>,
	now: number,
	exclude?: ReadonlySet<string>,
	limit = REVIEW_AHEAD_LIMIT
): string[] {
	return itemIds
		.flatMap((itemId) => {
			const card = cards.get(itemId);
			return card && !exclude?.has(itemId) && !isDueNow(card, now) ? [card] : [];
		})
		.sort((a, b) => a.dueAt - b.dueAt)
		.slice(0, limit)
		.map((card) => card.itemId);
}
