/**
 * "Check database": walks every table in bounded batches, one read-write transaction per batch,
 * and applies the verdicts of domain/data/check-rows.ts: repaired rows are written back, rows that
 * cannot be repaired move whole into `setAside` (the move and the delete in one transaction, so a
 * row is never lost between the two). Runs after every schema upgrade and from Settings.
 */
import { CHECKED_SCHEMA_VERSION_KEY } from '../domain/backup/format';
import type { IndexableType, Table } from 'dexie';
import type { Card, Review } from '../domain/study/card';
import { Scheduler } from '../domain/study/scheduler';
import { sanitizeSettings } from '../domain/settings';
import {
	CHECKED_TABLES,
	judgeCard,
	judgeRow,
	rebuildCardFromLog,
	type CheckedTable,
	type RowVerdict
} from '../domain/data/check-rows';
import { checkRow } from '../domain/data/row-schemas';
import type { QaitalaDb } from './db';

/** The settings row holding the schema version the check last ran at. */
export const CHECKED_VERSION_KEY = CHECKED_SCHEMA_VERSION_KEY;

/** Rows per transaction: small enough that a page stays responsive while the check runs. */
const BATCH_SIZE = 200;

export interface TableCounts {
	checked: number;
	repaired: number;
	setAside: number;
}

export interface CheckReport extends TableCounts {
	byTable: Record<CheckedTable, TableCounts>;
}

export interface DatabaseCheckOptions {
	batchSize?: number;
	clock?: () => number;
}

export class DatabaseCheck {
	readonly #batchSize: number;
	readonly #clock: () => number;

	constructor(
		readonly db: QaitalaDb,
		{ batchSize = BATCH_SIZE, clock = Date.now }: DatabaseCheckOptions = {}
	) {
		this.#batchSize = batchSize;
		this.#clock = clock;
	}

	/** Checks every row of every table; returns what it checked, repaired and set aside. */
	async run(): Promise<CheckReport> {
		const byTable = Object.fromEntries(
			CHECKED_TABLES.map((t) => [t, { checked: 0, repaired: 0, setAside: 0 }])
		) as Record<CheckedTable, TableCounts>;
		const now = this.#clock();
		const generic = (table: Exclude<CheckedTable, 'cards'>, context: { testAttemptIds?: ReadonlySet<number> } = {}) =>
			this.#walk(table, byTable[table], (row) => judgeRow(table, row, { now, ...context }));

		// Settings first (the scheduler that rebuilds cards uses them), reviews before the cards
		// rebuilt from them, attempts before the assignments that point at them.
		await generic('settings');
		await generic('reviews');
		const scheduler = await this.#scheduler();
		await this.#walk('cards', byTable.cards, async (row) => judgeCard(row, await this.#log(row), scheduler, now), [
			this.db.reviews
		]);
		byTable.cards.repaired += await this.#rebuildOrphanCards(scheduler);
		await generic('itemFlags');
		await generic('testAttempts');
		const testAttemptIds = new Set((await this.db.testAttempts.toCollection().primaryKeys()) as number[]);
		await generic('receivedAssignments', { testAttemptIds });
		for (const table of ['composedAssignments', 'classResults', 'rosters', 'customBanks', 'problemReports'] as const)
			await generic(table);

		const total = (field: keyof TableCounts) => Object.values(byTable).reduce((sum, c) => sum + c[field], 0);
		return { checked: total('checked'), repaired: total('repaired'), setAside: total('setAside'), byTable };
	}

	/** Runs the check when the schema version differs from the one last checked (after an upgrade). */
	async runIfUpgraded(): Promise<CheckReport | undefined> {
		const row = await this.db.settings.get(CHECKED_VERSION_KEY);
		if (row?.value === this.db.verno) return undefined;
		const report = await this.run();
		await this.db.settings.put({ key: CHECKED_VERSION_KEY, value: this.db.verno });
		return report;
	}

	/** How many rows are set aside (kept in backups, never shown). */
	async countSetAside(): Promise<number> {
		return this.db.setAside.count();
	}

	/**
	 * The cards of `rows` that pages can use: valid ones as they are; bad ones repaired now (from
	 * their log, or set aside) so that one bad row never blocks a page. If the repair cannot be
	 * written, the bad cards are left out and their items show as new until the next check.
	 */
	async usableCards(rows: readonly (Card | undefined)[]): Promise<Card[]> {
		const cards = rows.filter((c): c is Card => c !== undefined);
		const bad = cards.filter((c) => !checkRow('cards', c).ok);
		if (!bad.length) return cards;
		const badIds = new Set(bad.map((c) => c.itemId));
		const repaired = await this.#repairCards([...badIds]).catch(() => []);
		return [...cards.filter((c) => !badIds.has(c.itemId)), ...repaired];
	}

	async #repairCards(itemIds: readonly unknown[]): Promise<Card[]> {
		const scheduler = await this.#scheduler();
		const now = this.#clock();
		return this.db.transaction('rw', this.db.cards, this.db.reviews, this.db.setAside, async () => {
			const repaired: Card[] = [];
			for (const itemId of itemIds) {
				const row = await this.db.cards.get(itemId as string);
				if (row === undefined) continue;
				const verdict = judgeCard(row, await this.#log(row), scheduler, now);
				if (verdict.kind === 'valid') repaired.push(row);
				else if (verdict.kind === 'repair') repaired.push(verdict.row as unknown as Card);
				await this.#apply(this.db.cards, 'cards', itemId as IndexableType, row, verdict, now);
			}
			return repaired;
		});
	}

	/** Walks one table in primary-key order, a batch per read-write transaction. */
	async #walk(
		name: CheckedTable,
		counts: TableCounts,
		judge: (row: unknown) => RowVerdict | Promise<RowVerdict>,
		alsoRead: Table[] = []
	): Promise<void> {
		const table = this.db.table(name);
		const now = this.#clock();
		let after: IndexableType | undefined;
		for (;;) {
			const keys = await this.db.transaction('rw', [table, this.db.setAside, ...alsoRead], async () => {
				const batch = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
				const keys = await batch.limit(this.#batchSize).primaryKeys();
				const rows: unknown[] = await table.bulkGet(keys);
				for (const [i, row] of rows.entries()) {
					counts.checked++;
					const verdict = await judge(row);
					await this.#apply(table, name, keys[i]!, row, verdict, now);
					if (verdict.kind === 'repair') counts.repaired++;
					if (verdict.kind === 'setAside') counts.setAside++;
				}
				return keys;
			});
			if (keys.length < this.#batchSize) return;
			after = keys.at(-1);
		}
	}

	async #apply(
		table: Table,
		name: CheckedTable,
		key: IndexableType,
		row: unknown,
		verdict: RowVerdict,
		now: number
	): Promise<void> {
		if (verdict.kind === 'repair') await table.put(verdict.row);
		if (verdict.kind === 'setAside') {
			await this.db.setAside.add({ table: name, row, reason: verdict.reason, setAsideAt: now });
			await table.delete(key);
		}
	}

	/** Items with reviews but no card (a card lost while its grades stayed) get the card their log gives. */
	async #rebuildOrphanCards(scheduler: Scheduler): Promise<number> {
		const itemIds = (await this.db.reviews.orderBy('itemId').uniqueKeys()) as string[];
		let rebuilt = 0;
		for (let start = 0; start < itemIds.length; start += this.#batchSize) {
			const chunk = itemIds.slice(start, start + this.#batchSize);
			rebuilt += await this.db.transaction('rw', this.db.cards, this.db.reviews, async () => {
				const cards = await this.db.cards.bulkGet(chunk);
				let added = 0;
				for (const [i, itemId] of chunk.entries()) {
					if (cards[i] !== undefined) continue;
					const card = rebuildCardFromLog(itemId, await this.#log({ itemId }), scheduler);
					if (card && checkRow('cards', card).ok) {
						await this.db.cards.add(card);
						added++;
					}
				}
				return added;
			});
		}
		return rebuilt;
	}

	/** The valid reviews of a card's item, in the order they were stored. */
	async #log(row: unknown): Promise<Review[]> {
		const itemId = (row as { itemId?: unknown } | undefined)?.itemId;
		if (typeof itemId !== 'string') return [];
		const reviews = await this.db.reviews.where('itemId').equals(itemId).toArray();
		return reviews.filter((r) => checkRow('reviews', r).ok);
	}

	/** The scheduler of the learner's settings, so a rebuilt card is the one the app would have stored. */
	async #scheduler(): Promise<Scheduler> {
		const settings = sanitizeSettings((await this.db.settings.get('settings'))?.value);
		return new Scheduler({
			desiredRetention: settings.desiredRetention,
			learningSteps: settings.learningSteps.split(' ') as `${number}m`[]
		});
	}
}

/**
 * Starts the check in the background when the app opens a database whose schema changed since the
 * last check. A failure is left for the next start (the version row is written only on success).
 */
export function checkAfterUpgrade(db: QaitalaDb): void {
	new DatabaseCheck(db).runIfUpgraded().catch(() => undefined);
}
