// Built-in banks served as the build serves them (/banks/index.json, /banks/<lang>/<topic>.json),
// from a few items in memory, with the addresses asked for counted.
import type { TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import type { Language } from '$lib/domain/language';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };

export const trueFalse = (id: string, answer: boolean, statement = id): LocalizedItem => ({
	id,
	type: 'true-false',
	statement,
	answer,
	explanation: '',
	source
});

export const flashcard = (id: string, prompt = id): LocalizedItem => ({
	id,
	type: 'flashcard',
	prompt,
	answer: `${prompt}!`,
	explanation: '',
	source
});

export const topicOf = (id: string, items: readonly LocalizedItem[], order = 1): TopicSummary => ({
	id,
	order,
	title: text,
	summary: text,
	itemIds: items.map((i) => i.id)
});

/**
 * A fetch over `banks` (topic id → its items; a function gives them per language). `languages`
 * limits the languages served: any other answers 404, as a missing file does.
 */
export function fakeBanks(
	banks: Record<string, readonly LocalizedItem[] | ((language: Language) => readonly LocalizedItem[])>,
	{ languages = ['kk', 'ru', 'en'] as readonly Language[] } = {}
) {
	const asked: string[] = [];
	const itemsIn = (topicId: string, language: Language) => {
		const bank = banks[topicId]!;
		return typeof bank === 'function' ? bank(language) : bank;
	};
	const served = (async (url: string) => {
		asked.push(url);
		if (url === '/banks/index.json') {
			const topics = Object.keys(banks).map((id, i) => topicOf(id, itemsIn(id, 'en'), i + 1));
			return new Response(JSON.stringify({ version: 'x', sources: {}, topics, tags: [] }));
		}
		const match = /^\/banks\/(kk|ru|en)\/([^/]+)\.json$/.exec(url);
		const language = match?.[1] as Language | undefined;
		const topicId = match && decodeURIComponent(match[2]!);
		if (!language || !topicId || !(topicId in banks) || !languages.includes(language))
			return new Response('', { status: 404 });
		return new Response(JSON.stringify({ topicId, language, items: itemsIn(topicId, language) }));
	}) as typeof globalThis.fetch;
	return { fetch: served, asked };
}
