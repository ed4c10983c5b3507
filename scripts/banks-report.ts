/**
 * `npm run banks:report`: items per document, topic, type and language, and the line ranges of each
 * source document that no item cites yet (read from ../shared/seeds when it is there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBanks, SEEDS_DIR } from '../src/lib/server/load-banks';
import { formatProblem } from '../src/lib/domain/bank/validate';
import { uncoveredRanges, type LineRange } from '../src/lib/domain/bank/coverage';
import { ITEM_TYPES } from '../src/lib/domain/bank/schema';
import { LANGUAGES } from '../src/lib/domain/language';

const result = loadBanks();
if (!result.ok) {
	console.error(result.problems.map(formatProblem).join('\n'));
	process.exit(1);
}
const { index, items } = result.value;

function table(title: string, rows: [string, number][]) {
	console.log(`\n${title}`);
	const width = Math.max(...rows.map(([k]) => k.length));
	for (const [key, n] of rows) console.log(`  ${key.padEnd(width)}  ${String(n).padStart(4)}`);
}

const countBy = (key: (i: (typeof items)[number]) => string, keys: readonly string[]): [string, number][] =>
	keys.map((k) => [k, items.filter((i) => key(i) === k).length]);

console.log(`${items.length} items in ${index.topics.length} topics (bank version ${index.version})`);
table('Items per document', countBy((i) => i.item.source.doc, Object.keys(index.sources)));
table('Items per topic', countBy((i) => i.file.replace(/^questions\/|\.yaml$/g, ''), index.topics.map((t) => t.id)));
table('Items per type', countBy((i) => i.item.type, ITEM_TYPES));
table('Items complete per language', LANGUAGES.map((l) => [l, items.length])); // the schema requires all three

console.log('\nLines no item cites (blank lines ignored)');
for (const doc of Object.keys(index.sources)) {
	const path = join(SEEDS_DIR, doc);
	if (!existsSync(path)) {
		console.log(`  ${doc}: document not found at ${path}`);
		continue;
	}
	const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
	const cited: LineRange[] = items.filter((i) => i.item.source.doc === doc).map((i) => i.item.source.lines);
	const gaps = uncoveredRanges(lines, cited);
	const uncovered = gaps.reduce((n, [a, b]) => n + b - a + 1, 0);
	console.log(`  ${doc} (${lines.length} lines): ${gaps.length ? `${uncovered} uncited in ${gaps.length} range(s)` : 'every line cited'}`);
	for (const [a, b] of gaps) console.log(`    ${a === b ? a : `${a}–${b}`}: ${lines[a - 1]!.trim().slice(0, 70)}`);
}
