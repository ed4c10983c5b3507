/** The published site's address, fixed at build time, and the absolute URLs built from it. */
export const PUBLIC_ORIGIN: string = __PUBLIC_ORIGIN__;

/** `/kk/study/x/` → `https://host/kk/study/x/`. */
export function absoluteUrl(path: string): string {
	return `${PUBLIC_ORIGIN}${path}`;
}

/** Which `meta.*` description a route shows, by its SvelteKit route id (home keeps the tagline). */
export function descriptionKey(routeId: string | null): string {
	const section = routeId?.split('/')[2];
	if (!section) return 'app.tagline';
	if (section === 'teach') return routeId?.endsWith('/results') ? 'meta.results' : 'meta.teach';
	return `meta.${section}`;
}
