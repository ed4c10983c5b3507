// A bank file fetched ahead (from a page's load) is what the next read of it gets, once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BANK_INDEX_URL, fetchAhead, fetchBankIndex, fetchTopicBank, topicBankUrl } from '$lib/banks/fetch-banks';
import { BankFetchError } from '$lib/domain/errors';

const index = { version: 1, sources: {}, topics: [], tags: [] };
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

afterEach(() => vi.unstubAllGlobals());

describe('fetchAhead', () => {
	it('gives the next read the answer already on its way, and the read after that fetches anew', async () => {
		const early = vi.fn(async () => json(index));
		vi.stubGlobal('fetch', early);
		fetchAhead(BANK_INDEX_URL);
		fetchAhead(BANK_INDEX_URL); // asked twice (a hovered link, then the load): fetched once
		expect(early).toHaveBeenCalledTimes(1);

		const later = vi.fn(async () => json(index));
		expect(await fetchBankIndex(later)).toEqual(index);
		expect(later).not.toHaveBeenCalled();
		await fetchBankIndex(later);
		expect(later).toHaveBeenCalledTimes(1);
	});

	it('leaves other files to the reader, and a failed fetch fails its read as a fetch failure', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => Promise.reject(new TypeError('offline')))
		);
		fetchAhead(topicBankUrl('kk', 'kz-china'));
		const reader = vi.fn(async () => json({ items: [] }));
		expect(await fetchTopicBank(reader, 'ru', 'kz-china')).toEqual({ items: [] });
		await expect(fetchTopicBank(reader, 'kk', 'kz-china')).rejects.toBeInstanceOf(BankFetchError);
		expect(reader).toHaveBeenCalledTimes(1);
		// Online again: the retry fetches anew.
		expect(await fetchTopicBank(reader, 'kk', 'kz-china')).toEqual({ items: [] });
	});
});
