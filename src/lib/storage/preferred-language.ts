/**
 * A copy of the interface language in localStorage, read synchronously by `/` to redirect at
 * once without opening IndexedDB. The settings record in IndexedDB stays the source of truth.
 */
import { isLanguage, type Language } from '../domain/language';

const KEY = 'qaitala.uiLanguage';

export function readPreferredLanguage(): Language | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return isLanguage(value) ? value : undefined;
	} catch {
		return undefined; // storage may be blocked
	}
}

export function writePreferredLanguage(language: Language): void {
	try {
		localStorage.setItem(KEY, language);
	} catch {
		// storage may be blocked; the URL still carries the language
	}
}
