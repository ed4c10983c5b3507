/**
 * Reads straight from IndexedDB, without Dexie, for what pages show first (home's counts, the
 * settings, Progress's figures): Dexie then loads only on pages that write, after their first paint.
 * Only keys, indexes and counts are read where they suffice, so a heavy learner's pages open fast.
 *
 * It reads only a database the app has made at its current version. A database that does not exist
 * yet reads as empty and is not created here; an older one (an upgrade pending) is handed to Dexie,
 * which upgrades it (and runs the database check), before reading on. The connection closes when
 * another tab asks (a newer version), and the page is told so, as Dexie's connection does.
 */
import type { Card, Review } from '../domain/study/card';
import type { ItemFlags } from '../domain/study/flags';
import { summarizeDay, type DaySummary } from '../domain/study/limits';
import { isDueNow, LEARN_AHEAD_MS } from '../domain/study/queue';
import {
	defaultSettings,
	sanitizeSettings,
	startOfLocalDay,
	startOfNextLocalDay,
	type Settings
} from '../domain/settings';
import { DAY_MS } from '../domain/study/time';
import { LAST_BACKUP_AT_KEY, REMINDER_DISMISSED_AT_KEY } from '../domain/backup/device-keys';
import type { Language } from '../domain/language';
import { StorageUnavailableError } from '../domain/errors';
import type { ReceivedAssignmentRow } from './rows';
import type { ConnectionListener, ConnectionStatus } from './connection-events';

export const DATABASE_NAME = 'qaitala';
/** The IndexedDB version of the app's schema: Dexie stores its version n as n × 10 (a test holds it to db.ts). */
export const SCHEMA_IDB_VERSION = 70;
/** Dexie tells other tabs (and other connections in this one) what a write changed on this channel. */
const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

export type Store = 'cards' | 'reviews' | 'settings' | 'itemFlags' | 'receivedAssignments' | 'customBanks';

export const done = <T>(request: IDBRequest<T>): Promise<T> =>
	new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});

/** The status of this page's connections (this reader's and, once loaded, Dexie's), for the layout's notice. */
export class PageConnection {
	#status: ConnectionStatus = 'open';
	readonly #listeners = new Set<ConnectionListener>();

	constructor(readonly check: () => Promise<ConnectionStatus>) {}

	get status(): ConnectionStatus {
		return this.#status;
	}

	subscribe(listener: ConnectionListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** A newer database closed a connection for good: that stays, whatever the other connection says next. */
	report(status: ConnectionStatus): void {
		if (status === this.#status || this.#status === 'versionchange') return;
		this.#status = status;
		for (const listener of this.#listeners) listener(status);
	}
}

export class QuickReader {
	#db: Promise<IDBDatabase | null> | undefined;
	readonly connection = new PageConnection(() => this.#check());
	/** Opens the database with Dexie (which upgrades it); the app's is loaded only when needed. */
	readonly #upgrade: () => Promise<void>;

	constructor(
		readonly name = DATABASE_NAME,
		upgrade: () => Promise<void> = async () => {
			await (await import('./connection')).getDb().open();
		}
	) {
		this.#upgrade = upgrade;
	}

	/** The open connection, or null while the app has made no database. */
	async #connect(): Promise<IDBDatabase | null> {
		this.#db ??= this.#open().then(async (db) => {
			if (!db || db.version >= SCHEMA_IDB_VERSION) return db;
			db.close();
			await this.#upgrade();
			return this.#open();
		});
		const pending = this.#db;
		try {
			const db = await pending;
			if (!db && this.#db === pending) this.#db = undefined; // made later by another page: ask again next time
			return db;
		} catch (error) {
			if (this.#db === pending) this.#db = undefined;
			throw error;
		}
	}

	#open(): Promise<IDBDatabase | null> {
		return new Promise((resolve, reject) => {
			let request: IDBOpenDBRequest;
			try {
				if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageUnavailableError('no IndexedDB');
				request = indexedDB.open(this.name);
			} catch (error) {
				reject(error instanceof StorageUnavailableError ? error : new StorageUnavailableError(String(error)));
				return;
			}
			let isMissing = false;
			// No database yet: reading must not make an empty one (Dexie makes it, with its schema).
			request.onupgradeneeded = () => {
				isMissing = true;
				request.transaction?.abort();
			};
			request.onsuccess = () => {
				const db = request.result;
				db.onversionchange = () => {
					db.close();
					this.#db = undefined;
					this.connection.report('versionchange');
				};
				resolve(db);
			};
			request.onerror = (event) => {
				event.preventDefault();
				if (isMissing) resolve(null);
				else reject(new StorageUnavailableError(String(request.error)));
			};
		});
	}

	async #check(): Promise<ConnectionStatus> {
		try {
			await this.#connect();
		} catch {
			this.connection.report('unavailable');
		}
		return this.connection.status;
	}

	/** Runs `read` in one read-only transaction over `stores`; `empty` when there is no database yet (or an older one lacks a store). */
	async read<T>(stores: Store[], empty: T, read: (tx: IDBTransaction) => Promise<T>): Promise<T> {
		const db = await this.#connect();
		if (!db) return empty;
		const present = stores.filter((store) => db.objectStoreNames.contains(store));
		if (present.length < stores.length) return empty;
		return read(db.transaction(present, 'readonly'));
	}

	/** Whether the app has made its database on this device yet (a first visit has none). */
	async hasDatabase(): Promise<boolean> {
		return (await this.#connect()) !== null;
	}

	async loadSettings(fallbackLanguage: Language): Promise<Settings> {
		const row = await this.read(['settings'], undefined, (tx) =>
			done<{ value: unknown } | undefined>(tx.objectStore('settings').get('settings'))
		);
		return sanitizeSettings(row?.value, defaultSettings(fallbackLanguage));
	}

	/** Ids of the items that have a card, from the keys alone. */
	async loadCardItemIds(): Promise<Set<string>> {
		return new Set(
			await this.read(['cards'], [], (tx) => done(tx.objectStore('cards').getAllKeys()) as Promise<string[]>)
		);
	}

	/** Ids of the cards due at `now` as a session counts them (isDueNow): the `dueAt` index, and the few learning cards coming back soon. */
	async loadDueItemIds(now: number): Promise<Set<string>> {
		return this.read(['cards'], new Set<string>(), async (tx) => {
			const byDue = tx.objectStore('cards').index('dueAt');
			const [due, soon] = await Promise.all([
				done(byDue.getAllKeys(IDBKeyRange.upperBound(now))) as Promise<string[]>,
				done(byDue.getAll(IDBKeyRange.bound(now, now + LEARN_AHEAD_MS, true, false))) as Promise<Card[]>
			]);
			return new Set([...due, ...soon.filter((card) => isDueNow(card, now)).map((card) => card.itemId)]);
		});
	}

	async loadItemFlags(): Promise<ItemFlags[]> {
		return this.read(['itemFlags'], [], (tx) => done(tx.objectStore('itemFlags').getAll()) as Promise<ItemFlags[]>);
	}

	/** Today in figures, from today's rows only. */
	async loadDaySummary(dayStartMs: number): Promise<DaySummary> {
		const range = IDBKeyRange.bound(dayStartMs, startOfNextLocalDay(dayStartMs), false, true);
		const rows = await this.read(
			['reviews'],
			[],
			(tx) => done(tx.objectStore('reviews').index('reviewedAt').getAll(range)) as Promise<Review[]>
		);
		return summarizeDay(rows);
	}

	/**
	 * Days in a row with a review, up to today (or yesterday, if today has none yet): one key cursor
	 * walking back through the `reviewedAt` index, jumping a day at a time, so a long streak costs a
	 * step per day, not a query per day nor a row per review.
	 */
	async countStreakDays(now: number, startOfDay: (time: number) => number = startOfLocalDay): Promise<number> {
		return this.read(['reviews'], 0, (tx) =>
			streakOnIndex(tx.objectStore('reviews').index('reviewedAt'), now, startOfDay)
		);
	}

	/** Received assignments, newest first. */
	async listReceived(): Promise<ReceivedAssignmentRow[]> {
		const rows = await this.read(
			['receivedAssignments'],
			[],
			(tx) => done(tx.objectStore('receivedAssignments').index('addedAt').getAll()) as Promise<ReceivedAssignmentRow[]>
		);
		return rows.reverse();
	}

	/** The instructor's own banks' rows as stored, newest first (unchecked: see topic-banks.ts). */
	async listCustomBankRows(): Promise<unknown[]> {
		const rows = await this.read(
			['customBanks'],
			[],
			(tx) => done(tx.objectStore('customBanks').index('importedAt').getAll()) as Promise<unknown[]>
		);
		return rows.reverse();
	}

	/** When the last backup was made, and when the reminder was last put off (epoch ms). */
	async loadBackupDates(): Promise<{ lastBackupAt?: number; reminderDismissedAt?: number }> {
		const [backup, dismissed] = await this.read(['settings'], [undefined, undefined], (tx) => {
			const settings = tx.objectStore('settings');
			return Promise.all(
				[LAST_BACKUP_AT_KEY, REMINDER_DISMISSED_AT_KEY].map((key) =>
					done<{ value: unknown } | undefined>(settings.get(key))
				)
			);
		});
		return { lastBackupAt: asTime(backup?.value), reminderDismissedAt: asTime(dismissed?.value) };
	}

	/** The time of the first review at or after `ms`, from the index alone. */
	async firstReviewAtOrAfter(ms: number): Promise<number | undefined> {
		return this.read(['reviews'], undefined, async (tx) => {
			const cursor = await done(
				tx.objectStore('reviews').index('reviewedAt').openKeyCursor(IDBKeyRange.lowerBound(ms))
			);
			return (cursor?.key as number | undefined) ?? undefined;
		});
	}

	/** See watchDatabaseChanges. */
	watchChanges(onChange: () => void): () => void {
		return watchDatabaseChanges(this.name, onChange);
	}
}

/**
 * Calls `onChange` `delayMs` after every write to the database `name`, made by Dexie in this tab or
 * another, until the returned stop is called. Several writes close together make one call.
 */
export function watchDatabaseChanges(name: string, onChange: () => void, delayMs = 20): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const prefix = `idb://${name}/`;
	channel.onmessage = ({ data }: MessageEvent<Record<string, unknown> | null>) => {
		if (!data || !Object.keys(data).some((part) => part.startsWith(prefix) || part === 'all')) return;
		clearTimeout(timer);
		timer = setTimeout(onChange, delayMs);
	};
	return () => {
		clearTimeout(timer);
		channel.close();
	};
}

function asTime(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Days whose reviews are looked up at once when counting a streak. */
const STREAK_BATCH_DAYS = 31;

/**
 * The streak on a `reviewedAt` index (see QuickReader.countStreakDays): whether each day has a
 * review is one key look-up, asked a month at a time, so a long streak costs a few round trips.
 */
export async function streakOnIndex(
	index: IDBIndex,
	now: number,
	startOfDay: (time: number) => number
): Promise<number> {
	const hasReview = async (dayStart: number) =>
		(await done(index.getKey(IDBKeyRange.bound(dayStart, startOfNextLocalDay(dayStart), false, true)))) !== undefined;
	const dayBefore = (day: number) => startOfDay(day - DAY_MS / 2);
	const today = startOfDay(now);
	let day = (await hasReview(today)) ? today : dayBefore(today); // nothing yet today: the streak runs up to yesterday
	let streak = 0;
	for (;;) {
		const days = [day];
		while (days.length < STREAK_BATCH_DAYS) days.push(dayBefore(days.at(-1)!));
		const present = await Promise.all(days.map(hasReview));
		const gap = present.indexOf(false);
		if (gap >= 0 || streak >= MAX_STREAK_DAYS)
			return Math.min(MAX_STREAK_DAYS, streak + (gap >= 0 ? gap : days.length));
		streak += days.length;
		day = dayBefore(days.at(-1)!);
	}
}

const MAX_STREAK_DAYS = 3650;

/** The app's reader (browser only: nothing opens until a read). */
export const quickReader = new QuickReader();
