/**
 * Imported questions checked with the built-in banks' item schema and rules (bank/schema.ts,
 * bank/item-rules.ts) in their one-language form: one text per field instead of {kk, ru, en}, no
 * source, an optional explanation, bounded lengths, and a little more room for option counts (an
 * LMS's own questions often have two options or six). Problems come back as i18n keys with the line
 * (or question number).
 */
import * as v from 'valibot';
import { itemSchema, type ItemTextKind } from '../bank/schema';
import { checkItemRules, GAP, type DistinctList } from '../bank/item-rules';
import { isLanguage, type Language } from '../language';
import { CUSTOM_BANK_ORIGINS, type CustomBank, type CustomItem, type ImportProblem } from './custom-bank';
import { hasMatchingTranslations, isSameQuestion, type CustomTranslations } from './translations';
import { customBankKey } from './custom-topic';

/** Longest texts, in characters. */
export const TEXT_LIMITS = { question: 1000, answer: 1000, explanation: 1000, option: 300, unit: 30 } as const;
/** How many options, accepted answers, elements or pairs an item may have. */
export const COUNT_LIMITS = {
	option: [2, 8],
	answer: [1, 10],
	element: [2, 8],
	pair: [2, 8]
} as const satisfies Record<string, readonly [number, number]>;

/** A run of three or more underscores is the one way to write a gap (`___`). */
export { GAP };
const normalizeGaps = (text: string) => text.replace(/_{3,}/g, GAP);
const normalizeBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

const text = (max: number) =>
	v.pipe(v.string(), v.transform(normalizeBreaks), v.trim(), v.nonEmpty(), v.maxLength(max));
const optionalText = (max: number) => v.pipe(v.string(), v.transform(normalizeBreaks), v.trim(), v.maxLength(max));

const TEXT_OF: Record<ItemTextKind, v.GenericSchema<unknown, string>> = {
	question: text(TEXT_LIMITS.question),
	gapped: v.pipe(text(TEXT_LIMITS.question), v.transform(normalizeGaps)),
	answer: text(TEXT_LIMITS.answer),
	option: text(TEXT_LIMITS.option),
	unit: text(TEXT_LIMITS.unit)
};

/**
 * One imported question, checked and normalised (trimmed, `\n` line breaks, one way to write a gap):
 * the bank's item (bank/schema.ts) in one language, without a citation, level or tags, with an
 * optional explanation, bounded lengths and a little more room for option counts.
 */
export const CustomItemSchema = itemSchema({
	text: (kind) => TEXT_OF[kind],
	answers: v.pipe(v.array(TEXT_OF.option), v.minLength(COUNT_LIMITS.answer[0]), v.maxLength(COUNT_LIMITS.answer[1])),
	counts: COUNT_LIMITS,
	common: { explanation: v.optional(optionalText(TEXT_LIMITS.explanation), '') }
});

/** Which `customBank.field.*` a key of an item is about. */
const FIELD_OF: Record<string, string> = {
	prompt: 'question',
	statement: 'question',
	text: 'question',
	answer: 'answer',
	answers: 'answer',
	options: 'option',
	sequence: 'element',
	pairs: 'pair',
	explanation: 'explanation',
	unit: 'unit',
	tolerance: 'tolerance'
};

/** Where a problem is: the line of a text format, or the question number of a tree format. */
export type ProblemPlace = Pick<ImportProblem, 'line' | 'question'>;

function problemFromIssue(at: ProblemPlace, issue: v.BaseIssue<unknown>): ImportProblem {
	const path = (issue.path ?? []).map((step) => step.key);
	const field = FIELD_OF[String(path[0])] ?? 'question';
	const isList = path.length === 1 && field in COUNT_LIMITS;
	if (isList && (issue.type === 'min_length' || issue.type === 'max_length')) {
		const [min, max] = COUNT_LIMITS[field as keyof typeof COUNT_LIMITS];
		return {
			...at,
			key: `customBank.error.count.${field}`,
			params: { min, max, count: (issue.input as unknown[]).length }
		};
	}
	switch (issue.type) {
		case 'non_empty':
			return { ...at, key: 'customBank.error.empty', params: { field } };
		case 'max_length':
			return { ...at, key: 'customBank.error.tooLong', params: { field, max: Number(issue.requirement) } };
		case 'min_value':
			return { ...at, key: 'customBank.error.negativeTolerance' };
		case 'number':
		case 'finite':
			return { ...at, key: 'customBank.error.notANumber', params: { field, value: String(issue.input) } };
		default:
			// The parsers build the shape themselves, so anything else is a slip of ours; still a value, not a throw.
			return { ...at, key: 'customBank.error.invalid', params: { field } };
	}
}

const REPEATED_KEY: Record<DistinctList, string> = {
	options: 'customBank.error.repeatedOption',
	sequence: 'customBank.error.repeatedElement',
	'pairs.left': 'customBank.error.repeatedLeft',
	'pairs.right': 'customBank.error.repeatedRight'
};

/** A broken rule (bank/item-rules.ts) as a translated problem; a list's first repeat only. */
function rulesProblems(item: CustomItem, at: ProblemPlace, language: Language): ImportProblem[] {
	const lists = new Set<DistinctList>();
	return checkItemRules(item, language).flatMap((broken): ImportProblem[] => {
		switch (broken.rule) {
			case 'noCorrectOption':
				return [{ ...at, key: 'customBank.error.noCorrectOption' }];
			case 'noWrongOption':
				return [{ ...at, key: 'customBank.error.noWrongOption' }];
			case 'gapCount':
				return [{ ...at, key: 'customBank.error.gapCount', params: { count: broken.count } }];
			case 'repeated':
				if (lists.has(broken.list)) return [];
				lists.add(broken.list);
				return [{ ...at, key: REPEATED_KEY[broken.list], params: { value: broken.value } }];
		}
	});
}

/** A question as a parser read it: the item without its id, and the line it starts on (or its number). */
export interface DraftItem extends ProblemPlace {
	item: Record<string, unknown>;
	/** The same question in other languages, when the file has them (every draft of a file has the same ones). */
	translations?: Partial<Record<Language, Record<string, unknown>>>;
}

/** What a parser read: questions with their lines, or problems (and things it left out on purpose). */
export interface ParsedQuestions {
	drafts: DraftItem[];
	problems: ImportProblem[];
	warnings: ImportProblem[];
	/** The drafts' own language, when the file says it is another than the one asked for (`question_ru` columns only). */
	language?: Language;
}

/**
 * The id of the `n`th (from 1) question of a bank imported at `importedAt` (epoch ms). It stays the
 * same across reloads, backups and restores, and no two banks of a device share an `importedAt`
 * (the repository sees to it), so no two items do.
 * @example customItemId(Date.UTC(2025, 2, 14), 3) // 'custom-m880h6o0-3'
 */
export function customItemId(importedAt: number, n: number): string {
	return `custom-${customBankKey(importedAt)}-${n}`;
}

/** The bank as if imported at `importedAt`: its item ids (and its translations') follow. */
export function rekeyBank<T extends Pick<CustomBank, 'importedAt' | 'items' | 'translations'>>(
	bank: T,
	importedAt: number
): T {
	const rekey = (items: CustomItem[]) => items.map((item, i) => ({ ...item, id: customItemId(importedAt, i + 1) }));
	const translations =
		bank.translations && Object.fromEntries(Object.entries(bank.translations).map(([l, items]) => [l, rekey(items)]));
	return { ...bank, importedAt, items: rekey(bank.items), ...(translations ? { translations } : {}) };
}

/** One question in one language, checked (schema and rules) and with its id; or its problems. */
export function validateCustomItem(
	item: Record<string, unknown>,
	id: string,
	at: ProblemPlace,
	language: Language
): CustomItem | ImportProblem[] {
	const result = v.safeParse(CustomItemSchema, { ...item, id });
	if (!result.success) return result.issues.map((issue) => problemFromIssue(at, issue));
	const rules = rulesProblems(result.output, at, language);
	return rules.length ? rules : result.output;
}

export type ValidatedDrafts =
	{ ok: true; items: CustomItem[]; translations?: CustomTranslations } | { ok: false; problems: ImportProblem[] };

/**
 * Checks parsed questions against the schema and the rules; ids are `custom-<importedAt in base 36>-<n>`.
 * Translations get the same ids and must ask the same questions (problems name their language).
 * @returns every item, or every problem (never some of each)
 */
export function validateDrafts(drafts: readonly DraftItem[], language: Language, importedAt: number): ValidatedDrafts {
	const items: CustomItem[] = [];
	const translations: CustomTranslations = {};
	const problems: ImportProblem[] = [];
	drafts.forEach(({ item, translations: others, ...at }, index) => {
		const id = customItemId(importedAt, index + 1);
		const own = validateCustomItem(item, id, at, language);
		if (Array.isArray(own)) problems.push(...own);
		else items.push(own);
		for (const [other, text] of Object.entries(others ?? {}) as [Language, Record<string, unknown>][]) {
			const translated = validateCustomItem(text, id, at, other);
			if (Array.isArray(translated)) problems.push(...translated.map((p) => ({ ...p, language: other })));
			else if (!Array.isArray(own) && !isSameQuestion(own, translated)) {
				problems.push({ ...at, language: other, key: 'customTopicsTeach.error.translationDiffers' });
			} else (translations[other] ??= []).push(translated);
		}
	});
	if (problems.length) return { ok: false, problems };
	return Object.keys(translations).length ? { ok: true, items, translations } : { ok: true, items };
}

/** Other languages' items of a stored bank; that they match its own is checked on the whole bank. */
export const TranslationsSchema = v.record(v.custom<Language>(isLanguage), v.array(CustomItemSchema));

const StoredBankSchema = v.pipe(
	v.object({
		id: v.optional(v.number()),
		title: v.pipe(v.string(), v.nonEmpty()),
		language: v.custom<Language>(isLanguage),
		format: v.picklist(CUSTOM_BANK_ORIGINS),
		items: v.array(CustomItemSchema),
		importedAt: v.number(),
		translations: v.optional(TranslationsSchema)
	}),
	v.check((bank) => hasMatchingTranslations(bank))
);

/** A bank read back from storage, checked before use; undefined when it is not one. */
export function checkStoredBank(row: unknown): CustomBank | undefined {
	const result = v.safeParse(StoredBankSchema, row);
	return result.success ? result.output : undefined;
}
