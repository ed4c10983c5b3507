/**
 * The learner's settings for the UI: loaded from storage once (read without Dexie, so no page waits
 * for it), saved on every change (through the repository, loaded then).
 */
import { defaultSettings, resolveContentLanguage, sanitizeSettings, type Settings } from '../domain/settings';
import type { Language } from '../domain/language';
import { quickReader } from '../storage/quick-read';
import { writePreferredLanguage } from '../storage/preferred-language';

export class SettingsState {
	#settings = $state<Settings>(defaultSettings());
	#loaded = $state(false);
	saveFailed = $state(false);

	get current(): Settings {
		return this.#settings;
	}

	get isLoaded(): boolean {
		return this.#loaded;
	}

	/** The cards' language on a page whose interface is in `uiLanguage`. */
	contentLanguageFor(uiLanguage: Language): Language {
		return resolveContentLanguage(this.#settings, uiLanguage);
	}

	/** Loads the stored settings; a first visit takes `pageLanguage` for both languages. */
	async load(pageLanguage: Language): Promise<Settings> {
		if (!this.#loaded) {
			this.#settings = await quickReader.loadSettings(pageLanguage);
			this.#loaded = true;
		}
		return this.#settings;
	}

	async update(patch: Partial<Settings>): Promise<void> {
		const next = sanitizeSettings({ ...this.#settings, ...patch }, this.#settings);
		try {
			const { getStudyRepository } = await import('../storage/study-repository');
			await getStudyRepository().saveSettings(next);
			this.#settings = next;
			writePreferredLanguage(next.uiLanguage);
			this.saveFailed = false;
		} catch {
			this.saveFailed = true;
		}
	}

	/**
	 * A page in `language` was opened: `/` sends the visitor to it next time, and the stored
	 * interface language follows it. Storage may be blocked: the pages say so where it matters.
	 */
	async openPage(language: Language): Promise<void> {
		writePreferredLanguage(language);
		const current = await this.load(language).catch(() => undefined);
		if (current && current.uiLanguage !== language) void this.update({ uiLanguage: language });
	}
}

/** The app's one settings instance (browser only; nothing is read until `load`). */
export const settings = new SettingsState();
