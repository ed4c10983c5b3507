/**
 * The same item in another content language, for "show in another language". Banks are fetched
 * once per language and topic (the service worker answers offline) and kept for the session.
 */
import { fetchTopicBank } from '../banks/fetch-banks';
import type { LocalizedItem } from '../domain/bank/localize';
import type { Language } from '../domain/language';

export class ItemTranslations {
	readonly #topicOf: ReadonlyMap<string, string>;
	readonly #fetch: typeof fetch;
	readonly #banks = new Map<string, Promise<Map<string, LocalizedItem>>>();

	/** @param topicOf each item's topic id */
	constructor(topicOf: ReadonlyMap<string, string>, fetchFn: typeof fetch) {
		this.#topicOf = topicOf;
		this.#fetch = fetchFn;
	}

	async get(itemId: string, language: Language): Promise<LocalizedItem | undefined> {
		const topicId = this.#topicOf.get(itemId);
		if (!topicId) return undefined;
		const key = `${language}/${topicId}`;
		let bank = this.#banks.get(key);
		if (!bank) {
			bank = fetchTopicBank(this.#fetch, language, topicId).then((b) => new Map(b.items.map((i) => [i.id, i])));
			bank.catch(() => this.#banks.delete(key)); // let a later attempt retry
			this.#banks.set(key, bank);
		}
		return (await bank).get(itemId);
	}
}
