import { describe, expect, it } from 'vitest';
import { modulePreloads, type ClientManifest } from '$lib/server/page-preloads';

const node = (id: number) => `.svelte-kit/generated/client-optimized/nodes/${id}.js`;

/** A small browser build: two route nodes sharing the runtime, SvelteKit's error page, a strings chunk. */
const manifest: ClientManifest = {
	[node(0)]: { file: '_app/immutable/nodes/0.a.js', imports: ['_runtime.js'] },
	[node(1)]: { file: '_app/immutable/nodes/1.b.js', imports: ['_runtime.js'] },
	[node(2)]: { file: '_app/immutable/nodes/2.c.js', imports: ['_runtime.js', '_card.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_card.js': { file: '_app/immutable/chunks/card.js', imports: ['_runtime.js'] },
	'src/lib/i18n/locales/kk.ts': { file: '_app/immutable/chunks/kk.js' }
};

const page = (named: string[]) =>
	`<head>${named.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}</head>` +
	'<script>kit.start(app, element, { node_ids: [0, 2], data: [] });</script>';

describe('modulePreloads', () => {
	it('names the route nodes, what they import, the error page and the strings, minus what the HTML names', () => {
		const html = page(['/_app/immutable/nodes/0.a.js', '/_app/immutable/chunks/runtime.js']);
		const tags = modulePreloads(['src/lib/i18n/locales/kk.ts'], html, manifest);
		const hrefs = [...tags.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
		expect(hrefs.sort()).toEqual([
			'/_app/immutable/chunks/card.js',
			'/_app/immutable/chunks/kk.js',
			'/_app/immutable/nodes/1.b.js',
			'/_app/immutable/nodes/2.c.js'
		]);
	});

	it('adds nothing when the HTML names it all', () => {
		const all = Object.values(manifest).map((chunk) => `/${chunk.file}`);
		expect(modulePreloads(['src/lib/i18n/locales/kk.ts'], page(all), manifest)).toBe('');
	});

	it('fails the build for a module the browser build does not have', () => {
		expect(() => modulePreloads(['src/lib/i18n/locales/xx.ts'], page([]), manifest)).toThrow(
			/not in the browser build/
		);
	});
});
