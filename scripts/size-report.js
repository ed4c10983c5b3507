// `npm run size` (after `npm run build`): the compressed JavaScript and CSS each kind of page loads
// (its CSS comes inside its HTML), and what the service worker downloads. For each page, two figures:
//   first load: the files it must have before it can run: its HTML's module preloads, stylesheets and
//               entry imports, every module those import statically (from Vite's manifest: the HTML's
//               preload list can miss some, which the browser then finds one round trip later), and
//               its language's strings;
//   until idle: every script Chromium downloads from navigation until the network is idle (no
//               request for 500 ms), the database, workers and lazily loaded parts included.
// With `--budget`, fails when a page kind or the first visit's precache exceeds its budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUILD, PAGE_KINDS, launchChromium, requireBuild, scriptsLoadedBy, serveBuild } from './lib/built-site.js';

const KB = 1024;
/** kB gzip: what each kind of page may load (first load, until idle). Lower them as pages shrink. */
const BUDGETS = {
	home: { first: 69, idle: 69 },
	study: { first: 84, idle: 133 },
	quiz: { first: 89, idle: 150 },
	progress: { first: 83, idle: 83 },
	browse: { first: 85, idle: 119 },
	settings: { first: 102, idle: 143 },
	test: { first: 95, idle: 126 },
	teach: { first: 125, idle: 183 },
	chooser: { first: 69, idle: 75 }
};
/** The first visit's download: the shell and one language's pages and banks. */
const PRECACHE_BUDGET_KB = 600;

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

requireBuild();

// The interface strings of each language are three chunks a page imports while loading (src/lib/i18n):
// the main ones, the study and quiz pages' ones, the other pages' ones. Each is found here by a string
// only it has, and counted for the pages in that language that load it.
const STRING_MARKERS = {
	main: { kk: 'Тақырыптарыңыз', ru: 'Ваши темы', en: 'Your topics' },
	session: {
		kk: 'Қаншалықты жақсы есіңізге түсірдіңіз?',
		ru: 'Насколько хорошо вы вспомнили?',
		en: 'How well did you remember?'
	},
	more: {
		kk: 'Сөздерді қазақ, орыс және ағылшын тілдерінде бірден іздейді.',
		ru: 'Ищет слова сразу на казахском, русском и английском.',
		en: 'Finds words in Kazakh, Russian and English at once.'
	}
};
/** Which string chunks each kind of page waits for (as stringsForRoute in src/lib/i18n). */
const STRINGS_OF = { home: ['main'], chooser: ['main'], study: ['main', 'session'], quiz: ['main', 'session'] };
const chunkDir = `${BUILD}/_app/immutable/chunks`;
const chunkFiles = readdirSync(chunkDir).filter((f) => f.endsWith('.js'));
const stringChunks = Object.fromEntries(
	Object.entries(STRING_MARKERS).map(([chunk, markers]) => [
		chunk,
		Object.fromEntries(
			Object.entries(markers).map(([lang, marker]) => {
				const name = chunkFiles.find((f) => readFileSync(`${chunkDir}/${f}`, 'utf8').includes(marker));
				if (!name) throw new Error(`no chunk of ${lang} ${chunk} strings found (has its marker changed?)`);
				return [lang, `${chunkDir}/${name}`];
			})
		)
	])
);

/** The file a page address is served from. */
const fileOf = (path) => `${BUILD}${path.endsWith('/') ? `${path}index.html` : path}`;

const viteManifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const manifestKeyOf = new Map(Object.entries(viteManifest).map(([key, chunk]) => [`/${chunk.file}`, key]));

/** Every file the modules `keys` import statically, however deep: the browser fetches them all before running any. */
function staticImports(keys) {
	const seen = new Set();
	const visit = (key) => {
		if (seen.has(key) || !viteManifest[key]) return;
		seen.add(key);
		for (const imported of viteManifest[key].imports ?? []) visit(imported);
	};
	keys.forEach(visit);
	return [...seen].flatMap((key) => [
		`/${viteManifest[key].file}`,
		...(viteManifest[key].css ?? []).map((f) => `/${f}`)
	]);
}

/** Every JS and CSS file a page needs before it runs: its HTML's, what those import statically, and the strings it waits for. */
function firstLoad(kind, path) {
	const html = readFileSync(fileOf(path), 'utf8');
	const urls = new Set();
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) urls.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]);
	// The page's route nodes (layouts and page), which the entry imports as it starts.
	const nodeIds = JSON.parse(html.match(/node_ids: *(\[[^\]]*\])/)?.[1] ?? '[]');
	const roots = [...urls].flatMap((url) => manifestKeyOf.get(url) ?? []);
	roots.push(...nodeIds.map((id) => `.svelte-kit/generated/client-optimized/nodes/${id}.js`));
	for (const url of staticImports(roots)) urls.add(url);
	const files = [...urls].map((url) => `${BUILD}${new URL(url, 'http://x/').pathname}`);
	const lang = path.split('/')[1];
	for (const chunk of STRINGS_OF[kind] ?? ['main', 'session', 'more'])
		files.push(...(lang in stringChunks[chunk] ? [stringChunks[chunk][lang]] : Object.values(stringChunks[chunk]))); // `/` shows all three
	const sum = (ext) => [...new Set(files)].filter((f) => f.endsWith(ext)).reduce((total, f) => total + gzipSize(f), 0);
	return { js: sum('.js'), css: sum('.css') };
}

const { origin, close } = await serveBuild();
const browser = await launchChromium();
const failures = [];
try {
	console.log('page kind   address                      first load JS   until idle JS   CSS    budget (first / idle)');
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const first = firstLoad(kind, path);
		const scripts = await scriptsLoadedBy(browser, origin + path);
		const idle = [...new Set(scripts.map((s) => s.path))]
			.filter((p) => existsSync(`${BUILD}${p}`))
			.reduce((total, p) => total + gzipSize(`${BUILD}${p}`), 0);
		const budget = BUDGETS[kind];
		console.log(
			`${kind.padEnd(11)} ${path.padEnd(28)} ${kb(first.js).padStart(13)}   ${kb(idle).padStart(13)}   ${kb(first.css).padStart(6)}   ${budget.first} / ${budget.idle} kB`
		);
		if (first.js > budget.first * KB)
			failures.push(`${kind} (${path}): first load ${kb(first.js)} > ${budget.first} kB`);
		if (idle > budget.idle * KB) failures.push(`${kind} (${path}): until idle ${kb(idle)} > ${budget.idle} kB`);
	}
} finally {
	await browser.close();
	await close();
}
console.log(`service worker (sw.js)      ${kb(gzipSize(`${BUILD}/sw.js`))}`);

// What the service worker caches: the shell at install, then packs (src/service-worker.ts).
const manifest = [...readFileSync(`${BUILD}/sw.js`, 'utf8').matchAll(/\{[^{}]*"url":"([^"]+)"[^{}]*\}/g)].map((m) => ({
	url: m[1],
	pack: m[0].match(/"pack":"([^"]+)"/)?.[1] ?? 'shell'
}));
const byPack = new Map();
for (const { url, pack } of manifest) {
	const path = `${BUILD}/${url.replace(/^\//, '')}`;
	const file = existsSync(path) && !path.endsWith('/') ? path : `${path.replace(/\/?$/, '/')}index.html`;
	const entry = byPack.get(pack) ?? { files: 0, bytes: 0 };
	entry.files++;
	entry.bytes += gzipSize(file);
	byPack.set(pack, entry);
}
console.log('precache by pack:');
for (const [pack, { files, bytes }] of [...byPack].sort())
	console.log(`  ${pack.padEnd(10)} ${String(files).padStart(4)} files ${kb(bytes).padStart(10)}`);
const sizeOf = (...packs) => packs.reduce((total, pack) => total + (byPack.get(pack)?.bytes ?? 0), 0);
const all = [...byPack.values()].reduce((total, p) => total + p.bytes, 0);
const firstVisit = Math.max(...['kk', 'ru', 'en'].map((lang) => sizeOf('shell', `pages-${lang}`, `banks-${lang}`)));
console.log(
	`first visit (shell + one language's pages and banks): ${kb(firstVisit)} gzip; everything: ${manifest.length} files, ${kb(all)}`
);
if (firstVisit > PRECACHE_BUDGET_KB * KB)
	failures.push(`first visit's precache ${kb(firstVisit)} > ${PRECACHE_BUDGET_KB} kB`);

if (process.argv.includes('--budget')) {
	if (failures.length) {
		for (const failure of failures) console.error(`✗ ${failure}`);
		process.exit(1);
	}
	console.log('✓ every page kind and the first visit’s precache are within their budgets');
}
