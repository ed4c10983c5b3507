import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/domain/study/card';
import {
	countFromIds,
	countQueue,
	countRemaining,
	isDueNow,
	pickNextCard,
	reviewAheadIds
} from '$lib/domain/study/queue';
import { MINUTE_MS } from '$lib/domain/study/time';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

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
