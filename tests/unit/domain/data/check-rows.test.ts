import { describe, expect, it } from 'vitest';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { Review } from '$lib/domain/study/card';
import { defaultSettings } from '$lib/domain/settings';
import { judgeCard, judgeRow, rebuildCardFromLog } from '$lib/domain/data/check-rows';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const scheduler = new Scheduler({ enableFuzz: false });

/** Three grades of item `a`, a day apart: the log and the card they leave. */
function history() {
	const log: Review[] = [];
	let card = undefined as ReturnType<Scheduler['grade']>['card'] | undefined;
	for (const [i, grade] of (['good', 'good', 'easy'] as const).entries()) {
		const outcome = scheduler.grade('a', card, grade, NOW + i * 86_400_000);
		log.push(outcome.review);
		card = outcome.card;
	}
	return { log, card: card! };
}

describe('judgeCard', () => {
	const { log, card } = history();

	it('leaves a valid card alone', () => {
		expect(judgeCard(card, log, scheduler, NOW)).toEqual({ kind: 'valid' });
	});

	it.each([
		['an unknown state', { ...card, state: 'weird' }],
		['a NaN stability', { ...card, stability: NaN }],
		['a missing due date', { ...card, dueAt: undefined }],
		['a due date in year 275760', { ...card, dueAt: 8_640_000_000_000_000 }]
	])('rebuilds a card with %s from its log, exactly as it was', (_, row) => {
		expect(judgeCard(row, log, scheduler, NOW)).toEqual({ kind: 'repair', row: card, repairs: ['cardRebuiltFromLog'] });
	});

	it('rebuilds from the latest review whatever order the log is in', () => {
		expect(rebuildCardFromLog('a', [log[2]!, log[0]!, log[1]!], scheduler)).toEqual(card);
		expect(rebuildCardFromLog('a', [], scheduler)).toBeUndefined();
	});

	it('clamps impossible dates to now when there is no log', () => {
		const verdict = judgeCard({ ...card, dueAt: NaN, lastReviewAt: 8_640_000_000_000_000 }, [], scheduler, NOW);
		expect(verdict).toEqual({
			kind: 'repair',
			row: { ...card, dueAt: NOW, lastReviewAt: NOW },
			repairs: ['datesClamped']
		});
	});

	it('sets aside what neither the log nor a clamp can mend, saying why', () => {
		expect(judgeCard({ ...card, state: 'weird' }, [], scheduler, NOW)).toEqual({
			kind: 'setAside',
			reason: expect.stringContaining('state')
		});
		expect(judgeCard({ ...card, stability: NaN, dueAt: NaN }, [], scheduler, NOW)).toMatchObject({ kind: 'setAside' });
		expect(judgeCard('not a card', log, scheduler, NOW)).toMatchObject({ kind: 'setAside' });
		expect(judgeCard(null, [], scheduler, NOW)).toMatchObject({ kind: 'setAside' });
	});
});

describe('judgeRow', () => {
	const context = { now: NOW };

	it('resets bad fields of the settings record and keeps the good ones', () => {
		const value = { ...defaultSettings('ru'), newCardsPerDay: 1e9, learningSteps: 'often', desiredRetention: 0.8 };
		const verdict = judgeRow('settings', { key: 'settings', value }, context);
		expect(verdict).toEqual({
			kind: 'repair',
			row: { key: 'settings', value: { ...defaultSettings('ru'), newCardsPerDay: 500, desiredRetention: 0.8 } },
			repairs: ['settingsReset']
		});
	});

	it('sets aside a last backup date that is not one rather than claim a backup now', () => {
		expect(judgeRow('settings', { key: 'lastBackupAt', value: NaN }, context)).toMatchObject({ kind: 'setAside' });
	});

	it('never clamps the time of a grade: a review without one is set aside', () => {
		const { log } = history();
		expect(judgeRow('reviews', log[0], context)).toEqual({ kind: 'valid' });
		expect(judgeRow('reviews', { ...log[0], reviewedAt: NaN }, context)).toMatchObject({
			kind: 'setAside',
			reason: expect.stringContaining('reviewedAt')
		});
		expect(judgeRow('reviews', { ...log[0], grade: 'perfect' }, context)).toMatchObject({ kind: 'setAside' });
	});

	it('ends a burial with an impossible date now', () => {
		expect(judgeRow('itemFlags', { itemId: 'a', isSuspended: false, buriedUntil: NaN }, context)).toEqual({
			kind: 'repair',
			row: { itemId: 'a', isSuspended: false, buriedUntil: NOW },
			repairs: ['datesClamped']
		});
	});

	it('unlinks a received assignment from a test attempt that is gone', () => {
		const row = {
			key: 'aaaaaaaa',
			code: 'x',
			addedAt: NOW,
			testAttemptId: 7,
			assignment: { v: 1, title: 'T', mode: 'test', languages: ['en'], topicIds: ['t'], itemIds: ['a'] }
		};
		expect(judgeRow('receivedAssignments', row, { now: NOW, testAttemptIds: new Set([7]) })).toEqual({ kind: 'valid' });
		const { testAttemptId: _, ...unlinked } = row;
		expect(judgeRow('receivedAssignments', row, { now: NOW, testAttemptIds: new Set([8]) })).toEqual({
			kind: 'repair',
			row: unlinked,
			repairs: ['missingAttemptUnlinked']
		});
	});

	it('sets aside a class result that cannot be shown (completed after the last date)', () => {
		const result = {
			v: 1,
			assignment: 'aaaaaaaa',
			name: 'A',
			answers: '1',
			timeSpentMs: 0,
			completedAt: 8_640_000_000_000_001
		};
		const verdict = judgeRow(
			'classResults',
			{ id: 1, assignment: 'aaaaaaaa', nameKey: 'a', code: 'x.y', importedAt: NaN, result },
			context
		);
		expect(verdict).toMatchObject({ kind: 'setAside', reason: expect.stringContaining('result') });
	});
});
