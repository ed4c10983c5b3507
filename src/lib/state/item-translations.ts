/**
 * The same item in another content language, for "show in another language". Banks are fetched
 * once per language and topic (the service worker answers offline) and kept for the session.
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Language } from '../domain/language';
import { loadTopicBank } from './topic-banks';

export class ItemTranslations {
	readonly #topicOf: ReadonlyMap<string, string>;
	readonly #fetch: typeof fetch;
	readonly #banks = new Map<string, Promise<Map<string, LocalizedItem>>>();
	readonly #ownLanguages: ReadonlyMap<string, readonly Language[]>;

	/**
	 * @param topicOf each item's topic id
	 * @param ownLanguages the languages of the learner's own topics (the built-in ones have all three)
	 */
	constructor(
		topicOf: ReadonlyMap<string, string>,
		fetchFn: typeof fetch,
		ownLanguages: ReadonlyMap<string, readonly Language[]> = new Map()
	) {
		this.#topicOf = topicOf;
		this.#fetch = fetchFn;
		this.#ownLanguages = ownLanguages;
	}

	/** Whether the item can be shown in `language`: an own bank may have one language only. */
	has(itemId: string, language: Language): boolean {
		const topicId = this.#topicOf.get(itemId);
		return topicId !== undefined && (this.#ownLanguages.get(topicId)?.includes(language) ?? true);
	}

	/** The language the item is shown in when the cards are in `language`: an own bank without it shows its own. */
	languageOf(itemId: string, language: Language): Language {
		const languages = this.#ownLanguages.get(this.#topicOf.get(itemId) ?? '');
		return !languages || languages.includes(language) ? language : (languages[0] ?? language);
	}

	async get(itemId: string, language: Language): Promise<LocalizedItem | undefined> {
		const topicId = this.#topicOf.get(itemId);
		if (!topicId) return undefined;
		const key = `${language}/${topicId}`;
		let bank = this.#banks.get(key);
		if (!bank) {
			bank = loadTopicBank(this.#fetch, language, topicId).then(
				(b) => new Map(b.language === language ? b.items.map((i) => [i.id, i]) : [])
			);
			bank.catch(() => this.#banks.delete(key)); // let a later attempt retry
			this.#banks.set(key, bank);
		}
		return (await bank).get(itemId);
	}
}
