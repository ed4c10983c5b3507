/**
 * Prerendering only: preload tags for what a page's code asks for as soon as it starts and the HTML
 * SvelteKit writes does not name. Named in the HTML, they download beside the page's code instead
 * of a round trip after it.
 */
import { readFileSync } from 'node:fs';

/** Vite's record of the browser build: each source module's chunk and the chunks that chunk imports. */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const nodeSource = (id: number) => `.svelte-kit/generated/client-optimized/nodes/${id}.js`;
/** SvelteKit's root error page. */
const ERROR_PAGE = 1;

export type ClientManifest = Record<string, { file: string; imports?: string[] }>;
let clientManifest: ClientManifest | undefined;
const readClientManifest = () =>
	(clientManifest ??= JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as ClientManifest);

/** The route nodes (layouts and page) a prerendered page starts with, as its boot script lists them. */
function routeNodes(html: string): number[] {
	const ids = html.match(/node_ids: *(\[[\d, ]*\])/)?.[1];
	return ids ? (JSON.parse(ids) as number[]) : [];
}

/**
 * `<link rel="modulepreload">` tags: its language's strings, SvelteKit's own error page (loaded on
 * every start), and the route's modules this bundler's chunks leave off SvelteKit's list. That is,
 * for the modules `sources` (paths as Vite's manifest keys
 * them), the page's route nodes and the error page, and all they import, minus those `html` names.
 */
export function modulePreloads(
	sources: readonly string[],
	html: string,
	chunks: ClientManifest = readClientManifest()
): string {
	const files = new Set<string>();
	const add = (key: string) => {
		const chunk = chunks[key];
		if (!chunk) throw new Error(`${key} is not in the browser build's manifest`);
		if (files.has(chunk.file)) return;
		files.add(chunk.file);
		chunk.imports?.forEach(add);
	};
	[...sources, ...[...routeNodes(html), ERROR_PAGE].map(nodeSource)].forEach(add);
	return [...files]
		.map((file) => `/${file}`)
		.filter((href) => !html.includes(`"${href}"`))
		.map((href) => `<link rel="modulepreload" href="${href}">`)
		.join('');
}

/** `<link rel="preload">` tags for files the page's code fetches (as `fetch(url)` asks, credentials and all). */
export function fetchPreloads(urls: readonly string[]): string {
	return urls.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`).join('');
}
