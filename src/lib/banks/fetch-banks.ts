/**
 * Reads the compiled banks the build prerendered under /banks/. The service worker precaches them,
 * so these fetches are answered offline too. Responses are checked before use.
 */
import type { BankIndex, TopicBank } from '../domain/bank/compile';
import type { Language } from '../domain/language';
import { BankDataError, BankFetchError } from '../domain/errors';

type Fetch = typeof fetch;

/** Fails with BankFetchError when the file cannot be had (fetch's own offline TypeError included), BankDataError when it is not a bank. */
async function getJson<T>(fetchFn: Fetch, url: string, isValid: (v: unknown) => boolean): Promise<T> {
	const response = await fetchFn(url).catch((cause: unknown) => {
		throw new BankFetchError(url, 0, { cause });
	});
	if (!response.ok) throw new BankFetchError(url, response.status);
	const body: unknown = await response.json().catch((cause: unknown) => {
		throw new BankDataError(`${url} is not JSON`, { cause });
	});
	if (!isValid(body)) throw new BankDataError(`${url} is not a bank`);
	return body as T;
}

export function fetchBankIndex(fetchFn: Fetch): Promise<BankIndex> {
	return getJson(fetchFn, '/banks/index.json', (v) => Array.isArray((v as BankIndex)?.topics));
}

const topicBankUrl = (language: Language, topicId: string) => `/banks/${language}/${encodeURIComponent(topicId)}.json`;

export function fetchTopicBank(fetchFn: Fetch, language: Language, topicId: string): Promise<TopicBank> {
	return getJson(fetchFn, topicBankUrl(language, topicId), (v) => Array.isArray((v as TopicBank)?.items));
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
