import { describe, expect, it } from 'vitest';
import { mergeTables, planRestore, planUndo, type TableShape } from '$lib/domain/backup/merge';
import type { Backup, BackupTables } from '$lib/domain/backup/format';

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const MIN = 60_000;

const shapes: TableShape[] = [
	{ name: 'cards', primaryKey: 'itemId', isAutoIncrement: false, uniqueIndexes: [] },
	{ name: 'reviews', primaryKey: 'id', isAutoIncrement: true, uniqueIndexes: [] },
	{ name: 'settings', primaryKey: 'key', isAutoIncrement: false, uniqueIndexes: [] },
	{ name: 'receivedAssignments', primaryKey: 'key', isAutoIncrement: false, uniqueIndexes: [] },
	{ name: 'testAttempts', primaryKey: 'id', isAutoIncrement: true, uniqueIndexes: [] },
	{ name: 'classResults', primaryKey: 'id', isAutoIncrement: true, uniqueIndexes: [['assignment', 'nameKey']] },
	{ name: 'customBanks', primaryKey: 'id', isAutoIncrement: true, uniqueIndexes: [] }
];

const card = (itemId: string, lastReviewAt: number, reps: number) => ({
	itemId,
	state: 'review',
	dueAt: lastReviewAt + 86_400_000,
	reps,
	lastReviewAt
});
const review = (id: number, itemId: string, reviewedAt: number, grade = 'good') => ({
	id,
	itemId,
	grade,
	reviewedAt,
	cardBefore: null
});
const backupOf = (tables: BackupTables, createdAt = T0 + 100 * MIN): Backup => ({
	header: { format: 'qaitala-backup', version: 1, appVersion: 'x', createdAt, counts: {} },
	tables
});

describe('mergeTables', () => {
	it('keeps every distinct review once (same item, time and grade is the same review) under fresh ids', () => {
		const local = { reviews: [review(1, 'a', T0), review(2, 'a', T0 + MIN)] };
		const backup = {
			reviews: [
				review(1, 'a', T0),
				review(2, 'a', T0 + MIN, 'again'),
				review(3, 'b', T0 + 2 * MIN),
				review(9, 'b', T0 + 2 * MIN)
			]
		};
		const { tables, merged } = mergeTables(local, backup, shapes);
		expect(tables.reviews).toEqual([
			review(1, 'a', T0),
			review(2, 'a', T0 + MIN),
			review(3, 'a', T0 + MIN, 'again'),
			review(4, 'b', T0 + 2 * MIN)
		]);
		expect(merged?.reviews).toEqual({ added: 2, replaced: 0 });
	});

	it('rebuilds each card from the side that reviewed it last; a tie keeps this device’s', () => {
		const local = { cards: [card('a', T0 + 5 * MIN, 3), card('b', T0, 1), card('c', T0, 1)] };
		const backup = { cards: [card('a', T0 + MIN, 2), card('b', T0 + 9 * MIN, 4), card('c', T0, 7), card('d', T0, 1)] };
		const { tables, merged } = mergeTables(local, backup, shapes);
		expect(tables.cards).toEqual([
			card('a', T0 + 5 * MIN, 3),
			card('b', T0 + 9 * MIN, 4),
			card('c', T0, 1),
			card('d', T0, 1)
		]);
		expect(merged?.cards).toEqual({ added: 1, replaced: 1 });
	});

	it('keeps this device’s row for a key both have, and adds the keys only the backup has', () => {
		const local = { settings: [{ key: 'settings', value: { newCardsPerDay: 5 } }] };
		const backup = {
			settings: [
				{ key: 'settings', value: { newCardsPerDay: 50 } },
				{ key: 'studentName', value: 'Әлия' }
			]
		};
		expect(mergeTables(local, backup, shapes).tables.settings).toEqual([
			{ key: 'settings', value: { newCardsPerDay: 5 } },
			{ key: 'studentName', value: 'Әлия' }
		]);
	});

	it('keeps one own bank per import time (its ids), this device’s, and adds the others renumbered', () => {
		const bank = (id: number, title: string, importedAt: number) => ({ id, title, importedAt, items: [] });
		const local = { customBanks: [bank(1, 'Mine', T0)] };
		const backup = { customBanks: [bank(1, 'Other', T0 + MIN), bank(2, 'Mine, edited elsewhere', T0)] };
		const { tables, merged } = mergeTables(local, backup, shapes);
		expect(tables.customBanks).toEqual([bank(1, 'Mine', T0), bank(2, 'Other', T0 + MIN)]);
		expect(merged?.customBanks).toEqual({ added: 1, replaced: 0 });
	});

	it('adds a test attempt once, renumbered, and points the assignment that uses it at the new id', () => {
		const attempt = (id: number, seed: string) => ({ id, seed, startedAt: T0, answers: [] });
		const local = { testAttempts: [attempt(1, 'mine')], receivedAssignments: [{ key: 'k1', testAttemptId: 1 }] };
		const backup = {
			testAttempts: [attempt(1, 'theirs'), attempt(2, 'mine')],
			receivedAssignments: [
				{ key: 'k1', testAttemptId: 2 },
				{ key: 'k2', testAttemptId: 1 },
				{ key: 'k3', testAttemptId: 7 }
			]
		};
		const { tables } = mergeTables(local, backup, shapes);
		expect(tables.testAttempts).toEqual([attempt(1, 'mine'), attempt(2, 'theirs')]);
		// k2 used the backup's attempt 1, now 2; k3 named an attempt the backup does not have.
		expect(tables.receivedAssignments).toEqual([
			{ key: 'k1', testAttemptId: 1 },
			{ key: 'k2', testAttemptId: 2 },
			{ key: 'k3' }
		]);
	});

	it('keeps one result per student and assignment, the later one, under this device’s id', () => {
		const result = (id: number, nameKey: string, completedAt: number) => ({
			id,
			assignment: 'aaaaaaaa',
			nameKey,
			result: { completedAt }
		});
		const local = { classResults: [result(1, 'aliya', T0), result(2, 'bob', T0 + MIN)] };
		const backup = { classResults: [result(1, 'aliya', T0 + 5 * MIN), result(2, 'bob', T0), result(3, 'chen', T0)] };
		const { tables, merged } = mergeTables(local, backup, shapes);
		expect(tables.classResults).toEqual([
			result(1, 'aliya', T0 + 5 * MIN),
			result(2, 'bob', T0 + MIN),
			result(3, 'chen', T0)
		]);
		expect(merged?.classResults).toEqual({ added: 1, replaced: 1 });
	});

	it('changes nothing when the backup is this device’s own data', () => {
		const local = { cards: [card('a', T0, 1)], reviews: [review(1, 'a', T0)], settings: [{ key: 'x', value: 1 }] };
		const { tables, merged } = mergeTables(local, structuredClone(local), shapes);
		expect(tables).toEqual({ ...local, receivedAssignments: [], testAttempts: [], classResults: [], customBanks: [] });
		expect(Object.values(merged!).every((m) => m.added === 0 && m.replaced === 0)).toBe(true);
	});
});

describe('planRestore', () => {
	const local = {
		cards: [card('x', T0, 1)],
		settings: [
			{ key: 'settings', value: 'mine' },
			{ key: 'lastBackupAt', value: T0 + 500 * MIN },
			{ key: 'backupReminderDismissedAt', value: T0 },
			{ key: 'restoreUndo', value: 'old snapshot' }
		]
	};

	it('replaces every table with the backup’s (a table the backup lacks ends up empty), keeping this device’s own settings', () => {
		const plan = planRestore(
			local,
			backupOf({
				settings: [
					{ key: 'settings', value: 'theirs' },
					{ key: 'lastBackupAt', value: 1 }
				]
			}),
			'replace',
			shapes
		);
		expect(plan.tables.cards).toEqual([]);
		expect(plan.tables.settings).toEqual([
			{ key: 'settings', value: 'theirs' },
			{ key: 'backupReminderDismissedAt', value: T0 },
			{ key: 'lastBackupAt', value: T0 + 500 * MIN }
		]);
		expect(Object.keys(plan.tables)).toEqual(shapes.map((s) => s.name));
	});

	it('counts the backup’s date as the last backup when it is later', () => {
		const plan = planRestore({ settings: [] }, backupOf({}, T0 + 999 * MIN), 'merge', shapes);
		expect(plan.tables.settings).toEqual([{ key: 'lastBackupAt', value: T0 + 999 * MIN }]);
	});
});

describe('planUndo', () => {
	it('goes back to the snapshot and keeps the reviews and cards made since the restore', () => {
		const restoredAt = T0 + 60 * MIN;
		const snapshot = backupOf({
			cards: [card('a', T0, 1)],
			reviews: [review(1, 'a', T0)],
			settings: [{ key: 'settings', value: 'before' }]
		});
		const current = {
			cards: [card('a', T0 + 90 * MIN, 5), card('r', T0 + 30 * MIN, 2)],
			reviews: [review(1, 'r', T0 + 30 * MIN), review(2, 'a', T0 + 90 * MIN)],
			settings: [
				{ key: 'settings', value: 'restored' },
				{ key: 'lastBackupAt', value: T0 },
				{ key: 'restoreUndo', value: 'snapshot' }
			]
		};
		const { tables } = planUndo(snapshot, current, restoredAt, shapes);
		expect(tables.cards).toEqual([card('a', T0 + 90 * MIN, 5)]);
		expect(tables.reviews).toEqual([review(1, 'a', T0), review(2, 'a', T0 + 90 * MIN)]);
		expect(tables.settings).toEqual([
			{ key: 'settings', value: 'before' },
			{ key: 'lastBackupAt', value: T0 }
		]);
	});
});
