/**
 * An instructor's own bank as a topic like the built-in ones: on the home page, studied with FSRS,
 * quizzed, tested, browsed and counted in Progress. Its topic id is `custom-<key>` and its items'
 * ids `custom-<key>-<n>` (validate-custom.ts), where the key is the bank's `importedAt` in base 36.
 */
import type { TopicBank, TopicSummary } from '../bank/compile';
import type { LocalizedItem } from '../bank/localize';
import type { Language } from '../language';
import type { CustomBank, CustomBankOrigin, CustomItem } from './custom-bank';
import { bankLanguages, itemsIn } from './translations';

/** Every custom topic and item id starts with this; the built-in banks may not use it. */
export const CUSTOM_ID_PREFIX = 'custom-';

const KEY = /^[0-9a-z]{1,11}$/;

/** A bank's key: its `importedAt` (epoch ms) in base 36, the stem of its topic and item ids. */
export function customBankKey(importedAt: number): string {
	return Math.max(0, Math.floor(importedAt)).toString(36);
}

/** The citation of an item that has none: citations are not shown for it. */
export const NO_SOURCE: LocalizedItem['source'] = { doc: '', lines: [0, 0] };

/** What a home card and the pages need to know of an instructor's own topic. */
export interface OwnTopic extends TopicSummary {
	own: {
		/** customBankKey(importedAt): what the study address names (`?bank=`). */
		key: string;
		/** The bank's own language first, then the others it has. */
		languages: Language[];
		format: CustomBankOrigin;
	};
}

export const isOwnTopic = (topic: TopicSummary): topic is OwnTopic => 'own' in topic;

/** The topic id of a bank, from its key or the bank itself. */
export function customTopicId(bankOrKey: Pick<CustomBank, 'importedAt'> | string): string {
	return `${CUSTOM_ID_PREFIX}${typeof bankOrKey === 'string' ? bankOrKey : customBankKey(bankOrKey.importedAt)}`;
}

/** The bank key a custom topic id names, or undefined when the id is not a custom topic's. */
export function bankKeyOf(topicId: string): string | undefined {
	const key = topicId.startsWith(CUSTOM_ID_PREFIX) ? topicId.slice(CUSTOM_ID_PREFIX.length) : '';
	return KEY.test(key) ? key : undefined;
}

export const isCustomTopicId = (topicId: string): boolean => bankKeyOf(topicId) !== undefined;

/** Whether an item id is an instructor's own item (`custom-<key>-<n>`). */
export const isCustomItemId = (itemId: string): boolean => /^custom-[0-9a-z]{1,11}-[1-9]\d{0,4}$/.test(itemId);

/** The `importedAt` a bank key stands for, or undefined for a text that is not one. */
export function importedAtOf(key: string): number | undefined {
	return KEY.test(key) ? parseInt(key, 36) : undefined;
}

/** A bank as a topic summary; its one title stands in every language. */
export function customTopicSummary(bank: CustomBank): OwnTopic {
	const title = { kk: bank.title, ru: bank.title, en: bank.title };
	return {
		id: customTopicId(bank),
		order: 0,
		title,
		summary: { kk: '', ru: '', en: '' },
		itemIds: bank.items.map((i) => i.id),
		own: { key: customBankKey(bank.importedAt), languages: bankLanguages(bank), format: bank.format }
	};
}

/** An imported item in the shape the study and quiz components take (they show no citation for NO_SOURCE). */
export const asLocalizedItem = (item: CustomItem): LocalizedItem => ({ ...item, source: NO_SOURCE });

/** The bank's items in `language`, or in its own language when it has none in that one. */
export function customTopicBank(bank: CustomBank, language: Language): TopicBank {
	const items = itemsIn(bank, language);
	return {
		topicId: customTopicId(bank),
		language: items ? language : bank.language,
		items: (items ?? bank.items).map(asLocalizedItem)
	};
}

/**
 * The address of a topic's study or quiz page under `/<uiLanguage>/`. Own topics live in IndexedDB,
 * not in prerendered pages: their page is `custom`, which reads the bank from the query in the browser.
 * @example topicPath('study', 'custom-m880h6o0') // 'study/custom/?bank=m880h6o0'
 */
export function topicPath(page: 'study' | 'quiz', topicId: string): string {
	const key = bankKeyOf(topicId);
	return key ? `${page}/custom/?bank=${key}` : `${page}/${encodeURIComponent(topicId)}/`;
}
