import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupReminderState } from '$lib/state/backup-reminder.svelte';
import { downloadBackup } from '$lib/state/backup.svelte';
import { BackupRepository } from '$lib/storage/backup';
import type { QaitalaDb } from '$lib/storage/db';
import { deleteAll, FILL_NOW, freshDb, study } from '../storage/fill-every-table';

const DAY = 86_400_000;
afterEach(deleteAll);

async function studyOnDays(db: QaitalaDb, days: number) {
	for (let day = 0; day < days; day++) await study(db, `kz-china-${day}`, ['good'], FILL_NOW + day * DAY);
}

function reminderFor(db: QaitalaDb, now: number) {
	const repository = new BackupRepository(db);
	const backupOptions = { appVersion: 'test', now: () => now, afterDataChange: vi.fn() };
	const download = (save: (blob: Blob, name: string) => void) =>
		downloadBackup(repository, backupOptions, save).then(() => undefined);
	return { repository, reminder: new BackupReminderState(() => repository, { now: () => now, download }) };
}

describe('BackupReminderState', () => {
	it('shows after 7 study days without a backup, and not before', async () => {
		const db = freshDb();
		await studyOnDays(db, 6);
		const { reminder } = reminderFor(db, FILL_NOW + 10 * DAY);
		await reminder.load();
		expect(reminder.isShown).toBe(false);
		await study(db, 'kz-russia-1', ['good'], FILL_NOW + 8 * DAY);
		await reminder.load();
		expect(reminder.isShown).toBe(true);
		expect(reminder.hasBackedUp).toBe(false);
	});

	it('counts again from a backup or a "not now"', async () => {
		const db = freshDb();
		await studyOnDays(db, 8);
		const { reminder, repository } = reminderFor(db, FILL_NOW + 5 * DAY);
		await reminder.load();
		expect(reminder.isShown).toBe(true);
		await reminder.dismiss();
		expect(reminder.isShown).toBe(false);
		await reminder.load();
		expect(reminder.isShown).toBe(false); // only 3 study days since the "not now"

		await repository.dismissReminder(0);
		await reminder.load();
		expect(reminder.isShown).toBe(true);
		const save = vi.fn();
		await reminder.download(save);
		expect(save).toHaveBeenCalledOnce();
		expect(reminder.isShown).toBe(false);
		await reminder.load();
		expect(reminder.isShown).toBe(false);
		expect(reminder.hasBackedUp).toBe(true);
	});

	it('stays up and says so when the backup cannot be made', async () => {
		const db = freshDb();
		await studyOnDays(db, 7);
		const repository = new BackupRepository(db);
		const reminder = new BackupReminderState(() => repository, {
			now: () => FILL_NOW,
			download: () => Promise.reject(new TypeError('offline'))
		});
		await reminder.load();
		await reminder.download(vi.fn());
		expect(reminder.failed).toBe(true);
		expect(reminder.isShown).toBe(true);
	});
});
