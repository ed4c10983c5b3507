import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Card } from '$lib/domain/study/card';
import {
	countFromIds,
	countQueue,
	countRemaining,
	isDueNow,
	pickNextCard,
	reviewAheadIds,
	tallyQueue,
	tallyWithCard
} from '$lib/domain/study/queue';
import { MINUTE_MS } from '$lib/domain/study/time';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const DAY = 24 * 60 * MINUTE_MS;

function card(itemId: string, dueAt: number, state: Card['state'] = 'review'): Card {
	return { itemId, state, dueAt, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0 };
}

describe('pickNextCard', () => {
	const itemIds = ['a', 'b', 'c', 'd'];

	it('shows due cards first, earliest due first', () => {
		const cards = new Map([
			['b', card('b', NOW - 5 * MINUTE_MS)],
			['c', card('c', NOW - 60 * MINUTE_MS)]
		]);
		expect(pickNextCard({ itemIds, cards, now: NOW, newCardsLeft: 5 })).toEqual({ itemId: 'c', isNew: false });
	});

	it('then new cards in bank order while the daily limit allows', () => {
		const cards = new Map([['a', card('a', NOW + 86_400_000)]]);
		expect(pickNextCard({ itemIds, cards, now: NOW, newCardsLeft: 1 })).toEqual({ itemId: 'b', isNew: true });
		expect(pickNextCard({ itemIds, cards, now: NOW, newCardsLeft: 0 })).toBeNull();
	});

	it('then learning cards due within the learn-ahead window', () => {
		const cards = new Map([
			['a', card('a', NOW + 10 * MINUTE_MS, 'learning')],
			['b', card('b', NOW + 5 * MINUTE_MS, 'review')]
		]);
		expect(pickNextCard({ itemIds: ['a', 'b'], cards, now: NOW, newCardsLeft: 0 })).toEqual({
			itemId: 'a',
			isNew: false
		});
		const later = new Map([['a', card('a', NOW + 30 * MINUTE_MS, 'learning')]]);
		expect(pickNextCard({ itemIds: ['a'], cards: later, now: NOW, newCardsLeft: 0 })).toBeNull();
	});

	it('skips excluded items', () => {
		expect(pickNextCard({ itemIds, cards: new Map(), now: NOW, newCardsLeft: 9, exclude: new Set(['a']) })).toEqual({
			itemId: 'b',
			isNew: true
		});
	});
});

describe('countRemaining', () => {
	it('counts due cards, learning cards coming back soon and new cards within the limit', () => {
		const cards = new Map([
			['a', card('a', NOW - 1)],
			['b', card('b', NOW + 5 * MINUTE_MS, 'learning')],
			['c', card('c', NOW + 5 * MINUTE_MS, 'review')],
			['d', card('d', NOW + 60 * MINUTE_MS, 'relearning')]
		]);
		const itemIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		expect(countRemaining({ itemIds, cards, now: NOW, newCardsLeft: 2 })).toBe(4);
		expect(countRemaining({ itemIds, cards, now: NOW, newCardsLeft: 0 })).toBe(2);
		expect(countQueue({ itemIds, cards, now: NOW, newCardsLeft: 2 })).toEqual({
			newCount: 2,
			learningCount: 1,
			reviewCount: 1
		});
	});
});

describe('the daily review limit', () => {
	const cards = new Map([
		['a', card('a', NOW - 10, 'review')],
		['b', card('b', NOW - 5, 'relearning')]
	]);

	it('holds back cards in review once reached, never learning steps', () => {
		expect(pickNextCard({ itemIds: ['a', 'b'], cards, now: NOW, newCardsLeft: 0, reviewsLeft: 1 })).toEqual({
			itemId: 'a',
			isNew: false
		});
		expect(pickNextCard({ itemIds: ['a', 'b'], cards, now: NOW, newCardsLeft: 0, reviewsLeft: 0 })).toEqual({
			itemId: 'b',
			isNew: false
		});
		expect(countRemaining({ itemIds: ['a', 'b'], cards, now: NOW, newCardsLeft: 0, reviewsLeft: 0 })).toBe(1);
		expect(countRemaining({ itemIds: ['a', 'b'], cards, now: NOW, newCardsLeft: 0 })).toBe(2);
	});
});

describe('countFromIds', () => {
	it('counts due what a session would show now, new what it could introduce: the figures agree page to page', () => {
		const cards = new Map([
			['a', card('a', NOW - 1)],
			['b', card('b', NOW + 1)],
			['c', card('c', NOW + 5 * MINUTE_MS, 'learning')]
		]);
		const itemIds = ['a', 'b', 'c', 'd'];
		const due = new Set([...cards.values()].filter((c) => isDueNow(c, NOW)).map((c) => c.itemId));
		for (const exclude of [undefined, new Set(['a']), new Set(['d'])]) {
			const session = countQueue({ itemIds, cards, now: NOW, newCardsLeft: Infinity, exclude });
			expect(countFromIds(itemIds, new Set(cards.keys()), due, exclude)).toEqual({
				newCount: session.newCount,
				dueCount: session.learningCount + session.reviewCount,
				total: 4
			});
		}
	});
});

describe('reviewAheadIds', () => {
	it('lists studied cards not due yet, soonest first, leaving out set-aside ones and up to the limit', () => {
		const cards = new Map([
			['a', card('a', NOW + 3 * 86_400_000)],
			['b', card('b', NOW - 1)],
			['c', card('c', NOW + 86_400_000)],
			['d', card('d', NOW + 2 * 86_400_000)]
		]);
		expect(reviewAheadIds(['a', 'b', 'c', 'd', 'e'], cards, NOW)).toEqual(['c', 'd', 'a']);
		expect(reviewAheadIds(['a', 'b', 'c', 'd', 'e'], cards, NOW, new Set(['c']), 1)).toEqual(['d']);
	});
});

describe('tallyWithCard', () => {
	const itemIds = ['a', 'b', 'c', 'd', 'e', 'f'];
	const states = ['learning', 'relearning', 'review'] as const;
	const cardArb = fc.option(
		fc.record({
			state: fc.constantFrom(...states),
			dueIn: fc.integer({ min: -60, max: 60 }).map((m) => m * MINUTE_MS)
		}),
		{ nil: undefined }
	);
	const toCard = (itemId: string, c: { state: Card['state']; dueIn: number } | undefined, now: number) =>
		c && card(itemId, now + c.dueIn, c.state);

	it('equals a full recount after any sequence of grades, as time goes on (or says a recount is needed)', () => {
		let updates = 0;
		fc.assert(
			fc.property(
				fc.array(cardArb, { minLength: itemIds.length, maxLength: itemIds.length }),
				fc.subarray(itemIds),
				fc.array(
					fc.record({
						item: fc.constantFrom(...itemIds),
						after: cardArb,
						wait: fc.integer({ min: 0, max: 30 }).map((m) => m * MINUTE_MS)
					}),
					{ maxLength: 20 }
				),
				(start, excluded, grades) => {
					let now = NOW;
					const exclude = new Set(excluded);
					const cards = new Map<string, Card>();
					itemIds.forEach((id, i) => {
						const c = toCard(id, start[i], now);
						if (c) cards.set(id, c);
					});
					let tally = tallyQueue({ itemIds, cards, now, exclude });
					for (const { item, after, wait } of grades) {
						now += wait;
						if (exclude.has(item)) continue;
						const before = cards.get(item);
						const next = toCard(item, after, now);
						if (next) cards.set(item, next);
						else cards.delete(item);
						const updated = tallyWithCard(tally, before, next, now);
						if (updated) updates++; // the incremental path, not only recounts
						tally = updated ?? tallyQueue({ itemIds, cards, now, exclude });
						const full = tallyQueue({ itemIds, cards, now, exclude });
						expect([tally.newItems, tally.learning, tally.reviews]).toEqual([
							full.newItems,
							full.learning,
							full.reviews
						]);
						expect(tally.changesAt).toBeLessThanOrEqual(full.changesAt);
					}
				}
			),
			{ numRuns: 500 }
		);
		expect(updates).toBeGreaterThan(100);
	});

	it('says a recount is needed once a card has come due with time', () => {
		const cards = new Map([['a', card('a', NOW + 30 * MINUTE_MS)]]);
		const tally = tallyQueue({ itemIds: ['a', 'b'], cards, now: NOW });
		expect(tally.changesAt).toBe(NOW + 30 * MINUTE_MS);
		expect(tallyWithCard(tally, undefined, card('b', NOW + DAY), NOW + 31 * MINUTE_MS)).toBeUndefined();
		expect(tallyWithCard(tally, undefined, card('b', NOW + DAY), NOW + MINUTE_MS)).toMatchObject({
			newItems: 0,
			reviews: 0,
			changesAt: NOW + 30 * MINUTE_MS
		});
	});
});
