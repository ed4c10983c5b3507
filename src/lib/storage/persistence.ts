/** Asks the browser to keep our IndexedDB data under storage pressure (DESIGN.md, "Offline"). */
export async function requestPersistentStorage(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false; // not offered in this browser or context
	}
}
