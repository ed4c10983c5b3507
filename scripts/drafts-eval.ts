/**
 * `npm run drafts:eval`: the question drafter (src/lib/domain/draft) on the five course documents.
 * Per document and in total: drafts made, the share whose keyed answer is in the lines they cite
 * (must be 100 %), the share of the built-in banks' numeric questions on the document that a draft
 * also asks (same answer, overlapping lines), and drafts that ask the same thing twice. The last line
 * is the summary. QAITALA_SEEDS points elsewhere for the documents; `--verbose` lists what was missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBanks, SEEDS_DIR } from '../src/lib/server/load-banks';
import { evaluateDocument, percent, sumFigures, type BankNumeric } from '../src/lib/domain/draft/evaluate';

const verbose = process.argv.includes('--verbose');
const compiled = loadBanks();
if (!compiled.ok) {
	console.error('The banks do not compile: run `npm run banks:check`.');
	process.exit(1);
}
const documents = Object.keys(compiled.value.index.sources).sort();
const numericOf = (doc: string): BankNumeric[] =>
	compiled.value.items.flatMap(({ item }) =>
		item.type === 'numeric' && item.source.doc === doc
			? [{ id: item.id, answer: item.answer, tolerance: item.tolerance ?? 0, lines: item.source.lines }]
			: []
	);

const missing = documents.filter((doc) => !existsSync(join(SEEDS_DIR, doc)));
if (missing.length) {
	console.error(`Documents not found in ${SEEDS_DIR}: ${missing.join(', ')} (set QAITALA_SEEDS).`);
	process.exit(1);
}

const rows = documents.map((doc) => {
	const result = evaluateDocument(readFileSync(join(SEEDS_DIR, doc), 'utf8'), numericOf(doc));
	const f = result.figures;
	console.log(
		`${doc}  ${result.language}  drafts=${f.drafts}  answer_in_citation=${percent(f.answerInCitation, f.drafts)}%  ` +
			`numeric_recall=${percent(f.numericAsked, f.numericTotal)}% (${f.numericAsked}/${f.numericTotal})  duplicates=${f.duplicates}  ${result.byType}`
	);
	if (verbose) {
		for (const id of f.missed) console.log(`    missed: ${id}`);
		for (const id of f.unsupported) console.log(`    answer not in its lines: ${id}`);
	}
	return f;
});

const total = sumFigures(rows);
console.log(
	`drafts-eval docs=${rows.length} drafts=${total.drafts} answer_in_citation=${percent(total.answerInCitation, total.drafts)}% ` +
		`numeric_recall=${percent(total.numericAsked, total.numericTotal)}% duplicates=${total.duplicates}`
);
