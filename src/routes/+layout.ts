import type { LayoutLoad } from './$types';
import { languageOfPath, loadLanguage } from '$lib/i18n';

// Everything is prerendered for static hosting and the service worker's precache.
export const prerender = true;
// `/kk/` is served as kk/index.html by any static host and by the service worker alike.
export const trailingSlash = 'always';

// The interface strings of the page's language, also for the 404 page outside `[lang]`.
export const load: LayoutLoad = async ({ url }) => {
	await loadLanguage(languageOfPath(url.pathname));
};
