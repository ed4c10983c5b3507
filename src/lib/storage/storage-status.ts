/**
 * What Settings shows about this device's storage: whether IndexedDB works, whether the browser
 * keeps the data, the space used and left, the last backup, and rows set aside by the check.
 * Also when to ask the browser to keep the data (after real study, not on every page load).
 */
import { PERSISTENCE_ASKED_AT_KEY } from '../domain/backup/format';
import { isStoredDate } from '../domain/data/stored-date';
import type { CheckReport } from './database-check';
import type { QaitalaDb } from './db';
import { estimateStorage, isStoragePersisted, requestPersistentStorage, type StorageManagerLike } from './persistence';
import { getDb } from './connection';

/** Settings rows: when a backup was last made (written by the backup), and when we asked to persist. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const PERSISTENCE_ASKED_KEY = PERSISTENCE_ASKED_AT_KEY;

export interface StorageStatus {
	/** False when IndexedDB is missing or refuses to open (some private modes): nothing can be saved. */
	isDatabaseAvailable: boolean;
	/** Undefined when the browser does not say. */
	isPersisted: boolean | undefined;
	usageBytes: number | undefined;
	quotaBytes: number | undefined;
	lastBackupAt: number | undefined;
	setAsideCount: number;
}

export class StorageStatusRepository {
	constructor(
		readonly db: QaitalaDb,
		readonly storage?: StorageManagerLike
	) {}

	async read(): Promise<StorageStatus> {
		const [isPersisted, estimate] = await Promise.all([
			isStoragePersisted(this.storage),
			estimateStorage(this.storage)
		]);
		const base = { isPersisted, usageBytes: estimate.usageBytes, quotaBytes: estimate.quotaBytes };
		try {
			const [backup, setAsideCount] = await Promise.all([
				this.db.settings.get(LAST_BACKUP_KEY),
				this.db.setAside.count()
			]);
			return {
				...base,
				isDatabaseAvailable: true,
				lastBackupAt: isStoredDate(backup?.value) ? backup.value : undefined,
				setAsideCount
			};
		} catch {
			return { ...base, isDatabaseAvailable: false, lastBackupAt: undefined, setAsideCount: 0 };
		}
	}

	/** Asks the browser to keep the data, and notes that we asked; true when it is kept. */
	async requestPersistence(now: number): Promise<boolean> {
		const isPersisted = await requestPersistentStorage(this.storage);
		await this.db.settings.put({ key: PERSISTENCE_ASKED_KEY, value: now }).catch(() => undefined);
		return isPersisted;
	}

	/**
	 * Whether to ask now that a study session ended: only once, only if the learner has graded a
	 * card (there is progress to keep), and only if the browser does not keep the data already.
	 */
	async shouldAskAfterSession(): Promise<boolean> {
		try {
			if ((await this.db.settings.get(PERSISTENCE_ASKED_KEY)) !== undefined) return false;
			if ((await this.db.reviews.count()) === 0) return false;
		} catch {
			return false; // no database, nothing to keep
		}
		return (await isStoragePersisted(this.storage)) === false;
	}

	async checkDatabase(): Promise<CheckReport> {
		const { DatabaseCheck } = await import('./database-check'); // the row schemas load only when asked
		return new DatabaseCheck(this.db).run();
	}
}

let shared: StorageStatusRepository | undefined;

/** The app's storage status, opened on first use in the browser (never during prerendering). */
export function getStorageStatusRepository(): StorageStatusRepository {
	shared ??= new StorageStatusRepository(getDb());
	return shared;
}
