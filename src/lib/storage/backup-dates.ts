/**
 * The few backup facts the home page's reminder needs: when the last backup was made, when the
 * reminder was put off, and on which days there was study. Cheap look-ups, and none of the file
 * machinery (storage/backup.ts), so the home page stays small.
 */
import { LAST_BACKUP_AT_KEY, REMINDER_DISMISSED_AT_KEY } from '../domain/backup/format';
import type { QaitalaDb } from './db';
import { getDb } from './connection';

function asTime(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export class BackupDatesRepository {
	constructor(readonly db: QaitalaDb) {}

	async markBackedUp(at: number): Promise<void> {
		await this.db.settings.put({ key: LAST_BACKUP_AT_KEY, value: at });
	}

	/** When the last backup was made, and when the reminder was last put off (epoch ms). */
	async loadBackupDates(): Promise<{ lastBackupAt?: number; reminderDismissedAt?: number }> {
		const [backup, dismissed] = await this.db.settings.bulkGet([LAST_BACKUP_AT_KEY, REMINDER_DISMISSED_AT_KEY]);
		return { lastBackupAt: asTime(backup?.value), reminderDismissedAt: asTime(dismissed?.value) };
	}

	async dismissReminder(at: number): Promise<void> {
		await this.db.settings.put({ key: REMINDER_DISMISSED_AT_KEY, value: at });
	}

	/** The time of the first review at or after `ms`, read from the index alone. */
	async firstReviewAtOrAfter(ms: number): Promise<number | undefined> {
		const [first] = await this.db.reviews.where('reviewedAt').aboveOrEqual(ms).limit(1).keys();
		return first as number | undefined;
	}
}

let shared: BackupDatesRepository | undefined;

export function getBackupDatesRepository(): BackupDatesRepository {
	shared ??= new BackupDatesRepository(getDb());
	return shared;
}
