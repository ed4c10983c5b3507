/**
 * The browse page: the settings, the instructor's own topics and every question read in order, the
 * list shown a page at a time (back to the first page whenever a filter changes).
 */
import type { BankIndex } from '../domain/bank/compile';
import type { Language } from '../domain/language';
import { BrowseState } from './browse.svelte';
import { OwnTopics } from './own-topics.svelte';
import { settings as appSettings, type SettingsState } from './settings.svelte';

/** How many items show before "show more". */
export const BROWSE_PAGE_SIZE = 30;

export class BrowsePage {
	readonly browse: BrowseState;
	readonly own: OwnTopics;
	loadFailed = $state(false);
	/** The built-in topics and the instructor's own. */
	readonly topics = $derived.by(() => this.own.with(this.#index().topics));
	/** How many of the results show; a filter's change starts again from the first page. */
	readonly shownCount = $derived.by(() => (this.#more.filters === this.#filters ? this.#more.count : BROWSE_PAGE_SIZE));
	readonly shown = $derived.by(() => this.browse.results.slice(0, this.shownCount));
	readonly hasMore = $derived.by(() => this.browse.results.length > this.shownCount);

	/** "Show more" was pressed this far, with these filters. */
	#more = $state.raw({ filters: '', count: BROWSE_PAGE_SIZE });
	readonly #filters = $derived.by(() => {
		const { query, topicId, type, status, level, tagId } = this.browse;
		return JSON.stringify([query, topicId, type, status, level, tagId]);
	});
	readonly #index: () => BankIndex;
	readonly #settings: Pick<SettingsState, 'load' | 'contentLanguageFor'>;

	constructor(
		index: () => BankIndex,
		parts: {
			browse?: BrowseState;
			own?: OwnTopics;
			settings?: Pick<SettingsState, 'load' | 'contentLanguageFor'>;
		} = {}
	) {
		this.#index = index;
		this.browse = parts.browse ?? new BrowseState();
		this.own = parts.own ?? new OwnTopics();
		this.#settings = parts.settings ?? appSettings;
	}

	/** The language the questions show in. */
	contentLanguage(uiLanguage: Language): Language {
		return this.#settings.contentLanguageFor(uiLanguage);
	}

	async load(uiLanguage: Language, fetchFn: typeof fetch): Promise<void> {
		try {
			await this.#settings.load(uiLanguage);
			await this.own.load();
			await this.browse.load({ ...this.#index(), topics: this.topics }, this.contentLanguage(uiLanguage), fetchFn);
		} catch {
			this.loadFailed = true;
		}
	}

	showMore(): void {
		this.#more = { filters: this.#filters, count: this.shownCount + BROWSE_PAGE_SIZE };
	}
}
