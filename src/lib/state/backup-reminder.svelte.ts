/**
 * The home page's gentle reminder: shown after REMIND_AFTER_STUDY_DAYS study days without a
 * backup. Light on purpose (a few index look-ups); the backup itself is loaded only on a tap.
 */
import { countStudyDaysSince, REMIND_AFTER_STUDY_DAYS, reminderCountsFrom } from '../domain/backup/reminder';
import { startOfNextLocalDay } from '../domain/settings';
import type { BackupDatesRepository } from '../storage/backup-dates';
import { quickReader } from '../storage/quick-read';
import type { SaveFile } from './backup.svelte';

type BackupDates = Pick<BackupDatesRepository, 'loadBackupDates' | 'firstReviewAtOrAfter' | 'dismissReminder'>;

/** Reads without Dexie (the home page stays light); putting the reminder off loads the repository. */
const appDates: BackupDates = {
	loadBackupDates: () => quickReader.loadBackupDates(),
	firstReviewAtOrAfter: (ms) => quickReader.firstReviewAtOrAfter(ms),
	dismissReminder: async (at) =>
		(await import('../storage/backup-dates')).getBackupDatesRepository().dismissReminder(at)
};

export interface ReminderOptions {
	now: () => number;
	/** Makes and hands over the backup file, and notes when. */
	download: (save: SaveFile) => Promise<void>;
}

const appOptions: ReminderOptions = {
	now: () => Date.now(),
	download: async (save) => (await import('./backup.svelte')).downloadAppBackup(save)
};

export class BackupReminderState {
	readonly #repository: () => BackupDates;
	readonly #options: ReminderOptions;
	isShown = $state(false);
	/** Whether a backup was ever made here (the reminder says "since your last backup" or "not yet"). */
	hasBackedUp = $state(false);
	isSaving = $state(false);
	failed = $state(false);

	constructor(repository: () => BackupDates = () => appDates, options: ReminderOptions = appOptions) {
		this.#repository = repository;
		this.#options = options;
	}

	async load(): Promise<void> {
		const repository = this.#repository();
		const { lastBackupAt, reminderDismissedAt } = await repository.loadBackupDates();
		this.hasBackedUp = lastBackupAt !== undefined;
		const since = reminderCountsFrom(lastBackupAt, reminderDismissedAt);
		const days = await countStudyDaysSince(since, (ms) => repository.firstReviewAtOrAfter(ms), startOfNextLocalDay);
		this.isShown = days >= REMIND_AFTER_STUDY_DAYS;
	}

	async download(save: SaveFile): Promise<void> {
		if (this.isSaving) return;
		this.isSaving = true;
		this.failed = false;
		try {
			await this.#options.download(save);
			this.isShown = false;
		} catch {
			this.failed = true; // storage could not be read, or the app's files could not load offline
		} finally {
			this.isSaving = false;
		}
	}

	/** Not now: asks again after another week's worth of study days. */
	async dismiss(): Promise<void> {
		this.isShown = false;
		await this.#repository().dismissReminder(this.#options.now());
	}
}
