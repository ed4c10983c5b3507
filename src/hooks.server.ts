import type { Handle } from '@sveltejs/kit';
import { languageOfPath } from '$lib/i18n';

/** Prerendered pages get `<html lang>` from their URL (`/ru/…` → ru); `/` itself is Kazakh. */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = languageOfPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
