/**
 * The browser's storage manager: whether our IndexedDB data is kept under
 * storage pressure, and how much room there is. Every call is optional in browsers and may throw
 * in odd contexts, so each answers "unknown" (undefined) rather than failing.
 */

/** The part of `navigator.storage` we use; passed in so tests can give their own. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const browserStorage = (): StorageManagerLike | undefined =>
	typeof navigator === 'undefined' ? undefined : navigator.storage;

/** Asks the browser to keep our data under storage pressure; true when it is (or already was) kept. */
export async function requestPersistentStorage(storage = browserStorage()): Promise<boolean> {
	try {
		if (!storage?.persist) return false;
		if (await storage.persisted()) return true;
		return await storage.persist();
	} catch {
		return false; // not offered in this browser or context
	}
}

/** Whether the data is kept under storage pressure; undefined when the browser does not say. */
export async function isStoragePersisted(storage = browserStorage()): Promise<boolean | undefined> {
	try {
		return storage?.persisted ? await storage.persisted() : undefined;
	} catch {
		return undefined;
	}
}

/** Bytes used by this site and the most it may use, as the browser estimates them. */
export async function estimateStorage(
	storage = browserStorage()
): Promise<{ usageBytes?: number; quotaBytes?: number }> {
	try {
		const { usage, quota } = (await storage?.estimate?.()) ?? {};
		return { usageBytes: usage, quotaBytes: quota };
	} catch {
		return {};
	}
}
