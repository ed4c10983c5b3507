/**
 * The settings page's form: each change saved at once through the settings, a note that it was
 * saved (or not), and the interface language the page then moves to.
 */
import { isLanguage, type Language } from '../domain/language';
import { isLearningStepsPreset, type Settings } from '../domain/settings';
import { settings as appSettings, type SettingsState } from './settings.svelte';

export type SettingsSource = Pick<SettingsState, 'current' | 'isLoaded' | 'saveFailed' | 'load' | 'update'>;

/** The settings typed as numbers on the page. */
export type NumberSetting = 'desiredRetention' | 'newCardsPerDay' | 'reviewsPerDay';

export class SettingsPage {
	/** When the last change was saved; 0 until one is. */
	savedAt = $state(0);
	readonly settings: SettingsSource;
	readonly #clock: () => number;

	constructor(settings: SettingsSource = appSettings, clock: () => number = Date.now) {
		this.settings = settings;
		this.#clock = clock;
	}

	/** What the status line says after a change. */
	get status(): 'saved' | 'failed' | undefined {
		if (this.settings.saveFailed) return 'failed';
		return this.savedAt ? 'saved' : undefined;
	}

	/** Reads the settings; a failure is left to the storage panel, which says why. */
	async load(language: Language): Promise<void> {
		await this.settings.load(language).catch(() => undefined);
	}

	async save(patch: Partial<Settings>): Promise<void> {
		await this.settings.update(patch);
		if (!this.settings.saveFailed) this.savedAt = this.#clock();
	}

	/** Saves the interface language; the language to move the page to, or undefined when it is not one. */
	async setInterfaceLanguage(value: string): Promise<Language | undefined> {
		if (!isLanguage(value)) return undefined;
		await this.save({ uiLanguage: value });
		return value;
	}

	/** An empty choice means "the same as the interface". */
	setContentLanguage = (value: string): Promise<void> =>
		this.save({ contentLanguage: isLanguage(value) ? value : null });

	setLearningSteps = (value: string): Promise<void> =>
		isLearningStepsPreset(value) ? this.save({ learningSteps: value }) : Promise.resolve();

	/** Out-of-range or unreadable numbers are brought into range by the settings themselves. */
	setNumber = (field: NumberSetting, value: string): Promise<void> => this.save({ [field]: Number(value) });
}
