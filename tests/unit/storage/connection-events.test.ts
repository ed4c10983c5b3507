import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { QaitalaDb } from '$lib/storage/db';
import { connectionEventsOf, type ConnectionStatus } from '$lib/storage/connection-events';

/** The same database as a later version of the app would declare it: one version more, one table more. */
class NewerDb extends QaitalaDb {
	constructor(name: string) {
		super(name);
		this.version(100).stores({ extra: '&id' });
	}
}

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
	opened.splice(0).forEach((db) => db.close());
	for (const name of names.splice(0)) await Dexie.delete(name);
});

function freshName(): string {
	const name = `connection-${names.length}-${Date.now()}`;
	names.push(name);
	return name;
}

function track<T extends Dexie>(db: T): T {
	opened.push(db);
	return db;
}

/** Statuses as they are reported, and a promise for the first one equal to `wanted`. */
function record(db: Dexie) {
	const seen: ConnectionStatus[] = [];
	const waiters: [ConnectionStatus, () => void][] = [];
	connectionEventsOf(db).subscribe((status) => {
		seen.push(status);
		for (const [wanted, resolve] of waiters) if (wanted === status) resolve();
	});
	const reached = (wanted: ConnectionStatus) =>
		seen.includes(wanted) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([wanted, resolve]));
	return { seen, reached };
}

describe('connection events', () => {
	it('close this connection for good when another one opens a newer version, without blocking it', async () => {
		const name = freshName();
		const current = track(new QaitalaDb(name));
		await current.cards.put({ itemId: 'a' } as never);
		const { seen } = record(current);

		const newer = track(new NewerDb(name));
		await newer.open(); // would hang (blocked) if the first connection stayed open
		expect(newer.verno).toBe(100);
		expect(seen).toEqual(['versionchange']);
		expect(connectionEventsOf(current).status).toBe('versionchange');
		expect(current.isOpen()).toBe(false);
		// It does not quietly reopen under the old code: every later query fails.
		await expect(current.cards.count()).rejects.toThrow(/DatabaseClosed/);
		expect(await connectionEventsOf(current).check()).toBe('versionchange');
		expect(await newer.table('cards').count()).toBe(1);
	});

	it('report an open that waits for another connection, and its end', async () => {
		const name = freshName();
		// An older page's connection that ignores the request to close.
		const holder = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(name, 1);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const db = track(new QaitalaDb(name));
		const { seen, reached } = record(db);
		const opening = connectionEventsOf(db).check();
		await reached('blocked');
		expect(db.isOpen()).toBe(false);
		holder.close();
		expect(await opening).toBe('open');
		expect(seen).toEqual(['blocked', 'open']);
		expect(db.isOpen()).toBe(true);
	});

	it('report a browser that gives no storage at all', async () => {
		const refusing = {
			open: () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			},
			cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b)
		} as unknown as IDBFactory;
		const db = track(new Dexie(freshName(), { indexedDB: refusing, IDBKeyRange }));
		db.version(1).stores({ settings: '&key' });
		const { seen } = record(db);
		expect(await connectionEventsOf(db).check()).toBe('unavailable');
		expect(seen).toEqual(['unavailable']);
	});

	it('give every caller the same watcher of one database', async () => {
		const db = track(new QaitalaDb(freshName()));
		expect(connectionEventsOf(db)).toBe(connectionEventsOf(db));
		expect(await connectionEventsOf(db).check()).toBe('open');
	});
});
