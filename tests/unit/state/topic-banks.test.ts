// Where topics' questions come from: the built-in banks (a fake fetch) and the device's own banks
// (the app's database on fake-indexeddb), and the same item fetched in another language.
import { beforeEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import type { CustomBank } from '$lib/domain/import/custom-bank';
import { customTopicId } from '$lib/domain/import/custom-topic';
import { customItemId } from '$lib/domain/import/validate-custom';
import { BankFetchError } from '$lib/domain/errors';
import type { Language } from '$lib/domain/language';
import { appOwnBanks, loadBankIndex, loadOwnTopics, loadTopicBank } from '$lib/state/topic-banks';
import { OwnTopics } from '$lib/state/own-topics.svelte';
import { ItemTranslations } from '$lib/state/item-translations';
import { fakeBanks, trueFalse } from './fake-banks';

const db = new QaitalaDb();
beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
});

const AT = Date.UTC(2025, 9, 1, 8);
const ownBank = (importedAt: number, title: string): Omit<CustomBank, 'id'> => ({
	title,
	language: 'ru',
	format: 'csv',
	importedAt,
	items: [{ id: customItemId(importedAt, 1), type: 'flashcard', prompt: 'Столица?', answer: 'Астана', explanation: '' }]
});

const builtIn = (language: Language) => [trueFalse('b-1', true, `${language} one`), trueFalse('b-2', false)];

describe('the device’s own banks', () => {
	it('are none, and read nothing more, on a device that has none', async () => {
		expect(await loadOwnTopics()).toEqual({ banks: [], topics: [] });
		const own = new OwnTopics();
		await own.load();
		expect(own.topics).toEqual([]);
	});

	it('are listed from storage as topics, a damaged row left out', async () => {
		await db.customBanks.add(ownBank(AT, 'Capitals') as never);
		await db.customBanks.add({ title: 'broken', importedAt: 'yesterday' } as never);
		const { banks, topics } = await loadOwnTopics();
		expect(banks.map((b) => b.title)).toEqual(['Capitals']);
		expect(topics.map((t) => t.id)).toEqual([customTopicId({ importedAt: AT })]);
		const own = new OwnTopics();
		await own.load();
		expect(own.with([]).map((t) => t.id)).toEqual([customTopicId({ importedAt: AT })]);
	});

	it('come first in the bank index, before the built-in topics', async () => {
		await db.customBanks.add(ownBank(AT, 'Capitals') as never);
		const { fetch } = fakeBanks({ built: builtIn });
		const index = await loadBankIndex(fetch);
		expect(index.topics.map((t) => t.id)).toEqual([customTopicId({ importedAt: AT }), 'built']);
	});

	it('give their questions by topic id; one this device lacks fails as a missing file', async () => {
		await db.customBanks.add(ownBank(AT, 'Capitals') as never);
		const { fetch, asked } = fakeBanks({ built: builtIn });
		const bank = await loadTopicBank(fetch, 'en', customTopicId({ importedAt: AT }));
		expect(bank).toMatchObject({ topicId: customTopicId({ importedAt: AT }), language: 'ru' }); // its own, having no English
		expect(bank.items.map((i) => i.id)).toEqual([customItemId(AT, 1)]);
		expect(asked).toEqual([]); // never fetched
		const missing = loadTopicBank(fetch, 'en', customTopicId({ importedAt: AT + 1 }));
		await expect(missing).rejects.toBeInstanceOf(BankFetchError);
		expect(await appOwnBanks().then((s) => s.getByKey('nope'))).toBeUndefined();
	});

	it('leave the index to the built-in topics when storage cannot be read', async () => {
		const { fetch } = fakeBanks({ built: builtIn });
		const blocked = async () => {
			throw new Error('SecurityError');
		};
		expect((await loadBankIndex(fetch, blocked)).topics.map((t) => t.id)).toEqual(['built']);
	});
});

describe('the built-in banks', () => {
	it('are fetched in the language asked for', async () => {
		const { fetch, asked } = fakeBanks({ built: builtIn });
		const bank = await loadTopicBank(fetch, 'kk', 'built');
		expect(bank.language).toBe('kk');
		expect(asked).toEqual(['/banks/kk/built.json']);
		await expect(loadTopicBank(fetch, 'kk', 'gone')).rejects.toBeInstanceOf(BankFetchError);
	});
});

describe('ItemTranslations', () => {
	const topicOf = new Map([
		['b-1', 'built'],
		['b-2', 'built']
	]);

	it('fetches a topic once per language and finds its items in it', async () => {
		const { fetch, asked } = fakeBanks({ built: builtIn });
		const translations = new ItemTranslations(topicOf, fetch);
		const kk = await translations.get('b-1', 'kk');
		expect(kk?.type === 'true-false' && kk.statement).toBe('kk one');
		expect((await translations.get('b-2', 'kk'))?.id).toBe('b-2');
		expect(asked).toEqual(['/banks/kk/built.json']);
		expect(await translations.get('unknown', 'kk')).toBeUndefined();
	});

	it('tries again after a failed fetch (offline before the bank was kept)', async () => {
		let isOnline = false;
		const { fetch: served, asked } = fakeBanks({ built: builtIn });
		const fetch = (async (url: string) => {
			if (!isOnline) throw new TypeError('Failed to fetch');
			return served(url);
		}) as typeof globalThis.fetch;
		const translations = new ItemTranslations(topicOf, fetch);
		await expect(translations.get('b-1', 'ru')).rejects.toBeInstanceOf(BankFetchError);
		isOnline = true;
		expect((await translations.get('b-1', 'ru'))?.id).toBe('b-1');
		expect(asked).toEqual(['/banks/ru/built.json']);
	});

	it('offers an own bank only in its languages, and shows its own where the asked one is missing', () => {
		const own = new Map([['o-1', 'custom-x']]);
		const translations = new ItemTranslations(own, fakeBanks({}).fetch, new Map([['custom-x', ['ru'] as Language[]]]));
		expect(translations.has('o-1', 'ru')).toBe(true);
		expect(translations.has('o-1', 'en')).toBe(false);
		expect(translations.languageOf('o-1', 'en')).toBe('ru');
		expect(translations.has('nowhere', 'en')).toBe(false);
		const builtIns = new ItemTranslations(topicOf, fakeBanks({}).fetch);
		expect(builtIns.has('b-1', 'en')).toBe(true);
		expect(builtIns.languageOf('b-1', 'kk')).toBe('kk');
	});
});
