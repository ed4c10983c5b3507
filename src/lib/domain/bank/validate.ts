/**
 * Validation of bank files and the source registry. Every problem names the file, the item id
 * and the field, so an author can find it ("the build rejects a bad bank with a message
 * that names the file, the item id and the field").
 */
import * as v from 'valibot';
import {
	BankFileSchema,
	GlossarySchema,
	SourceRegistrySchema,
	TagVocabularySchema,
	type BankFile,
	type Glossary,
	type Item,
	type SourceDoc,
	type SourceRegistry,
	type TagVocabulary
} from './schema';
import { LANGUAGES, type Language } from '../language';
import { checkItemRules as checkLocalizedRules, GAP, type DistinctList, type ItemRuleBreak } from './item-rules';
import { localize } from './localize';
import { bannedVariantPattern } from './glossary';

export interface BankProblem {
	file: string;
	/** The item's id, or `#n` (counting from 1) when the item has no usable id; absent for file-level problems. */
	itemId?: string;
	/** Dotted path inside the item (or the file), list positions counted from 1: `options[2].text.kk`. */
	field: string;
	message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: BankProblem[] };

export function formatProblem(problem: BankProblem): string {
	const where = [problem.file, problem.itemId && `item "${problem.itemId}"`, problem.field || undefined]
		.filter(Boolean)
		.join(' › ');
	return `${where}: ${problem.message}`;
}

type PathKey = string | number;

function formatField(keys: readonly PathKey[]): string {
	return keys
		.map((key, i) => (typeof key === 'number' ? `[${key + 1}]` : i === 0 ? key : `.${key}`))
		.join('')
		.replace(/^\./, '');
}

function itemLabel(raw: unknown, index: number): string {
	const items = (raw as { items?: unknown })?.items;
	const id = Array.isArray(items) ? (items[index] as { id?: unknown })?.id : undefined;
	return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	// A strict object reports both a missing key and an unknown one as "Invalid key".
	if (issue.expected === 'never') return 'is not a field of this kind of entry';
	if (issue.received === 'undefined') return 'is missing';
	return issue.message;
}

function problemFromIssue(file: string, raw: unknown, issue: v.BaseIssue<unknown>): BankProblem {
	const keys: PathKey[] = (issue.path ?? []).map((step) => step.key as PathKey);
	const message = describeIssue(issue);
	if (keys[0] === 'items' && typeof keys[1] === 'number') {
		return { file, itemId: itemLabel(raw, keys[1]), field: formatField(keys.slice(2)), message };
	}
	return { file, field: formatField(keys), message };
}

/** Parses `raw` with `schema`, then applies `rules` (cross-field checks) to the parsed value. */
function validateWith<T>(
	schema: v.GenericSchema<unknown, T>,
	raw: unknown,
	file: string,
	rules: (value: T) => { field: string; message: string }[] = () => []
): Validated<T> {
	const result = v.safeParse(schema, raw);
	if (!result.success) return { ok: false, problems: result.issues.map((i) => problemFromIssue(file, raw, i)) };
	const problems = rules(result.output).map((rule) => ({ file, ...rule }));
	return problems.length ? { ok: false, problems } : { ok: true, value: result.output };
}

/**
 * A document's sections follow one another from line 1 to its last line, so that every cited line
 * falls in exactly one of them. Only the first break is reported: the sections after it would all
 * be out of step.
 */
function checkSections(name: string, doc: SourceDoc): { field: string; message: string }[] {
	let expectedStart = 1;
	for (const [
		i,
		{
			lines: [first, last]
		}
	] of (doc.sections ?? []).entries()) {
		const field = `${name}.sections[${i + 1}].lines`;
		if (first > last) return [{ field, message: `starts after it ends (${first} > ${last})` }];
		if (last > doc.lineCount)
			return [{ field, message: `ends at line ${last}, but the document has ${doc.lineCount} lines` }];
		if (first !== expectedStart) {
			const previous =
				i === 0 ? 'the first section must start at line 1' : `the previous section ends at line ${expectedStart - 1}`;
			return [{ field, message: `starts at line ${first}, but ${previous} (sections follow one another in order)` }];
		}
		expectedStart = last + 1;
	}
	if (doc.sections?.length && expectedStart <= doc.lineCount) {
		return [
			{
				field: `${name}.sections`,
				message: `end at line ${expectedStart - 1}, but the document has ${doc.lineCount} lines`
			}
		];
	}
	return [];
}

/** Checks the source registry (`questions/sources.yaml`). */
export function validateRegistry(raw: unknown, file = 'questions/sources.yaml'): Validated<SourceRegistry> {
	return validateWith(SourceRegistrySchema, raw, file, (registry) =>
		Object.entries(registry).flatMap(([name, doc]) => checkSections(name, doc))
	);
}

/** Checks the tag vocabulary (`questions/tags.yaml`). */
export function validateTags(raw: unknown, file = 'questions/tags.yaml'): Validated<TagVocabulary> {
	return validateWith(TagVocabularySchema, raw, file);
}

/** Checks the terminology list (`questions/glossary.yaml`): a banned variant must not also find the preferred term. */
export function validateGlossary(raw: unknown, file = 'questions/glossary.yaml'): Validated<Glossary> {
	return validateWith(GlossarySchema, raw, file, (glossary) =>
		glossary.flatMap(({ term, banned }, i) =>
			LANGUAGES.flatMap((lang) =>
				(banned[lang] ?? [])
					.map((variant, j) => ({ variant, field: `[${i + 1}].banned.${lang}[${j + 1}]` }))
					.filter(({ variant }) => bannedVariantPattern(variant, lang).test(term[lang]))
					.map(({ variant, field }) => ({
						field,
						message: `"${variant}" would also ban the preferred term "${term[lang]}"`
					}))
			)
		)
	);
}

const LIST_ENTRY: Record<DistinctList, string> = {
	options: 'option',
	sequence: 'element',
	'pairs.left': 'left side',
	'pairs.right': 'right side'
};

/** A broken rule (item-rules.ts) as the author reads it, in the field of `language`'s text. */
function sayRuleBreak(broken: ItemRuleBreak, language: Language): { field: string; message: string } {
	switch (broken.rule) {
		case 'noCorrectOption':
			return { field: 'options', message: 'must mark at least one option correct' };
		case 'noWrongOption':
			return { field: 'options', message: 'must have at least one wrong option' };
		case 'gapCount':
			return { field: `text.${language}`, message: `must contain exactly one gap "${GAP}" (found ${broken.count})` };
		case 'repeated':
			return {
				field: `${broken.list}.${language}`,
				message: `repeats the ${LIST_ENTRY[broken.list]} "${broken.value}"`
			};
	}
}

/** Rules that span several fields, checked once the shape is right. */
function checkItemRules(
	item: Item,
	registry: SourceRegistry,
	tags?: ReadonlySet<string>
): { field: string; message: string }[] {
	const found: { field: string; message: string }[] = [];
	item.tags?.forEach((tag, i) => {
		if (tags && !tags.has(tag))
			found.push({ field: `tags[${i + 1}]`, message: `"${tag}" is not in questions/tags.yaml` });
		else if (item.tags?.indexOf(tag) !== i)
			found.push({ field: `tags[${i + 1}]`, message: `repeats the tag "${tag}"` });
	});
	const doc = registry[item.source.doc];
	const [first, last] = item.source.lines;
	if (!doc) {
		found.push({ field: 'source.doc', message: `"${item.source.doc}" is not in questions/sources.yaml` });
	} else if (last > doc.lineCount) {
		found.push({ field: 'source.lines', message: `ends at line ${last}, but the document has ${doc.lineCount} lines` });
	}
	if (first > last) found.push({ field: 'source.lines', message: `starts after it ends (${first} > ${last})` });

	for (const [i, language] of LANGUAGES.entries()) {
		for (const broken of checkLocalizedRules(localize(item, language), language)) {
			const said = sayRuleBreak(broken, language);
			// Whether an option is right is the same in every language: said once.
			if (said.field !== 'options' || broken.rule === 'repeated' || i === 0) found.push(said);
		}
	}
	return found;
}

/**
 * Checks one bank file (already parsed from YAML) against the contract, the registry and the tags.
 * @param file the file's path as the author knows it, e.g. `questions/eu-aid-programmes.yaml`
 * @param tags the ids in `questions/tags.yaml`: an item may carry only these (unchecked when absent)
 */
export function validateBankFile(
	raw: unknown,
	file: string,
	registry: SourceRegistry,
	tags?: ReadonlySet<string>
): Validated<BankFile> {
	const result = v.safeParse(BankFileSchema, raw);
	if (!result.success) return { ok: false, problems: result.issues.map((i) => problemFromIssue(file, raw, i)) };

	const bank = result.output;
	const problems: BankProblem[] = [];
	const expectedId = file
		.split('/')
		.pop()
		?.replace(/\.ya?ml$/, '');
	if (expectedId && bank.topic.id !== expectedId) {
		problems.push({ file, field: 'topic.id', message: `must equal the file name "${expectedId}"` });
	}
	for (const item of bank.items) {
		for (const rule of checkItemRules(item, registry, tags)) problems.push({ file, itemId: item.id, ...rule });
	}
	return problems.length ? { ok: false, problems } : { ok: true, value: bank };
}
