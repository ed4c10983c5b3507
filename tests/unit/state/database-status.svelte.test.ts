import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { QaitalaDb } from '$lib/storage/db';
import { connectionEventsOf } from '$lib/storage/connection-events';
import { DatabaseStatus } from '$lib/state/database-status.svelte';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('DatabaseStatus', () => {
	it('says the database works, then follows another tab that changes it', async () => {
		const name = `status-${Date.now()}`;
		names.push(name);
		const db = new QaitalaDb(name);
		const status = new DatabaseStatus(() => connectionEventsOf(db));
		await status.watch();
		expect(status.status).toBe('open');

		const newer = new Dexie(name);
		newer.version(100).stores({ extra: '&id' });
		await newer.open();
		expect(status.status).toBe('versionchange');
		newer.close();
	});

	it('says storage is unavailable when the database cannot even be made', async () => {
		const status = new DatabaseStatus(() => {
			throw new Error('indexedDB is not defined');
		});
		await status.watch();
		expect(status.status).toBe('unavailable');
	});
});
