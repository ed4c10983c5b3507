/**
 * What happens to the database connection while a page is open, for whoever wants to know. Another
 * tab that opens a newer version of the database (an update, a restore) asks every open connection
 * to close: this one then closes for good, rather than block that tab or write rows in an older shape
 * into the newer schema, and says so. An open that waits on another tab is "blocked"; an open that
 * fails outright means this browser gives the app no storage at all.
 */
import type { Dexie } from 'dexie';

/**
 * `open`: working (or not yet asked); `blocked`: waiting for another tab to close its connection;
 * `versionchange`: closed because another tab changed the database, a reload is needed;
 * `unavailable`: IndexedDB is missing or refuses to open (private mode, blocked or full storage).
 */
export type ConnectionStatus = 'open' | 'blocked' | 'versionchange' | 'unavailable';

export type ConnectionListener = (status: ConnectionStatus) => void;

export class ConnectionEvents {
	readonly #db: Dexie;
	#status: ConnectionStatus = 'open';
	readonly #listeners = new Set<ConnectionListener>();

	constructor(db: Dexie) {
		this.#db = db;
		// Subscribers run newest first and `false` stops the chain: Dexie's own handler would close
		// with auto-open on, so the next query would quietly reopen the database under the old code.
		db.on('versionchange', () => {
			db.close({ disableAutoOpen: true });
			this.#set('versionchange');
			return false;
		});
		db.on('blocked', () => {
			if (this.#status === 'open') this.#set('blocked');
			return false;
		});
		// Sticky: fires after every successful open, which is when a blocked open has gone through.
		db.on(
			'ready',
			() => {
				if (this.#status === 'blocked') this.#set('open');
			},
			true
		);
	}

	get status(): ConnectionStatus {
		return this.#status;
	}

	/** Calls `listener` with every change of status from now on; returns the function that stops it. */
	subscribe(listener: ConnectionListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Opens the database if nothing has yet, to learn whether this browser gives the app storage at all. */
	async check(): Promise<ConnectionStatus> {
		try {
			await this.#db.open();
		} catch {
			// Closed on purpose after a versionchange; anything else is a browser that will not store.
			if (this.#status !== 'versionchange') this.#set('unavailable');
		}
		return this.#status;
	}

	#set(status: ConnectionStatus): void {
		if (status === this.#status) return;
		this.#status = status;
		for (const listener of this.#listeners) listener(status);
	}
}

const watched = new WeakMap<Dexie, ConnectionEvents>();

/** The one watcher of `db`'s connection (made on first use, so every caller sees the same status). */
export function connectionEventsOf(db: Dexie): ConnectionEvents {
	let events = watched.get(db);
	if (!events) {
		events = new ConnectionEvents(db);
		watched.set(db, events);
	}
	return events;
}
