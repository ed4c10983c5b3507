import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';

/**
 * Where the built site is published, for canonical and hreflang links, robots.txt and the sitemap:
 * set QAITALA_ORIGIN when building for a real host (README, "Publishing"). The default is `npm start`.
 */
const publicOrigin = (process.env.QAITALA_ORIGIN ?? 'http://127.0.0.1:4319').replace(/\/+$/, '');

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
	// Dexie's ES module build: its default entry wraps the UMD build, which brings a CommonJS shim into
	// every page. One build for the whole app, so there is still one Dexie.
	resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }] },
	plugins: [
		sveltekit(),
		analyze && bundleAnalysis(),
		SvelteKitPWA({
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
				// Every prerendered page, its __data.json, every bank JSON and the optimizer's WebAssembly
				// (so fitting works offline).
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,wasm}', 'prerendered/**/*.{html,json}']
			},
			kit: { includeVersionFile: true, trailingSlash: 'always', adapterFallback: '404.html', spa: true }
		})
	],
	// The optimizer's module spawns workers with dynamic imports, which only ES-module workers allow.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		// A hang detector, not a speed measure: property tests run seconds on a busy two-core machine.
		testTimeout: 30_000
	}
});
