// `npm run size`: the compressed JavaScript and CSS each prerendered page loads before it can run.
// With `--budget`, fails when the first page (/kk/, the home page) exceeds its JavaScript budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
const FIRST_PAGE = 'kk/index.html';
const FIRST_PAGE_JS_BUDGET_BYTES = 100 * 1024; // the first page stays under 100 kB gzip
const PAGES = ['index.html', 'kk/index.html', 'ru/index.html', 'en/index.html', 'kk/settings/index.html', 'kk/study/due/index.html'];

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

// The interface strings of each language are a chunk the page imports while loading (src/lib/i18n):
// found here by a string only that language has, and counted for the pages in that language.
const LOCALE_MARKERS = { kk: 'Тақырыптарыңыз', ru: 'Ваши темы', en: 'Your topics' };
const chunkDir = `${BUILD}/_app/immutable/chunks`;
const localeChunks = Object.fromEntries(
	Object.entries(LOCALE_MARKERS).map(([lang, marker]) => {
		const name = readdirSync(chunkDir).find((f) => f.endsWith('.js') && readFileSync(`${chunkDir}/${f}`, 'utf8').includes(marker));
		return [lang, name && `${chunkDir}/${name}`];
	})
);

/** Every JS and CSS file a page loads before it runs: modulepreloads, stylesheets, entry imports and its language's strings. */
function assetsOf(page) {
	const html = readFileSync(`${BUILD}/${page}`, 'utf8');
	const urls = new Set();
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) urls.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]);
	const files = [...urls].map((url) => `${BUILD}${new URL(url, 'http://x/').pathname}`);
	const lang = page.split('/')[0];
	const locales = lang in localeChunks ? [localeChunks[lang]] : Object.values(localeChunks); // `/` shows all three
	files.push(...locales.filter(Boolean));
	const sum = (ext) => files.filter((f) => f.endsWith(ext)).reduce((total, f) => total + gzipSize(f), 0);
	return { js: sum('.js'), css: sum('.css'), count: files.length };
}

if (!existsSync(`${BUILD}/${FIRST_PAGE}`)) {
	console.error(`No ${BUILD}/${FIRST_PAGE}: run \`npm run build\` first.`);
	process.exit(1);
}

console.log('page                          JS (gzip)   CSS (gzip)   files');
for (const page of PAGES.filter((p) => existsSync(`${BUILD}/${p}`))) {
	const { js, css, count } = assetsOf(page);
	console.log(`${page.padEnd(30)}${kb(js).padStart(9)}   ${kb(css).padStart(10)}   ${String(count).padStart(5)}`);
}
const sw = gzipSize(`${BUILD}/sw.js`);
console.log(`service worker (sw.js)        ${kb(sw).padStart(9)}`);

// What the service worker downloads on the first visit to work offline: every precached file.
const precached = [...readFileSync(`${BUILD}/sw.js`, 'utf8').matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]);
const files = precached.map((url) => {
	const path = `${BUILD}/${url.replace(/^\//, '')}`;
	return existsSync(path) && !path.endsWith('/') ? path : `${path.replace(/\/?$/, '/')}index.html`;
});
const precacheGzip = files.reduce((total, f) => total + gzipSize(f), 0);
console.log(`precache: ${precached.length} files, ${kb(precacheGzip)} gzip (first visit, in the background)`);

const first = assetsOf(FIRST_PAGE);
if (process.argv.includes('--budget')) {
	if (first.js > FIRST_PAGE_JS_BUDGET_BYTES) {
		console.error(`✗ first page JavaScript ${kb(first.js)} exceeds the budget of ${kb(FIRST_PAGE_JS_BUDGET_BYTES)}`);
		process.exit(1);
	}
	console.log(`✓ first page JavaScript ${kb(first.js)} is within the budget of ${kb(FIRST_PAGE_JS_BUDGET_BYTES)}`);
}
