import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page and bank endpoint is prerendered; the service worker caches them all.
		// 404.html boots the client router for unknown URLs and shows the translated error page.
		// precompress: .br and .gz beside each file, for hosts (and `npm run serve`) that serve them as they are.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true, precompress: true }),
		// Absolute asset paths: a page served offline at a nested URL must still find /_app/.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every page's stylesheets (the largest is about 9 kB) come inside its HTML: a stylesheet
		// file holds back the first paint by a round trip, and a page has a dozen of them.
		inlineStyleThreshold: 10_000,
		serviceWorker: { register: false },
		// A strict Content-Security-Policy as a <meta> tag in every prerendered page: SvelteKit adds the
		// hash of its own inline boot script, so no other inline script can run. frame-ancestors cannot
		// be set in a meta tag; static/_headers sends it where the host honours that file.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The FSRS optimizer (a WebAssembly module, run in a worker on the Progress page) must be compiled.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// SvelteKit's own route announcer carries a style attribute, so styles need 'unsafe-inline';
				// styles cannot run code, and scripts stay hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
