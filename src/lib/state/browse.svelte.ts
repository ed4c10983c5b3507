/** Everything the browse page shows: every item in the three languages, searchable, with its schedule. */
import type { BankIndex } from '../domain/bank/compile';
import type { LocalizedItem } from '../domain/bank/localize';
import { buildSearchIndex, searchItems, type SearchEntry } from '../domain/bank/search';
import { LANGUAGES, type Language } from '../domain/language';
import type { Card } from '../domain/study/card';
import type { ItemType } from '../domain/bank/schema';
import { isDueNow } from '../domain/study/queue';
import { isLeech } from '../domain/study/leech';
import { getRepository } from '../storage/repository';
import { loadTopicBank } from './topic-banks';

export interface BrowseEntry {
	item: LocalizedItem;
	topicId: string;
	card: Card | undefined;
}

/** What Browse can narrow the list to, besides a topic, a type and a search. */
export const BROWSE_STATUSES = ['all', 'new', 'learning', 'review', 'due', 'suspended', 'leech'] as const;
export type BrowseStatus = (typeof BROWSE_STATUSES)[number];

export class BrowseState {
	#entries = $state.raw<BrowseEntry[]>([]);
	#searchIndex = $state.raw<SearchEntry[]>([]);
	#suspended = $state.raw<ReadonlySet<string>>(new Set());
	/** When the cards were read: "due" means due then. */
	#loadedAt = 0;
	readonly #clock: () => number;
	isLoaded = $state(false);
	query = $state('');
	topicId = $state('');
	type = $state<ItemType | ''>('');
	status = $state<BrowseStatus>('all');

	constructor(clock: () => number = Date.now) {
		this.#clock = clock;
	}

	readonly results = $derived.by(() => {
		const matching = new Set(searchItems(this.#searchIndex, this.query));
		return this.#entries.filter(
			(e) =>
				matching.has(e.item.id) &&
				(!this.topicId || e.topicId === this.topicId) &&
				(!this.type || e.item.type === this.type) &&
				this.#hasStatus(e, this.status)
		);
	});

	#hasStatus({ item, card }: BrowseEntry, status: BrowseStatus): boolean {
		switch (status) {
			case 'all':
				return true;
			case 'new':
				return !card;
			case 'learning':
				return card?.state === 'learning' || card?.state === 'relearning';
			case 'review':
				return card?.state === 'review';
			case 'due':
				return !!card && !this.#suspended.has(item.id) && isDueNow(card, this.#loadedAt);
			case 'suspended':
				return this.#suspended.has(item.id);
			case 'leech':
				return isLeech(card);
		}
	}

	/** Reads every topic in every language (so a search finds a word in any of them) and the learner's cards. */
	async load(index: BankIndex, contentLanguage: Language, fetchFn: typeof fetch): Promise<void> {
		const topicIds = index.topics.map((t) => t.id);
		const [banks, cards, flags] = await Promise.all([
			Promise.all(LANGUAGES.map((l) => Promise.all(topicIds.map((id) => loadTopicBank(fetchFn, l, id))))),
			getRepository().loadCards(),
			getRepository().loadItemFlags()
		]);
		this.#suspended = new Set(flags.filter((f) => f.isSuspended).map((f) => f.itemId));
		this.#loadedAt = this.#clock();
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
