import { LANGUAGES } from '../domain/language';
import { getCompiledBanks } from './load-banks';

/** Prerendered `[lang]/…/[topic]` pages: `due` (every due card) and each topic, in each language. */
export function topicPageEntries() {
	const topics = ['due', ...getCompiledBanks().index.topics.map((t) => t.id)];
	return LANGUAGES.flatMap((lang) => topics.map((topic) => ({ lang, topic })));
}
