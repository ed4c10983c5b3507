// The app's shared connection runs the database check after a schema upgrade, and not for a
// database it has just made (a first visit has nothing to check, and need not load the check).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { CHECKED_SCHEMA_VERSION_KEY } from '$lib/domain/backup/device-keys';

const checkAfterUpgrade = vi.fn(async () => undefined);
vi.mock('$lib/storage/database-check', () => ({ checkAfterUpgrade }));

/** A fresh copy of connection.ts, whose shared database is opened anew. */
const freshConnection = async () => {
	vi.resetModules();
	return import('$lib/storage/connection');
};

const checkedVersion = async (db: QaitalaDb) => {
	await vi.waitFor(async () => expect(await db.settings.get(CHECKED_SCHEMA_VERSION_KEY)).toBeDefined());
	return (await db.settings.get(CHECKED_SCHEMA_VERSION_KEY))?.value;
};

beforeEach(() => checkAfterUpgrade.mockClear());
afterEach(async () => {
	const db = new QaitalaDb();
	await db.delete();
});

describe('getDb', () => {
	it('marks a database it made as checked at its version, without running the check', async () => {
		const { getDb } = await freshConnection();
		const db = getDb();
		expect(await checkedVersion(db)).toBe(db.verno);
		expect(checkAfterUpgrade).not.toHaveBeenCalled();
		db.close();
	});

	it('runs the check on a database last checked at an older version', async () => {
		const older = new QaitalaDb();
		await older.settings.put({ key: CHECKED_SCHEMA_VERSION_KEY, value: older.verno - 1 });
		await older.settings.put({ key: 'settings', value: {} });
		older.close();
		const { getDb } = await freshConnection();
		const db = getDb();
		await vi.waitFor(() => expect(checkAfterUpgrade).toHaveBeenCalledWith(db));
		db.close();
	});

	it('runs no check on a database already checked at its version', async () => {
		const current = new QaitalaDb();
		await current.settings.put({ key: CHECKED_SCHEMA_VERSION_KEY, value: current.verno });
		current.close();
		const { getDb } = await freshConnection();
		const db = getDb();
		await db.settings.count(); // the connection has opened and read the row
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(checkAfterUpgrade).not.toHaveBeenCalled();
		db.close();
	});
});
