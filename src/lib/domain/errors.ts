/**
 * The failures the app names. A page tells them apart by class (state/guard.svelte.ts), so a bug
 * is never reported as "offline" because it happened to be a TypeError. No name here may be one of
 * IndexedDB's or Dexie's (NotFoundError, AbortError…): Dexie turns an error so named, thrown in a
 * transaction, into its own.
 */

/** A bank could not be had: offline before it was kept, an error from the server, or an own bank gone. */
export class BankFetchError extends Error {
	override name = 'BankFetchError';
	constructor(
		readonly url: string,
		/** The HTTP status; 0 when no response came (offline). */
		readonly status: number,
		options?: ErrorOptions
	) {
		super(`Could not load ${url} (${status})`, options);
	}
}

/**
 * A bank's data does not fit what the code asks of it: a file that is not a bank, or an answer of
 * one type for a question of another (the bank changed under a test begun with the old one).
 */
export class BankDataError extends Error {
	override name = 'BankDataError';
}

/** This browser gives the app no IndexedDB, or refuses to open it (private mode, storage blocked). */
export class StorageUnavailableError extends Error {
	override name = 'StorageUnavailableError';
}

/** A stored record the action needs is not there (any more): finished or removed in another tab. */
export class MissingRecordError extends Error {
	override name = 'MissingRecordError';
}

/** A programmer error: a review row must belong to the card written with it. */
export class MismatchedReviewError extends Error {
	override name = 'MismatchedReviewError';
	constructor(cardItemId: string, reviewItemId: string) {
		super(`card ${cardItemId} written with a review of ${reviewItemId}`);
	}
}

/**
 * True for a write refused because the device's storage is full. The platform names it
 * (a DOMException called QuotaExceededError); Dexie wraps it in errors of its own, `inner` each time.
 */
export function isQuotaExceeded(error: unknown): boolean {
	for (
		let e = error as { name?: unknown; inner?: unknown } | null | undefined, depth = 0;
		e && depth < 5;
		e = e.inner as typeof e, depth++
	) {
		if (e.name === 'QuotaExceededError') return true;
	}
	return false;
}
