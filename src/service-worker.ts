/**
 * The app's service worker (built by SvelteKit; @vite-pwa/sveltekit injects the precache list and names it sw.js).
 *
 * Installing it caches the app's shell only: the code and styles of every page, the bank index, the
 * icons and the 404 page (which renders any page from its data offline). The rest comes in packs, cached when a page asks (src/lib/state/app-update.svelte.ts):
 * a language's home page and page data, a language's banks (those of the student's languages at once, the others when
 * chosen or after the first session), the instructors' tools when an instructor's page opens, and the FSRS
 * optimizer when Progress offers it. A pack once cached stays, and is brought up to date with each new
 * version before that version takes over, so what worked offline still does.
 *
 * It waits for the page's SKIP_WAITING before taking over, serves 404.html for other navigations, and
 * adds the headers that make pages cross-origin isolated, which the FSRS optimizer's shared WebAssembly
 * memory needs and static hosts do not send.
 */
/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types';
import {
	addPlugins,
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute,
	PrecacheController,
	PrecacheRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

type ManifestEntry = { url: string; revision: string | null; pack?: string };
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

// Every page is prerendered without a query and reads its own (`?topic=`, `?item=`, `?practice=`,
// `?bank=`) in the browser; client-side navigation adds `x-sveltekit-invalidated`; assets have
// none. So no parameter takes part in the lookup: a page opened offline with any query is found.
const ROUTE_OPTIONS = { ignoreURLParametersMatching: [/./] };

const manifest = self.__WB_MANIFEST;
const entry = ({ url, revision }: ManifestEntry) => ({ url, revision });

/** Each pack: its own cache, kept up to date like the shell's. */
const packs = new Map<string, PrecacheController>();
for (const { pack } of manifest) {
	if (pack && !packs.has(pack))
		packs.set(pack, new PrecacheController({ cacheName: `pack-${pack}`, plugins: [crossOriginIsolation] }));
}
for (const item of manifest) if (item.pack) packs.get(item.pack)!.addToCacheList([entry(item)]);

/** Which packs are complete on this device: a row per pack in a cache of its own, kept across versions. */
const PACKS_CACHE = 'qaitala-packs';
const packMark = (name: string) => new URL(`/__packs/${name}`, self.location.origin).href;

async function cachedPacks(): Promise<string[]> {
	const cache = await caches.open(PACKS_CACHE);
	return (await cache.keys())
		.map((request) => new URL(request.url).pathname.split('/').pop()!)
		.filter((name) => packs.has(name));
}

/**
 * Downloads what `names` lack (files already cached at the same revision are kept), then marks them
 * complete. Workbox fills a precache only during an `install` event: a page's request is handed to it as one.
 */
async function installPacks(event: ExtendableEvent, names: readonly string[]): Promise<void> {
	const asInstall =
		event.type === 'install'
			? event
			: ({
					type: 'install',
					waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise)
				} as unknown as ExtendableEvent);
	for (const name of names) {
		const pack = packs.get(name);
		if (!pack) continue;
		await pack.install(asInstall);
		await (await caches.open(PACKS_CACHE)).put(packMark(name), new Response(name));
	}
}

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
	if (event.data?.type === 'CACHE_PACKS' && Array.isArray(event.data.packs)) {
		event.waitUntil(
			installPacks(
				event,
				event.data.packs.filter((name: unknown) => typeof name === 'string')
			)
		);
	}
});

// A new version brings the packs this device already had up to date before it can take over.
self.addEventListener('install', (event) => {
	event.waitUntil(cachedPacks().then((names) => installPacks(event, names)));
});
// Packs completed by the older version while this one waited are brought up to date as it takes over.
self.addEventListener('activate', (event) => {
	event.waitUntil(
		cachedPacks().then(async (names) => {
			await installPacks(event, names);
			await Promise.all(names.map((name) => packs.get(name)!.activate(event)));
		})
	);
});

addPlugins([crossOriginIsolation]);
precacheAndRoute(manifest.filter((item) => !item.pack).map(entry), ROUTE_OPTIONS);
// A pack's file is served from its cache once there, from the network before.
for (const pack of packs.values()) registerRoute(new PrecacheRoute(pack, ROUTE_OPTIONS));
cleanupOutdatedCaches();
// A page not kept (all but each language's home) comes from the network, prerendered; offline, the
// app's shell (404.html) renders it from its kept data, or shows the 404 page for an unknown address.
const appShell = createHandlerBoundToURL('/404.html');
registerRoute(
	new NavigationRoute(async (options) => {
		try {
			return withIsolationHeaders(await fetch(options.request));
		} catch {
			return appShell(options);
		}
	})
);
