// `npm run analyze`: builds with the bundle visualizer (stats/bundle.html, a treemap), then loads each
// kind of page in Chromium and prints what its JavaScript is made of: the libraries and our own
// folders, gzip, and whether they come before the first paint or after it (until the network is idle).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUILD, PAGE_KINDS, launchChromium, requireBuild, scriptsLoadedBy, serveBuild } from './lib/built-site.js';

const STATS = 'stats/bundle.json';
if (!existsSync(STATS)) {
	console.error(`No ${STATS}: run \`npm run analyze\` (it builds with ANALYZE=1 first).`);
	process.exit(1);
}
requireBuild();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const { tree, nodeParts, nodeMetas } = JSON.parse(readFileSync(STATS, 'utf8'));

/** What a module is part of: an npm package, or our folder (src/lib/state, src/routes…). */
function groupOf(id) {
	const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
	if (pkg) return pkg[1];
	const path = id.replace(/^\//, '').replace(/\?.*$/, '');
	if (path.startsWith('src/lib/i18n/locales/'))
		return `strings: ${path.split('/').slice(4).join('/').replace(/\.ts$/, '')}`;
	if (path.startsWith('src/routes/')) return 'src/routes';
	if (path.startsWith('.svelte-kit/')) return '@sveltejs/kit (generated)';
	return path.split('/').slice(0, 3).join('/');
}

/** Each output chunk's modules, with their share of the chunk's gzip size. */
const chunkGroups = new Map();
function walk(node, chunk) {
	if (node.uid) {
		const part = nodeParts[node.uid];
		const group = groupOf(nodeMetas[part.metaUid].id);
		const groups = chunkGroups.get(chunk) ?? new Map();
		groups.set(group, (groups.get(group) ?? 0) + part.gzipLength);
		chunkGroups.set(chunk, groups);
	}
	for (const child of node.children ?? []) walk(child, chunk);
}
for (const chunk of tree.children) walk(chunk, `/${chunk.name}`);

const { origin, close } = await serveBuild();
const browser = await launchChromium();
try {
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const scripts = await scriptsLoadedBy(browser, origin + path);
		const groups = new Map();
		let before = 0;
		let total = 0;
		for (const script of scripts) {
			const file = `${BUILD}${script.path}`;
			if (!existsSync(file)) continue;
			const size = gzipSync(readFileSync(file), { level: 9 }).length;
			total += size;
			if (script.beforePaint) before += size;
			// Module gzip lengths are measured one by one: scale them to the chunk's real compressed size.
			const modules = chunkGroups.get(script.path) ?? new Map([['(not in the bundle stats)', size]]);
			const sum = [...modules.values()].reduce((a, b) => a + b, 0) || 1;
			for (const [group, length] of modules) {
				const entry = groups.get(group) ?? { size: 0, beforePaint: false };
				entry.size += (length / sum) * size;
				entry.beforePaint ||= script.beforePaint;
				groups.set(group, entry);
			}
		}
		console.log(
			`\n${kind} ${path}: ${kb(total)} JS gzip in ${scripts.length} files (${kb(before)} asked for before the first paint)`
		);
		for (const [group, { size, beforePaint }] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
			if (size < 300) continue;
			console.log(`  ${kb(size).padStart(8)}  ${beforePaint ? 'before paint' : 'after paint '}  ${group}`);
		}
	}
	console.log('\nTreemap: stats/bundle.html');
} finally {
	await browser.close();
	await close();
}
