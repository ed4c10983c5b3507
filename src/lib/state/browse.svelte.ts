/** Everything the browse page shows: every item in the three languages, searchable, with its schedule. */
import { fetchOtherLanguageBank, fetchTopicBanks } from '../banks/fetch-banks';
import type { BankIndex, TagSummary } from '../domain/bank/compile';
import { matchesLevelAndTags, tagsInUse, tagsOf } from '../domain/bank/level-tags';
import { isCustomTopicId } from '../domain/import/custom-topic';
import type { LocalizedItem } from '../domain/bank/localize';
import { buildSearchIndex, searchItems, type SearchEntry } from '../domain/bank/search';
import { LANGUAGES, type Language } from '../domain/language';
import type { Card } from '../domain/study/card';
import type { ItemLevel, ItemType } from '../domain/bank/schema';
import { isDueNow } from '../domain/study/queue';
import { isLeech } from '../domain/study/leech';
import type { StudyRepository } from '../storage/study-repository';
import { loadTopicBank } from './topic-banks';

export interface BrowseEntry {
	item: LocalizedItem;
	topicId: string;
	card: Card | undefined;
}

/** What Browse can narrow the list to, besides a topic, a type and a search. */
export const BROWSE_STATUSES = ['all', 'new', 'learning', 'review', 'due', 'suspended', 'leech'] as const;
export type BrowseStatus = (typeof BROWSE_STATUSES)[number];

/** What Browse reads and writes; a function, so storage opens only when the page loads (never while prerendering). */
type BrowseRepository = Pick<StudyRepository, 'loadCards' | 'loadItemFlags' | 'setSuspended'>;
export type BrowseStore = () => BrowseRepository | Promise<BrowseRepository>;

/** The study repository (Dexie), loaded when the cards are first read: not part of Browse's first load. */
const appStore = async (): Promise<BrowseRepository> =>
	(await import('../storage/study-repository')).getStudyRepository();

export class BrowseState {
	#entries = $state.raw<BrowseEntry[]>([]);
	/** The tag vocabulary, in `questions/tags.yaml` order. */
	#tags = $state.raw<TagSummary[]>([]);
	#tagsById = $derived(new Map(this.#tags.map((t) => [t.id, t])));
	#searchIndex = $state.raw<SearchEntry[]>([]);
	#suspended = $state.raw<ReadonlySet<string>>(new Set());
	/** When the cards were read: "due" means due then. */
	#loadedAt = 0;
	readonly #clock: () => number;
	readonly #store: BrowseStore;
	isLoaded = $state(false);
	query = $state('');
	topicId = $state('');
	type = $state<ItemType | ''>('');
	status = $state<BrowseStatus>('all');
	level = $state<ItemLevel | ''>('');
	/** One tag id, empty for any. */
	tagId = $state('');

	constructor(store: BrowseStore = appStore, clock: () => number = Date.now) {
		this.#store = store;
		this.#clock = clock;
	}

	readonly results = $derived.by(() => {
		const matching = new Set(searchItems(this.#searchIndex, this.query));
		const narrowing = { levels: this.level ? [this.level] : undefined, tagIds: this.tagId ? [this.tagId] : undefined };
		return this.#entries.filter(
			(e) =>
				matching.has(e.item.id) &&
				(!this.topicId || e.topicId === this.topicId) &&
				(!this.type || e.item.type === this.type) &&
				matchesLevelAndTags(e.item, narrowing) &&
				this.#hasStatus(e, this.status)
		);
	});

	/** The tags the chosen topic's questions (or all questions) carry, and the chosen tag whatever the topic. */
	readonly tagOptions = $derived(
		tagsInUse(
			this.#tags,
			this.#entries.filter((e) => !this.topicId || e.topicId === this.topicId).map((e) => e.item),
			this.tagId ? [this.tagId] : []
		)
	);

	/** The labels of an item's tags (in the vocabulary's three languages). */
	tagsOf(item: LocalizedItem): TagSummary[] {
		return tagsOf(item, this.#tagsById);
	}

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
		const [banks, [cards, flags]] = await Promise.all([
			// The other languages' built-in banks too, for the search, where they can be had (offline, once kept).
			Promise.all(
				LANGUAGES.map(async (l) => {
					const banks = await fetchTopicBanks(fetchFn, l, topicIds, (f, l, id) =>
						l === contentLanguage || isCustomTopicId(id) ? loadTopicBank(f, l, id) : fetchOtherLanguageBank(f, l, id)
					);
					return banks.filter((bank) => bank !== undefined);
				})
			),
			Promise.resolve(this.#store()).then((store) => Promise.all([store.loadCards(), store.loadItemFlags()]))
		]);
		this.#tags = index.tags;
		this.#suspended = new Set(flags.filter((f) => f.isSuspended).map((f) => f.itemId));
		this.#loadedAt = this.#clock();
		const shown = banks[LANGUAGES.indexOf(contentLanguage)] ?? [];
		this.#searchIndex = buildSearchIndex(banks.map((perTopic) => perTopic.flatMap((b) => b.items)));
		this.#entries = shown.flatMap((bank) =>
			bank.items.map((item) => ({ item, topicId: bank.topicId, card: cards.get(item.id) }))
		);
		this.isLoaded = true;
	}

	isSuspended(itemId: string): boolean {
		return this.#suspended.has(itemId);
	}

	/** Puts a suspended item back into sessions. */
	async unsuspend(itemId: string): Promise<void> {
		await (await this.#store()).setSuspended(itemId, false);
		const next = new Set(this.#suspended);
		next.delete(itemId);
		this.#suspended = next;
	}
}
