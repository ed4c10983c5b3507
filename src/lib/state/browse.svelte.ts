/** Everything the browse page shows: every item in the three languages, searchable, with its schedule. */
import { fetchTopicBank } from '../banks/fetch-banks';
import type { BankIndex } from '../domain/bank/compile';
import type { LocalizedItem } from '../domain/bank/localize';
import { buildSearchIndex, searchItems, type SearchEntry } from '../domain/bank/search';
import { LANGUAGES, type Language } from '../domain/language';
import type { Card } from '../domain/study/card';
import { getRepository } from '../storage/repository';

export interface BrowseEntry {
	item: LocalizedItem;
	topicId: string;
	card: Card | undefined;
}

export class BrowseState {
	#entries = $state.raw<BrowseEntry[]>([]);
	#searchIndex = $state.raw<SearchEntry[]>([]);
	#suspended = $state.raw<ReadonlySet<string>>(new Set());
	isLoaded = $state(false);
	query = $state('');
	topicId = $state('');

	readonly results = $derived.by(() => {
		const matching = new Set(searchItems(this.#searchIndex, this.query));
		return this.#entries.filter((e) => matching.has(e.item.id) && (!this.topicId || e.topicId === this.topicId));
	});

	/** Reads every topic in every language (so a search finds a word in any of them) and the learner's cards. */
	async load(index: BankIndex, contentLanguage: Language, fetchFn: typeof fetch): Promise<void> {
		const topicIds = index.topics.map((t) => t.id);
		const [banks, cards, flags] = await Promise.all([
			Promise.all(LANGUAGES.map((l) => Promise.all(topicIds.map((id) => fetchTopicBank(fetchFn, l, id))))),
			getRepository().loadCards(),
			getRepository().loadItemFlags()
		]);
		this.#suspended = new Set(flags.filter((f) => f.isSuspended).map((f) => f.itemId));
		const shown = banks[LANGUAGES.indexOf(contentLanguage)] ?? [];
		this.#searchIndex = buildSearchIndex(banks.map((perTopic) => perTopic.flatMap((b) => b.items)));
		this.#entries = shown.flatMap((bank) => bank.items.map((item) => ({ item, topicId: bank.topicId, card: cards.get(item.id) })));
		this.isLoaded = true;
	}

	isSuspended(itemId: string): boolean {
		return this.#suspended.has(itemId);
	}

	/** Puts a suspended item back into sessions. */
	async unsuspend(itemId: string): Promise<void> {
		await getRepository().setSuspended(itemId, false);
		const next = new Set(this.#suspended);
		next.delete(itemId);
		this.#suspended = next;
	}
}
