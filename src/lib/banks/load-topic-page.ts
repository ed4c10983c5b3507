import { error } from '@sveltejs/kit';
import { fetchBankIndex } from './fetch-banks';

/** The shared `load` of the study and quiz pages: one topic, or `due` for every due card. */
export async function loadTopicPage(topicParam: string, fetchFn: typeof fetch) {
	const index = await fetchBankIndex(fetchFn);
	const isAllDue = topicParam === 'due';
	const topic = index.topics.find((t) => t.id === topicParam);
	if (!isAllDue && !topic) error(404, 'Unknown topic');
	return { index, topic, isAllDue };
}
