import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA, type SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';
import { readFileSync } from 'node:fs';

/**
 * Where the built site is published, for canonical and hreflang links, robots.txt and the sitemap:
 * set QAITALA_ORIGIN when building for a real host (README, "Publishing"). The default is `npm start`.
 */
const publicOrigin = (process.env.QAITALA_ORIGIN ?? 'http://127.0.0.1:4319').replace(/\/+$/, '');

/** Languages whose pages and banks the service worker caches as packs of their own (src/service-worker.ts). */
const PACK_LANGUAGES = ['kk', 'ru', 'en'];
/**
 * Instructors' tools, found in Vite's manifest by source: PDF.js, SQLite in WebAssembly (Anki
 * packages), the QR code maker and the question file readers (GIFT, Moodle XML, CSV).
 */
const TOOL_SOURCES = /node_modules\/(pdfjs-dist|sql\.js|qrcode)\/|^src\/lib\/domain\/import\/parse\.ts$/;

type PrecacheEntry = { url: string; revision: string | null; size: number };

/**
 * Names the pack of every precached file: the app's shell (installed with the service worker), a
 * language's pages or banks, the instructors' tools, or the FSRS optimizer (each cached when needed).
 */
function assignPacks(entries: PrecacheEntry[]): { manifest: (PrecacheEntry & { pack?: string })[] } {
	const viteManifest: Record<string, { file: string; assets?: string[]; isDynamicEntry?: boolean }> = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	);
	const tools = new Set(
		Object.entries(viteManifest)
			.filter(([source]) => TOOL_SOURCES.test(source))
			.flatMap(([, chunk]) => [chunk.file, ...(chunk.assets ?? [])])
	);
	const packOf = (url: string): string | undefined => {
		const language = PACK_LANGUAGES.find((lang) => url.startsWith(`${lang}/`));
		if (language) return `pages-${language}`;
		const banks = PACK_LANGUAGES.find((lang) => url.startsWith(`banks/${lang}/`));
		if (banks) return `banks-${banks}`;
		if (tools.has(url) || /^_app\/immutable\/workers\/(pdf\.worker|docx-text\.worker)/.test(url)) return 'tools';
		if (url.startsWith('_app/immutable/workers/')) return 'optimizer';
		return undefined; // the shell
	};
	// A language's pages other than its home are not kept: offline, the app renders them from the
	// shell (404.html) with their data (__data.json, kept), as it does for a tapped link.
	const isSkippedPage = (url: string) =>
		PACK_LANGUAGES.some((lang) => url.startsWith(`${lang}/`) && url !== `${lang}/` && !url.endsWith('.json'));
	return {
		manifest: entries
			.filter((entry) => !isSkippedPage(entry.url))
			.map((entry) => ({ ...entry, pack: packOf(entry.url) }))
	};
}

/** The PWA plugin, with the packs named after its own transform has given each file its address. */
function withPacks(options: SvelteKitPWAOptions): PluginOption {
	const plugins = SvelteKitPWA(options);
	const configure = options.integration!.configureOptions!;
	options.integration!.configureOptions = (viteConfig, resolved) => {
		configure(viteConfig, resolved);
		resolved.injectManifest?.manifestTransforms?.push(async (entries) => assignPacks(entries as PrecacheEntry[]));
	};
	return plugins;
}

/**
 * Two chunks for what (nearly) every page loads, instead of a dozen small ones: each file is a
 * round trip over a phone's connection, and the bundler's own split follows which pages share a
 * module, not what loads together. A module is captured with everything it imports.
 */
const CHUNK_GROUPS = [
	// Every page's, in three parts that download side by side: Svelte; SvelteKit; i18next and the
	// root layout with what it imports.
	{ name: 'svelte', priority: 30, test: /[\\/]node_modules[\\/](svelte|esm-env)[\\/]/ },
	{ name: 'kit', priority: 25, test: /[\\/]node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/ },
	{
		name: 'framework',
		priority: 20,
		test: /[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$|[\\/]src[\\/]hooks\.client\.ts$|[\\/]generated[\\/]root\.svelte$|[\\/]node_modules[\\/]i18next[\\/]/
	},
	// Every language's pages' (and the chooser's, which leads to them): the [lang] layout (the header,
	// the settings, the update prompt) with what it imports.
	{ name: 'shell', priority: 10, test: /[\\/]src[\\/]routes[\\/]\[lang=lang\][\\/]\+layout\.(svelte|ts)$/ }
];

/** `npm run analyze`: a treemap of the client bundle (build/stats.html is not deployed: see the script). */
const analyze = process.env.ANALYZE === '1';

/** The browser bundle only (not the prerendering one): a treemap to look at and the data scripts/analyze.js reads. */
async function bundleAnalysis(): Promise<PluginOption[]> {
	const { visualizer } = await import('rollup-plugin-visualizer');
	const clientOnly = { applyToEnvironment: (environment: { name: string }) => environment.name === 'client' };
	return [
		{ ...visualizer({ filename: 'stats/bundle.html', gzipSize: true, template: 'treemap' }), ...clientOnly },
		{ ...visualizer({ filename: 'stats/bundle.json', gzipSize: true, template: 'raw-data' }), ...clientOnly }
	] as PluginOption[];
}

export default defineConfig({
	define: { __PUBLIC_ORIGIN__: JSON.stringify(publicOrigin) },
	build: { rollupOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } },
	// Dexie's ES module build: its default entry wraps the UMD build, which brings a CommonJS shim into
	// every page. One build for the whole app, so there is still one Dexie.
	resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }] },
	plugins: [
		sveltekit(),
		analyze && bundleAnalysis(),
		withPacks({
			// Registration and the update prompt are ours (src/lib/state/app-update.svelte.ts, workbox-window):
			// a new version waits until the user says "reload", never mid-session.
			registerType: 'prompt',
			injectRegister: false,
			// Our own worker (src/service-worker.ts): it adds the cross-origin isolation headers the FSRS
			// optimizer needs. Still published as /sw.js, the address installed copies check for updates.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'sw.js',
			manifest: {
				id: '/',
				name: 'Qaitala — қайтала, повторяй, repeat',
				short_name: 'Qaitala',
				description:
					'Қазақстанның сыртқы саясаты мен ЕО–Орталық Азия қатынастары бойынша флэш-карталар мен тесттер · Карточки и тесты по внешней политике Казахстана · Flashcards and quizzes on Kazakhstan’s foreign policy and EU–Central Asia relations',
				lang: 'kk',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#f7f5ef',
				theme_color: '#0b5c6b',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			injectManifest: {
				// Every prerendered page, its __data.json, every bank JSON and the tools' WebAssembly, each
				// named with its pack: the service worker installs the shell and caches the rest as needed.
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,wasm}', 'prerendered/**/*.{html,json}'],
				// The large icons are for installing, which the browser fetches online itself.
				globIgnores: ['client/icons/icon-512.png', 'client/icons/icon-maskable-512.png']
			},
			kit: { includeVersionFile: true, trailingSlash: 'always', adapterFallback: '404.html', spa: true }
		})
	],
	// The optimizer's module spawns workers with dynamic imports, which only ES-module workers allow.
	worker: { format: 'es' },
	test: {
		setupFiles: ['tests/unit/setup.ts'],
		// A hang detector, not a speed measure: property tests run seconds on a busy two-core machine.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/components/rendered/**'],
					environment: 'node'
				}
			},
			{
				// Components mounted in a DOM (jsdom) with Svelte's browser build, clicked as a learner would.
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'rendered',
					include: ['tests/unit/components/rendered/**/*.test.ts'],
					environment: 'jsdom'
				}
			}
		]
	}
});
