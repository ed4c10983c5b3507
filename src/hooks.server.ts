import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { languageOfPath, pageStringsSources } from '$lib/i18n';
import { modulePreloads } from '$lib/server/module-preloads';

/**
 * Prerendered pages get `<html lang>` from their URL (`/ru/…` → ru; `/` itself is Kazakh), and name
 * every module their code loads as it starts (`vite dev` serves modules as they are asked for).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = languageOfPath(event.url.pathname);
	const sources = pageStringsSources(event.route.id, event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return building ? page.replace('</head>', `${modulePreloads(sources, page)}</head>`) : page;
		}
	});
};
