import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page and bank endpoint is prerendered; the service worker caches them all.
		// 404.html boots the client router for unknown URLs and shows the translated error page.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// Absolute asset paths: a page served offline at a nested URL must still find /_app/ (STACK-NOTES #2).
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		serviceWorker: { register: false }
	}
};

export default config;
