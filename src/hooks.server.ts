import type { Handle } from '@sveltejs/kit';
import { isLanguage } from '$lib/domain/language';

/** Prerendered pages get `<html lang>` from their URL (`/ru/…` → ru); `/` itself is Kazakh. */
export const handle: Handle = async ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1];
	const lang = isLanguage(first) ? first : 'kk';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
