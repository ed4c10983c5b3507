/**
 * Per-document drafts of bank items (questions/drafts/*.yaml), written while reading one source
 * document, are merged into the per-topic bank files. A draft holds `topics:` (metadata for topics
 * it introduces) and `items:` (bank items, each with an extra `topic:` field).
 *
 *   tsx scripts/drafts.ts check [draft…]   validate drafts together with the current banks
 *   tsx scripts/drafts.ts merge [draft…]   append their items to questions/<topic>.yaml (after a clean check)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Document, isMap, isScalar, parse, stringify, visit } from 'yaml';
import { compileBanks, type BankSourceFile } from '../src/lib/domain/bank/compile';
import { formatProblem } from '../src/lib/domain/bank/validate';
import { lintBanks } from '../src/lib/domain/bank/lint';
import { readSeedLineCounts } from '../src/lib/server/load-banks';

interface Draft {
	file: string;
	topics: Record<string, { title: unknown; summary: unknown }>;
	items: Record<string, unknown>[];
}

/** YAML as the hand-written banks look: `source` on one line, a blank line between items. */
function formatBank(bank: unknown): string {
	const doc = new Document(bank);
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === 'source' && isMap(pair.value)) pair.value.flow = true;
		}
	});
	return doc.toString({ lineWidth: 0 }).replace(/\n {2}- id: /g, '\n\n  - id: ');
}

const [command, ...names] = process.argv.slice(2);
const draftFiles = names.length
	? names
	: readdirSync('questions/drafts')
			.filter((n) => n.endsWith('.yaml'))
			.map((n) => `questions/drafts/${n}`);
const drafts: Draft[] = draftFiles.map((file) => {
	const data = parse(readFileSync(file, 'utf8')) ?? {};
	return { file, topics: data.topics ?? {}, items: data.items ?? [] };
});

const bankFiles = readdirSync('questions').filter(
	(n) => n.endsWith('.yaml') && !['sources.yaml', 'tags.yaml', 'glossary.yaml'].includes(n)
);
const banks = new Map<string, { topic: unknown; items: unknown[] }>(
	bankFiles.map((n) => [n.replace(/\.yaml$/, ''), parse(readFileSync(`questions/${n}`, 'utf8'))])
);

const problems: string[] = [];
for (const draft of drafts) {
	draft.items.forEach((item, i) => {
		const topicId = item.topic as string | undefined;
		const { topic: _, ...bankItem } = item;
		if (!topicId) return problems.push(`${draft.file} › item #${i + 1} (${String(item.id)}) › topic: is missing`);
		let bank = banks.get(topicId);
		if (!bank) {
			const meta = drafts.map((d) => d.topics[topicId]).find(Boolean);
			if (!meta)
				return problems.push(
					`${draft.file} › item "${String(item.id)}" › topic: "${topicId}" is neither a bank nor in any draft's topics:`
				);
			bank = { topic: { id: topicId, ...meta }, items: [] };
			banks.set(topicId, bank);
		}
		bank.items.push(bankItem);
	});
}

const readBeside = (name: string): BankSourceFile => ({
	file: `questions/${name}`,
	data: parse(readFileSync(`questions/${name}`, 'utf8'))
});
const result = compileBanks(
	[...banks].map(([id, data]): BankSourceFile => ({ file: `questions/${id}.yaml`, data })),
	readBeside('sources.yaml'),
	{ tags: readBeside('tags.yaml'), glossary: readBeside('glossary.yaml') }
);
if (!result.ok) problems.push(...result.problems.map(formatProblem));
else {
	const { items, glossary, index } = result.value;
	problems.push(
		...lintBanks({
			items,
			seedLineCounts: readSeedLineCounts(),
			glossary,
			sources: index.sources,
			tags: index.tags
		}).map(formatProblem)
	);
}
if (problems.length) {
	console.error(
		`✗ ${problems.length} problem(s) (a problem reported in questions/<topic>.yaml may come from a draft item with that id):`
	);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
const count = drafts.reduce((n, d) => n + d.items.length, 0);
console.log(`✓ ${count} draft items from ${drafts.length} draft(s) are valid together with the banks`);

if (command === 'merge') {
	for (const [id, bank] of banks) {
		const path = `questions/${id}.yaml`;
		const original = existsSync(path) ? readFileSync(path, 'utf8') : '';
		const text = formatBank(bank);
		if (text !== stringify(parse(original || 'null'), { lineWidth: 0 })) writeFileSync(path, text);
	}
	console.log('merged into questions/*.yaml; now empty or delete the drafts');
}
