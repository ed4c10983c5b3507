/**
 * The app's service worker (built by SvelteKit; @vite-pwa/sveltekit injects the precache list and names it sw.js).
 * It does what the generated one did — precache every page, bank and asset, serve 404.html for other
 * navigations, wait for the page's SKIP_WAITING before taking over (src/lib/state/app-update.svelte.ts) —
 * and adds the headers that make pages cross-origin isolated, which the FSRS optimizer's shared
 * WebAssembly memory needs and static hosts do not send.
 */
/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

type ManifestEntry = { url: string; revision: string | null };
// Written as `self.__WB_MANIFEST` so workbox-build finds where to put the precache list.
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };

/** COOP + COEP make the page cross-origin isolated; CORP lets an isolated page or worker load the file. */
const ISOLATION_HEADERS = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp',
	'Cross-Origin-Resource-Policy': 'same-origin'
} as const;

function withIsolationHeaders(response: Response): Response {
	// Opaque and error responses have no headers to give; redirects must stay as they are.
	if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const crossOriginIsolation: WorkboxPlugin = {
	handlerWillRespond: async ({ response }) => withIsolationHeaders(response)
};

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

addPlugins([crossOriginIsolation]);
precacheAndRoute(self.__WB_MANIFEST, {
	// Every page is prerendered without a query and reads its own (`?topic=`, `?item=`, `?practice=`,
	// `?bank=`) in the browser; client-side navigation adds `x-sveltekit-invalidated`; assets have
	// none. So no parameter takes part in the lookup: a page opened offline with any query is found.
	ignoreURLParametersMatching: [/./]
});
cleanupOutdatedCaches();
// Offline, a URL that is not precached still gets the app, which shows its 404 page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/404.html')));
