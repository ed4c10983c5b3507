/**
 * Reads `questions/*.yaml` at build time (prerendering and `npm run banks:check`) and compiles them.
 * Never bundled for the browser: SvelteKit keeps `$lib/server` out of client code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { compileBanks, type CompileResult, type BankSourceFile } from '../domain/bank/compile';
import { formatProblem, type BankProblem } from '../domain/bank/validate';
import { lintBanks } from '../domain/bank/lint';

export const REGISTRY_FILE_NAME = 'sources.yaml';
/** The other files beside the banks: the tag vocabulary and the terminology list. */
export const TAGS_FILE_NAME = 'tags.yaml';
export const GLOSSARY_FILE_NAME = 'glossary.yaml';
const NOT_BANKS = new Set([REGISTRY_FILE_NAME, TAGS_FILE_NAME, GLOSSARY_FILE_NAME]);

export class InvalidBanksError extends Error {
	constructor(readonly problems: BankProblem[]) {
		super(`Invalid question banks:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'InvalidBanksError';
	}
}

function readYaml(path: string, root: string): BankSourceFile | BankProblem {
	const file = relative(root, path);
	if (!existsSync(path)) return { file, field: '', message: 'is missing' };
	try {
		return { file, data: parse(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true }) };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
			return { file, field: `line ${line}, column ${col}`, message: `is not valid YAML (${error.code})` };
		}
		throw error;
	}
}

/** Reads and compiles every bank under `questionsDir`; the result lists every problem found. */
export function loadBanks(questionsDir = join(process.cwd(), 'questions')): CompileResult {
	const root = join(questionsDir, '..');
	const names = readdirSync(questionsDir).filter((n) => n.endsWith('.yaml') && !NOT_BANKS.has(n));
	const registry = readYaml(join(questionsDir, REGISTRY_FILE_NAME), root);
	const tags = readYaml(join(questionsDir, TAGS_FILE_NAME), root);
	const glossary = readYaml(join(questionsDir, GLOSSARY_FILE_NAME), root);
	const banks = names.map((n) => readYaml(join(questionsDir, n), root));
	const unreadable = [registry, tags, glossary, ...banks].filter((f): f is BankProblem => 'message' in f);
	if (unreadable.length) return { ok: false, problems: unreadable };
	return compileBanks(banks as BankSourceFile[], registry as BankSourceFile, {
		tags: tags as BankSourceFile,
		glossary: glossary as BankSourceFile
	});
}

let cached: CompileResult | undefined;

/** The compiled banks for prerendering; throws (failing the build) if any bank is invalid. */
export function getCompiledBanks() {
	cached ??= loadBanks();
	if (!cached.ok) throw new InvalidBanksError(cached.problems);
	return cached.value;
}

/** Where the source documents are, beside the checkout (`../shared/seeds`), if they are there. */
export const SEEDS_DIR = process.env.QAITALA_SEEDS ?? join(process.cwd(), '..', 'shared', 'seeds');

/** Line counts of the seed documents that can be read (none when the seeds are not beside us). */
export function readSeedLineCounts(seedsDir = SEEDS_DIR): Record<string, number> {
	if (!existsSync(seedsDir)) return {};
	const counts: Record<string, number> = {};
	for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
		counts[name] = readFileSync(join(seedsDir, name), 'utf8').replace(/\n$/, '').split('\n').length;
	}
	return counts;
}

/** Validation and then the content rules over the banks: every problem, or none. */
export function checkBanks(questionsDir?: string): BankProblem[] {
	const result = loadBanks(questionsDir);
	if (!result.ok) return result.problems;
	const { items, glossary, index } = result.value;
	return lintBanks({ items, seedLineCounts: readSeedLineCounts(), glossary, sources: index.sources, tags: index.tags });
}
