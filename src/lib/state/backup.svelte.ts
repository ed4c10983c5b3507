/**
 * Backups for the UI: download one, check a chosen file whole and show what it holds, restore it
 * (replace or merge) with an undo. Storage is opened only from the methods, so the pages can be
 * prerendered. The home page's reminder is in backup-reminder.svelte.ts (kept light).
 */
import { version } from '$app/environment';
import { readBackup } from '../domain/backup/codec';
import { backupFileName, MAX_BACKUP_FILE_BYTES, type Backup, type BackupError } from '../domain/backup/format';
import type { RestoreMode } from '../domain/backup/merge';
import { summarizeBackup, type BackupSummary } from '../domain/backup/summary';
import { isQuotaExceeded } from '../domain/errors';
import type { BackupRepository, RestoreInfo } from '../storage/backup';

/** The backup's storage (Dexie and the codec's writer), loaded when first used: not part of Settings' first load. */
const appRepository = async (): Promise<BackupRepository> => (await import('../storage/backup')).getBackupRepository();

export type { RestoreInfo };

/** Failures of this device rather than of the file, as i18n keys. */
export type BackupFailureKey =
	| 'backup.error.exportFailed'
	| 'backup.error.readFailed'
	| 'backup.error.quota'
	| 'backup.error.writeFailed'
	| 'backup.error.undoFailed';

export type BackupProblem = BackupError | { key: BackupFailureKey; params?: undefined };

export interface BackupOptions {
	appVersion: string;
	now: () => number;
	/** Called once a restore or an undo has changed the data: the app reloads so every page reads it afresh. */
	afterDataChange: () => void;
}

const appOptions: BackupOptions = {
	appVersion: version,
	now: () => Date.now(),
	afterDataChange: () => location.reload()
};

/** Hands the file to the browser's downloads (components/common/save-file.ts in the app). */
export type SaveFile = (blob: Blob, fileName: string) => void;

/** Makes the backup file, hands it over and notes when; returns the file's name. */
export async function downloadBackup(
	repository: BackupRepository,
	options: BackupOptions,
	save: SaveFile
): Promise<string> {
	const createdAt = options.now();
	const bytes = await repository.exportBackup({ appVersion: options.appVersion, createdAt });
	const fileName = backupFileName(createdAt);
	save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }), fileName);
	await repository.markBackedUp(createdAt);
	return fileName;
}

export class BackupState {
	readonly #repository: () => BackupRepository | Promise<BackupRepository>;
	readonly #options: BackupOptions;
	/** The checked backup waiting for the student's choice (kept out of $state: it can be large). */
	#chosen: Backup | undefined;
	#isReloading = false;

	lastBackupAt = $state<number>();
	/** The last restore, while it can be undone (it survives a reload). */
	restoreInfo = $state.raw<RestoreInfo>();
	preview = $state.raw<{ fileName: string; summary: BackupSummary }>();
	problem = $state.raw<BackupProblem>();
	savedFileName = $state<string>();
	activity = $state<'idle' | 'saving' | 'reading' | 'restoring' | 'undoing'>('idle');
	readonly isBusy = $derived(this.activity !== 'idle');

	constructor(
		repository: () => BackupRepository | Promise<BackupRepository> = appRepository,
		options: BackupOptions = appOptions
	) {
		this.#repository = repository;
		this.#options = options;
	}

	async load(): Promise<void> {
		const repository = await this.#repository();
		const [dates, info] = await Promise.all([repository.loadBackupDates(), repository.loadRestoreInfo()]);
		this.lastBackupAt = dates.lastBackupAt;
		this.restoreInfo = info;
	}

	async download(save: SaveFile): Promise<void> {
		await this.#busy('saving', async () => {
			try {
				this.savedFileName = await downloadBackup(await this.#repository(), this.#options, save);
				this.lastBackupAt = (await (await this.#repository()).loadBackupDates()).lastBackupAt;
			} catch {
				this.problem = { key: 'backup.error.exportFailed' };
			}
		});
	}

	/** Reads and checks a chosen file whole; shows what it holds, or why it cannot be restored. Writes nothing. */
	async chooseFile(file: File): Promise<void> {
		this.cancel();
		await this.#busy('reading', async () => {
			if (file.size > MAX_BACKUP_FILE_BYTES) {
				this.problem = { key: 'backup.error.tooLarge' };
				return;
			}
			let bytes: Uint8Array;
			try {
				bytes = new Uint8Array(await file.arrayBuffer());
			} catch {
				this.problem = { key: 'backup.error.readFailed' };
				return;
			}
			const read = readBackup(bytes);
			if (!read.ok) {
				this.problem = read.error;
				return;
			}
			this.#chosen = read.backup;
			this.preview = { fileName: file.name, summary: summarizeBackup(read.backup) };
		});
	}

	/** Forgets the chosen file. */
	cancel(): void {
		this.#chosen = undefined;
		this.preview = undefined;
		this.problem = undefined;
		this.savedFileName = undefined;
	}

	async restore(mode: RestoreMode): Promise<void> {
		const backup = this.#chosen;
		if (!backup || this.isBusy) return;
		await this.#busy('restoring', async () => {
			try {
				await (
					await this.#repository()
				).restore(backup, mode, {
					appVersion: this.#options.appVersion,
					now: this.#options.now()
				});
			} catch (error) {
				this.problem = { key: isQuotaExceeded(error) ? 'backup.error.quota' : 'backup.error.writeFailed' };
				return;
			}
			this.#chosen = undefined;
			this.#reloadAfterDataChange();
		});
	}

	async undo(): Promise<void> {
		await this.#busy('undoing', async () => {
			try {
				await (await this.#repository()).undoRestore();
			} catch (error) {
				this.problem = { key: isQuotaExceeded(error) ? 'backup.error.quota' : 'backup.error.undoFailed' };
				return;
			}
			this.#reloadAfterDataChange();
		});
	}

	/** Keeps the restored data for good: the undo snapshot goes, and with it the space it takes. */
	async keepRestored(): Promise<void> {
		await this.#busy('undoing', async () => {
			await (await this.#repository()).discardUndo();
			this.restoreInfo = undefined;
		});
	}

	/** The data changed under every open page: the page reloads, and stays busy until it does. */
	#reloadAfterDataChange(): void {
		this.#isReloading = true;
		this.#options.afterDataChange();
	}

	async #busy(activity: BackupState['activity'], action: () => Promise<void>): Promise<void> {
		if (this.isBusy) return;
		this.activity = activity;
		this.problem = undefined;
		try {
			await action();
		} finally {
			if (!this.#isReloading) this.activity = 'idle';
		}
	}
}

/** The app's backup, downloaded (for the home page's reminder, which loads this module only on a tap). */
export async function downloadAppBackup(save: SaveFile): Promise<void> {
	await downloadBackup(await appRepository(), appOptions, save);
}
