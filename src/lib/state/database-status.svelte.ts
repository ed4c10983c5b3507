/**
 * Whether this page can still use the database, for the language layout's message: another tab
 * changed it (reload), an open waits on another tab, or this browser gives the app no storage.
 * Storage is reached only from watch(), so nothing opens while pages are prerendered.
 */
import type { ConnectionEvents, ConnectionStatus } from '../storage/connection-events';
import { quickReader } from '../storage/quick-read';

export type { ConnectionStatus };

/** What the status follows: one connection's events (tests), or every connection of the page (the app). */
type Watched = Pick<ConnectionEvents, 'status' | 'subscribe' | 'check'>;

export class DatabaseStatus {
	readonly #events: () => Watched;
	#isWatching = false;
	status = $state<ConnectionStatus>('open');

	constructor(events: () => Watched = () => quickReader.connection) {
		this.#events = events;
	}

	/** Follows the connection from now on and checks, once, that the database opens at all. */
	async watch(): Promise<void> {
		if (this.#isWatching) return;
		this.#isWatching = true;
		let events: Watched;
		try {
			events = this.#events();
		} catch {
			this.status = 'unavailable'; // the database object itself could not be made
			return;
		}
		this.status = events.status;
		events.subscribe((status) => (this.status = status));
		await events.check();
	}
}

export const databaseStatus = new DatabaseStatus();
