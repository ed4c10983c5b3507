/**
 * Reads the compiled banks the build prerendered under /banks/. The service worker precaches them,
 * so these fetches are answered offline too. Responses are checked before use.
 */
import type { BankIndex, TopicBank } from '../domain/bank/compile';
import type { Language } from '../domain/language';
import { BankDataError, BankFetchError } from '../domain/errors';

type Fetch = typeof fetch;

/** Bank files asked for before the code that reads them has loaded (see fetchAhead), by address. */
const fetchedAhead = new Map<string, Promise<Response>>();

/**
 * Starts fetching a bank file now, for the first read of it that follows (which takes the answer,
 * so a later read fetches anew). For a page's load, so the files travel while the page's code does.
 */
export function fetchAhead(url: string): void {
	if (fetchedAhead.has(url)) return;
	const response = fetch(url);
	response.catch(() => undefined); // a failure surfaces in the read that takes it
	fetchedAhead.set(url, response);
}

/** Fails with BankFetchError when the file cannot be had (fetch's own offline TypeError included), BankDataError when it is not a bank. */
async function getJson<T>(fetchFn: Fetch, url: string, isValid: (v: unknown) => boolean): Promise<T> {
	const ahead = fetchedAhead.get(url);
	fetchedAhead.delete(url);
	const response = await (ahead ?? fetchFn(url)).catch((cause: unknown) => {
		throw new BankFetchError(url, 0, { cause });
	});
	if (!response.ok) throw new BankFetchError(url, response.status);
	const body: unknown = await response.json().catch((cause: unknown) => {
		throw new BankDataError(`${url} is not JSON`, { cause });
	});
	if (!isValid(body)) throw new BankDataError(`${url} is not a bank`);
	return body as T;
}

export const BANK_INDEX_URL = '/banks/index.json';

export function fetchBankIndex(fetchFn: Fetch): Promise<BankIndex> {
	return getJson(fetchFn, BANK_INDEX_URL, (v) => Array.isArray((v as BankIndex)?.topics));
}

export const topicBankUrl = (language: Language, topicId: string) =>
	`/banks/${language}/${encodeURIComponent(topicId)}.json`;

export function fetchTopicBank(fetchFn: Fetch, language: Language, topicId: string): Promise<TopicBank> {
	return getJson(fetchFn, topicBankUrl(language, topicId), (v) => Array.isArray((v as TopicBank)?.items));
}

/** Reads one topic's bank in a language (or undefined when it cannot be had). */
export type FetchOne<T> = (fetchFn: Fetch, language: Language, topicId: string) => T | Promise<T>;

/**
 * Several topics' banks in `language`, in the order of `topicIds`, read side by side; the first
 * failure fails them all. `fetchOne` reads one topic: the built-in bank unless told otherwise (the
 * state layer passes one that also reads the instructor's own banks).
 */
export function fetchTopicBanks(fetchFn: Fetch, language: Language, topicIds: readonly string[]): Promise<TopicBank[]>;
export function fetchTopicBanks<T>(
	fetchFn: Fetch,
	language: Language,
	topicIds: readonly string[],
	fetchOne: FetchOne<T>
): Promise<T[]>;
export function fetchTopicBanks(
	fetchFn: Fetch,
	language: Language,
	topicIds: readonly string[],
	fetchOne: FetchOne<unknown> = fetchTopicBank
): Promise<unknown[]> {
	return Promise.all(topicIds.map((id) => fetchOne(fetchFn, language, id)));
}

/**
 * A bank of a language other than the cards' one (Browse searches all three): fetched when online or
 * kept for offline use; undefined offline before it is kept (the service worker keeps every language's
 * banks after the first session), so a page never fails for want of it.
 */
export async function fetchOtherLanguageBank(
	fetchFn: Fetch,
	language: Language,
	topicId: string
): Promise<TopicBank | undefined> {
	const isOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
	if (isOffline && typeof caches !== 'undefined' && !(await caches.match(topicBankUrl(language, topicId))))
		return undefined;
	return fetchTopicBank(fetchFn, language, topicId);
}
