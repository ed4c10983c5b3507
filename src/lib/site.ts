/** The published site's address, fixed at build time, and the absolute URLs built from it. */
export const PUBLIC_ORIGIN: string = __PUBLIC_ORIGIN__;

/** `/kk/study/x/` → `https://host/kk/study/x/`. */
export function absoluteUrl(path: string): string {
	return `${PUBLIC_ORIGIN}${path}`;
}

/** A route id as its address reads: `/[lang=lang]/(with-index)/teach` → `/[lang=lang]/teach` (groups are not in URLs). */
export function routePath(routeId: string | null): string | undefined {
	return routeId?.replace(/\/\([^/]+\)/g, '') || undefined;
}

/** Which `meta.*` description a route shows, by its SvelteKit route id (home keeps the tagline). */
export function descriptionKey(routeId: string | null): string {
	const path = routePath(routeId);
	const section = path?.split('/')[2];
	if (!section) return 'app.tagline';
	if (section === 'teach') return path?.endsWith('/results') ? 'meta.results' : 'meta.teach';
	return `meta.${section}`;
}
