/**
 * The language `/` sends a visitor to: the one of the page they last opened, else the browser's
 * preferred one of ours, else Kazakh. Read synchronously, without opening IndexedDB.
 */
import { pickPreferredLanguage, type Language } from '../domain/language';
import { readPreferredLanguage } from '../storage/preferred-language';

export function startLanguage(browserLanguages: readonly string[]): Language {
	return readPreferredLanguage() ?? pickPreferredLanguage(browserLanguages);
}
