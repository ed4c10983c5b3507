import { error } from '@sveltejs/kit';
import type { LocalizedText } from '../domain/bank/schema';
import { LANGUAGES } from '../domain/language';
import { getCompiledBanks } from './load-banks';

/** Prerendered `[lang]/…/[topic]` pages: `due` (every due card) and each topic, in each language. */
export function topicPageEntries() {
	const topics = ['due', ...getCompiledBanks().index.topics.map((t) => t.id)];
	return LANGUAGES.flatMap((lang) => topics.map((topic) => ({ lang, topic })));
}

export interface TopicPageData {
	/** The topic's id and title, or null for `due` (every due card across topics). */
	topic: { id: string; title: LocalizedText } | null;
}

/**
 * What a study or quiz page needs at prerender time: just the topic's name. The bank index and
 * texts are fetched in the browser, so ninety pages do not each carry a copy of them.
 */
export function topicPageData(topicParam: string): TopicPageData {
	if (topicParam === 'due') return { topic: null };
	const topic = getCompiledBanks().index.topics.find((t) => t.id === topicParam);
	if (!topic) error(404, 'Unknown topic');
	return { topic: { id: topic.id, title: topic.title } };
}
