/** What the study and quiz pages load the same way: the session for the address, or why it failed. */
import type { Language } from '../domain/language';
import { isKeepPractising, openSessionForPage, sessionTopics, type KeepPractising, type OpenedSession } from './open-study-session';

export type LoadedSession = Extract<OpenedSession, { ok: true }>;

export class SessionLoader {
	loaded = $state.raw<LoadedSession>();
	failure = $state<'banks' | 'storage' | false>(false);
	/** How this session goes on after the topic was done (`?practice=`), if it does. */
	practice = $state<KeepPractising>();
	#openedAddress: string | undefined;
	#isOpening = false;

	/** Opens the session for a page's data and address (`?item=` practises just those items). */
	async open(data: { topic: { id: string } | null; isMix: boolean }, url: URL, uiLanguage: Language): Promise<void> {
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
		const opened = await openSessionForPage(sessionTopics(data, url), uiLanguage, only.length ? only : undefined, this.practice);
		if (this.#openedAddress !== address) return; // the learner has moved on to another address meanwhile
		this.#isOpening = false;
		if (opened.ok) this.loaded = opened;
		else this.failure = opened.reason;
	}
}
