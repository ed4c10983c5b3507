import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { languageOfPath, pageStringsSources } from '$lib/i18n';
import { fetchPreloads, modulePreloads } from '$lib/server/page-preloads';
import { topicPageBankUrls } from '$lib/server/entries';

/** Study and quiz pages' routes, whose first card waits for bank files. */
const TOPIC_PAGE = /^\/\[lang=lang\]\/(study|quiz)\/\[topic\]$/;

/**
 * Prerendered pages get `<html lang>` from their URL (`/ru/…` → ru; `/` itself is Kazakh), and name
 * every module their code loads as it starts, and the bank files a study or quiz page's first card
 * waits for (`vite dev` serves modules as they are asked for).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = languageOfPath(event.url.pathname);
	const sources = pageStringsSources(event.route.id, event.url.pathname);
	const banks =
		TOPIC_PAGE.test(event.route.id ?? '') && event.params.topic ? topicPageBankUrls(event.params.topic, lang) : [];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			if (!building) return page;
			return page.replace('</head>', `${modulePreloads(sources, page)}${fetchPreloads(banks)}</head>`);
		}
	});
};
