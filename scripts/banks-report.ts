/**
 * `npm run banks:report`: items per document, topic, type and language; what the items ask (levels
 * per document), where choice items put their right option, "select all" items with 3 of 5 right,
 * glossary violations, source notes; and the line ranges of each source document that no item cites
 * yet (read from ../shared/seeds when it is there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBanks, SEEDS_DIR } from '../src/lib/server/load-banks';
import { formatProblem } from '../src/lib/domain/bank/validate';
import { uncoveredRanges, type LineRange } from '../src/lib/domain/bank/coverage';
import { ITEM_TYPES } from '../src/lib/domain/bank/schema';
import { LANGUAGES } from '../src/lib/domain/language';
import {
	countLevels,
	deepShare,
	groupBy,
	hasCorrectFirst,
	isChoice,
	isSelectAll,
	isThreeOfFive,
	percent
} from '../src/lib/domain/bank/balance';
import { lintGlossary } from '../src/lib/domain/bank/lint-teaching';
import { textsOf } from '../src/lib/domain/bank/lint';
import { placeOf } from '../src/lib/domain/bank/citation';

const result = loadBanks();
if (!result.ok) {
	console.error(result.problems.map(formatProblem).join('\n'));
	process.exit(1);
}
const { index, items, glossary } = result.value;

function table(title: string, rows: [string, number][]) {
	console.log(`\n${title}`);
	const width = Math.max(...rows.map(([k]) => k.length));
	for (const [key, n] of rows) console.log(`  ${key.padEnd(width)}  ${String(n).padStart(4)}`);
}

const countBy = (key: (i: (typeof items)[number]) => string, keys: readonly string[]): [string, number][] =>
	keys.map((k) => [k, items.filter((i) => key(i) === k).length]);

console.log(`${items.length} items in ${index.topics.length} topics (bank version ${index.version})`);
table(
	'Items per document',
	countBy((i) => i.item.source.doc, Object.keys(index.sources))
);
table(
	'Items per topic',
	countBy(
		(i) => i.file.replace(/^questions\/|\.yaml$/g, ''),
		index.topics.map((t) => t.id)
	)
);
table(
	'Items per type',
	countBy((i) => i.item.type, ITEM_TYPES)
);
table(
	'Items complete per language',
	LANGUAGES.map((l) => [l, items.length])
); // the schema requires all three

const topicOf = (file: string) => file.replace(/^questions\/|\.yaml$/g, '');
const share = (n: number, of: number) =>
	`${String(n).padStart(4)} of ${String(of).padEnd(4)} ${of ? percent(n / of).padStart(5) : '    –'}`;

console.log('\nLevels per document');
const docWidth = Math.max(...Object.keys(index.sources).map((d) => d.length));
const cols = ['recall', 'understand', 'analyse', 'no level', 'items', 'understand+analyse'];
console.log(`  ${''.padEnd(docWidth)}  ${cols.map((c) => c.padStart(Math.max(6, c.length))).join('  ')}`);
for (const doc of Object.keys(index.sources)) {
	const c = countLevels(items.filter((i) => i.item.source.doc === doc).map((i) => i.item));
	const row = [c.recall, c.understand, c.analyse, c.unlabelled, c.total, percent(deepShare(c))];
	console.log(
		`  ${doc.padEnd(docWidth)}  ${row.map((v, i) => String(v).padStart(Math.max(6, cols[i]!.length))).join('  ')}`
	);
}

const choices = items.filter((i) => isChoice(i.item));
const byBank = groupBy(choices, (i) => topicOf(i.file));
const width = Math.max(...index.topics.map((t) => t.id.length), 'all banks'.length);
console.log('\nChoice items with a right option first');
for (const topic of index.topics) {
	const own = byBank.get(topic.id) ?? [];
	console.log(
		`  ${topic.id.padEnd(width)}  ${share(own.filter((i) => isChoice(i.item) && hasCorrectFirst(i.item)).length, own.length)}`
	);
}
console.log(
	`  ${'all banks'.padEnd(width)}  ${share(choices.filter((i) => isChoice(i.item) && hasCorrectFirst(i.item)).length, choices.length)}`
);

const selectAll = items.filter((i) => isSelectAll(i.item));
const threeOfFive = (list: typeof items) => list.filter((i) => isSelectAll(i.item) && isThreeOfFive(i.item));
console.log('\n"Select all" items (more than one right option) with exactly 3 right out of 5');
for (const topic of index.topics) {
	const own = selectAll.filter((i) => topicOf(i.file) === topic.id);
	console.log(`  ${topic.id.padEnd(width)}  ${share(threeOfFive(own).length, own.length)}`);
}
console.log(`  ${'all banks'.padEnd(width)}  ${share(threeOfFive(selectAll).length, selectAll.length)}`);

const banned = lintGlossary(items, textsOf, glossary, index.sources, index.tags);
console.log(`\nGlossary violations: ${banned.length}`);
for (const [message, list] of groupBy(banned, (p) => p.message))
	console.log(`  ${String(list.length).padStart(4)}  ${message.replace(/ \(questions\/glossary.yaml\)$/, '')}`);

const noted = items.filter((i) => i.item.sourceNote);
console.log(`\nItems with a source note: ${noted.length}`);
for (const { item } of noted) console.log(`  ${item.id}: ${item.sourceNote!.en}`);

// A citation is shown with its section; one running across several names the first and the last.
const spanning = items.filter((i) => placeOf(i.item.source, index.sources, 'en').sections.length > 1);
console.log(`\nCitations across several sections: ${spanning.length}`);
for (const { item } of spanning) console.log(`  ${item.id} (${item.source.doc}, lines ${item.source.lines.join('–')})`);

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
	console.log(
		`  ${doc} (${lines.length} lines): ${gaps.length ? `${uncovered} uncited in ${gaps.length} range(s)` : 'every line cited'}`
	);
	for (const [a, b] of gaps) console.log(`    ${a === b ? a : `${a}–${b}`}: ${lines[a - 1]!.trim().slice(0, 70)}`);
}
