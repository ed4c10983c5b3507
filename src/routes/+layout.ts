import type { LayoutLoad } from './$types';
import { languageOfPath, loadLanguage, stringsForRoute } from '$lib/i18n';

// Everything is prerendered for static hosting and the service worker's precache.
export const prerender = true;
// `/kk/` is served as kk/index.html by any static host and by the service worker alike.
export const trailingSlash = 'always';

// The interface strings of the page's language that the page shows, also for the 404 page outside `[lang]`.
export const load: LayoutLoad = async ({ url, route }) => {
	await loadLanguage(languageOfPath(url.pathname), stringsForRoute(route.id));
};
