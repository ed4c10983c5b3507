import { error } from '@sveltejs/kit';
import type { LocalizedText } from '../domain/bank/schema';
import { LANGUAGES, type Language } from '../domain/language';
import { BANK_INDEX_URL, topicBankUrl } from '../banks/fetch-banks';
import { getCompiledBanks } from './load-banks';

/**
 * Prerendered `[lang]/…/[topic]` pages in each language: each topic, `due` (every due card), `mix`
 * (the topics named in the address, `?topic=a&topic=b`) and `custom` (an instructor's own bank on
 * the device, `?bank=<key>`), the last two read in the browser.
 */
export function topicPageEntries() {
	const topics = ['due', 'mix', 'custom', ...getCompiledBanks().index.topics.map((t) => t.id)];
	return LANGUAGES.flatMap((lang) => topics.map((topic) => ({ lang, topic })));
}

export interface TopicPageData {
	/** The topic's id and title, or null for `due`, `mix` and `custom`. */
	topic: { id: string; title: LocalizedText } | null;
	/** `mix`: the topics come from the address. */
	isMix: boolean;
	/** `custom`: the own bank comes from the address. */
	isCustom: boolean;
}

/**
 * What a study or quiz page needs at prerender time: just the topic's name. The bank index and
 * texts are fetched in the browser, so ninety pages do not each carry a copy of them.
 */
export function topicPageData(topicParam: string): TopicPageData {
	if (topicParam === 'due' || topicParam === 'mix' || topicParam === 'custom') {
		return { topic: null, isMix: topicParam === 'mix', isCustom: topicParam === 'custom' };
	}
	const topic = getCompiledBanks().index.topics.find((t) => t.id === topicParam);
	if (!topic) error(404, 'Unknown topic');
	return { topic: { id: topic.id, title: topic.title }, isMix: false, isCustom: false };
}

/**
 * The bank files a study or quiz page's first card waits for: the index, and its topic's bank in the
 * page's language (the cards' language, unless the student chose another: then it goes unused).
 */
export function topicPageBankUrls(topicParam: string, lang: Language): string[] {
	const { topic } = topicPageData(topicParam);
	return [BANK_INDEX_URL, ...(topic ? [topicBankUrl(lang, topic.id)] : [])];
}
