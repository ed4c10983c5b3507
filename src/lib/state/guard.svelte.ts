/**
 * Runs a page's actions one at a time and turns their failures into what the page says, by the
 * error's class (domain/errors.ts): the banks could not be had, a bank does not fit this version,
 * the device's storage is full, a record is gone, or storage failed.
 */
import { BankDataError, BankFetchError, isQuotaExceeded, MissingRecordError } from '../domain/errors';

export type Failure = 'banks' | 'bankData' | 'storageFull' | 'missingRecord' | 'storage';

export function failureOf(error: unknown): Failure {
	if (error instanceof BankFetchError) return 'banks';
	if (error instanceof BankDataError) return 'bankData';
	if (error instanceof MissingRecordError) return 'missingRecord';
	if (isQuotaExceeded(error)) return 'storageFull';
	// The rest of a page's action is storage work: StorageUnavailableError, or Dexie's own errors.
	return 'storage';
}

/** The translated message for each failure. */
export const FAILURE_MESSAGES: Record<Failure, string> = {
	banks: 'study.loadError',
	bankData: 'failures.bankData',
	storageFull: 'failures.storageFull',
	missingRecord: 'failures.missingRecord',
	storage: 'storage.unavailable'
};

export class ActionGuard {
	isBusy = $state(false);
	failed = $state<Failure | false>(false);
	/** The key of the message for the last failure, when there is one. */
	readonly failureMessage = $derived(this.failed ? FAILURE_MESSAGES[this.failed] : undefined);

	/** Runs `action` with the page marked busy; a failure is kept in `failed` instead of thrown. */
	run = async (action: () => Promise<void>): Promise<void> => {
		this.isBusy = true;
		this.failed = false;
		try {
			await action();
		} catch (error) {
			this.failed = failureOf(error);
		} finally {
			this.isBusy = false;
		}
	};
}
