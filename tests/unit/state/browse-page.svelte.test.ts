// The browse page as a state: loading in order, a page of results at a time, and a failed load said.
import { describe, expect, it } from 'vitest';
import type { BankIndex } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import { defaultSettings } from '$lib/domain/settings';
import { BrowseState } from '$lib/state/browse.svelte';
import { BROWSE_PAGE_SIZE, BrowsePage } from '$lib/state/browse-page.svelte';
import { OwnTopics } from '$lib/state/own-topics.svelte';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const items: LocalizedItem[] = Array.from({ length: 35 }, (_, i) => ({
	id: `q-${i}`,
	type: 'true-false',
	statement: i < 5 ? `Steppe ${i}` : `River ${i}`,
	answer: true,
	explanation: 'W',
	source
}));
const index: BankIndex = {
	version: 'v',
	sources: {},
	tags: [],
	topics: [{ id: 'a', order: 0, title: text, summary: text, itemIds: items.map((i) => i.id) }]
};
const fakeFetch = (async (url: string) => {
	const [, language] = /\/banks\/(\w+)\/a\.json$/.exec(url) ?? [];
	return language ? new Response(JSON.stringify({ topicId: 'a', language, items })) : new Response('', { status: 404 });
}) as typeof fetch;

function pageWith(settingsLoad: () => Promise<unknown> = async () => defaultSettings()) {
	const store = () => ({
		loadCards: async () => new Map(),
		loadItemFlags: async () => [],
		setSuspended: async () => {}
	});
	return new BrowsePage(() => index, {
		browse: new BrowseState(store, () => 0),
		own: new OwnTopics(async () => ({ list: async () => [], getByKey: async () => undefined })),
		settings: { load: settingsLoad as never, contentLanguageFor: () => 'en' }
	});
}

describe('BrowsePage', () => {
	it('shows a page of results at a time, and starts again from the first page when a filter changes', async () => {
		const page = pageWith();
		await page.load('en', fakeFetch);
		expect(page.loadFailed).toBe(false);
		expect(page.topics.map((t) => t.id)).toEqual(['a']);
		expect(page.shown).toHaveLength(BROWSE_PAGE_SIZE);
		expect(page.hasMore).toBe(true);
		page.showMore();
		expect(page.shown).toHaveLength(35);
		expect(page.hasMore).toBe(false);

		page.browse.status = 'new';
		expect(page.shownCount).toBe(BROWSE_PAGE_SIZE);
		page.showMore();
		page.browse.query = 'steppe';
		expect(page.shownCount).toBe(BROWSE_PAGE_SIZE);
		expect(page.shown.map((e) => e.item.id)).toEqual(['q-0', 'q-1', 'q-2', 'q-3', 'q-4']);
		expect(page.hasMore).toBe(false);
	});

	it('says when the questions could not be read', async () => {
		const page = pageWith(async () => {
			throw new Error('blocked');
		});
		await page.load('en', fakeFetch);
		expect(page.loadFailed).toBe(true);
		expect(page.browse.isLoaded).toBe(false);
	});
});
