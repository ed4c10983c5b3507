/**
 * Where a topic's questions come from: the built-in banks the build prerendered (fetched; the
 * service worker answers offline), or an instructor's own bank in this device's IndexedDB. Pages and
 * sessions ask here, so an own topic is studied, quizzed, tested and browsed like the others.
 */
import { fetchBankIndex, fetchTopicBank } from '../banks/fetch-banks';
import { BankFetchError } from '../domain/errors';
import type { BankIndex, TopicBank } from '../domain/bank/compile';
import type { CustomBank } from '../domain/import/custom-bank';
import { bankKeyOf, customTopicBank, customTopicSummary, type OwnTopic } from '../domain/import/custom-topic';
import type { Language } from '../domain/language';
import { quickReader } from '../storage/quick-read';

/** What is read of the instructor's own banks (CustomBankRepository, or a fake in tests). */
export interface OwnBankSource {
	list(): Promise<CustomBank[]>;
	getByKey(key: string): Promise<CustomBank | undefined>;
}

/**
 * The device's own banks. Listed without Dexie (the home page reads no more than that), their check
 * loaded only where there are some; one bank by key through the repository, loaded then.
 */
export const appOwnBanks = async (): Promise<OwnBankSource> => ({
	list: async () => {
		const rows = await quickReader.listCustomBankRows();
		if (!rows.length) return [];
		const { checkStoredBank } = await import('../domain/import/validate-custom');
		return rows.flatMap((row) => checkStoredBank(row) ?? []);
	},
	getByKey: async (key) => (await import('../storage/custom-banks')).getCustomBankRepository().getByKey(key)
});

/** The instructor's own banks as topics, newest first; none when storage cannot be read (the page works on without them). */
export async function loadOwnTopics(
	source: () => Promise<OwnBankSource> = appOwnBanks
): Promise<{ banks: CustomBank[]; topics: OwnTopic[] }> {
	try {
		const banks = await (await source()).list();
		return { banks, topics: banks.map(customTopicSummary) };
	} catch {
		return { banks: [], topics: [] };
	}
}

/** The built-in index with this device's own topics first. */
export async function loadBankIndex(
	fetchFn: typeof fetch,
	source: () => Promise<OwnBankSource> = appOwnBanks
): Promise<BankIndex> {
	const [index, own] = await Promise.all([fetchBankIndex(fetchFn), loadOwnTopics(source)]);
	return { ...index, topics: [...own.topics, ...index.topics] };
}

/**
 * A topic's questions in `language`: an own bank's in that language or, when it has none in it, in
 * its own (the result says which). An own bank this device does not have fails as a missing file does.
 */
export async function loadTopicBank(
	fetchFn: typeof fetch,
	language: Language,
	topicId: string,
	source: () => Promise<OwnBankSource> = appOwnBanks
): Promise<TopicBank> {
	const key = bankKeyOf(topicId);
	if (key === undefined) return fetchTopicBank(fetchFn, language, topicId);
	const bank = await (await source()).getByKey(key);
	if (!bank) throw new BankFetchError(`custom:${key}`, 404);
	return customTopicBank(bank, language);
}
