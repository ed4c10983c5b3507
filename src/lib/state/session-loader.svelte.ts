/** What the study and quiz pages load the same way: the session for the address, or why it failed. */
import type { Language } from '../domain/language';
import type { TopicSummary } from '../domain/bank/compile';
import { customTopicId } from '../domain/import/custom-topic';
import {
	isKeepPractising,
	openSessionForPage,
	sessionTopics,
	type KeepPractising,
	type OpenedSession,
	type TopicPageKind
} from './open-study-session';

export type LoadedSession = Extract<OpenedSession, { ok: true }>;

export class SessionLoader {
	loaded = $state.raw<LoadedSession>();
	failure = $state<'banks' | 'storage' | false>(false);
	/** How this session goes on after the topic was done (`?practice=`), if it does. */
	practice = $state<KeepPractising>();
	#openedAddress: string | undefined;
	#isOpening = false;

	/** Opens the session for a page's data and address (`?item=` practises just those items). */
	async open(data: TopicPageKind, url: URL, uiLanguage: Language): Promise<void> {
		// A navigation that lands on the address already open (the same query) keeps its session.
		const address = `${url.pathname}${url.search}`;
		if (this.#openedAddress === address && (this.loaded || this.#isOpening)) return;
		this.#openedAddress = address;
		this.#isOpening = true;
		this.failure = false;
		// Read here, in the browser: prerendered pages have no query.
		const only = url.searchParams.getAll('item');
		const practice = url.searchParams.get('practice');
		this.practice = isKeepPractising(practice) ? practice : undefined;
		const opened = await openSessionForPage(
			sessionTopics(data, url),
			uiLanguage,
			only.length ? only : undefined,
			this.practice
		);
		if (this.#openedAddress !== address) return; // the learner has moved on to another address meanwhile
		this.#isOpening = false;
		if (opened.ok) this.loaded = opened;
		else this.failure = opened.reason;
	}
}

/** The title of the own bank a `custom` page's address names, once the session has read the topics. */
export function ownTopicTitle(topics: readonly TopicSummary[] | undefined, url: URL): string | undefined {
	if (!topics) return undefined; // not yet: and a prerendered page has no query to read
	const key = url.searchParams.get('bank');
	const topic = key === null ? undefined : topics.find((t) => t.id === customTopicId(key));
	return topic?.title.en; // an own bank has one title, the same under every language
}
