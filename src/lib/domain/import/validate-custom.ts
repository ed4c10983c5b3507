/**
 * The one-language item schema of imported questions: the built-in contract (bank/schema.ts) and its
 * cross-field rules (bank/validate.ts) with one text per field instead of {kk, ru, en}, no source,
 * an optional explanation, bounded lengths, and a little more room for option counts (an LMS's own
 * questions often have two options or six). Problems come back as i18n keys with the line (or question number).
 */
import * as v from 'valibot';
import { ItemIdSchema } from '../bank/schema';
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
export const GAP = '___';
const normalizeGaps = (text: string) => text.replace(/_{3,}/g, GAP);
const normalizeBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

const text = (max: number) =>
	v.pipe(v.string(), v.transform(normalizeBreaks), v.trim(), v.nonEmpty(), v.maxLength(max));
const optionalText = (max: number) => v.pipe(v.string(), v.transform(normalizeBreaks), v.trim(), v.maxLength(max));
const list = <T extends v.GenericSchema>(of: T, [min, max]: readonly [number, number]) =>
	v.pipe(v.array(of), v.minLength(min), v.maxLength(max));
const number = v.pipe(
	v.number(),
	v.finite(),
	v.transform((n) => n + 0) // -0 → 0, so an item prints and reads back the same
);

const common = {
	id: ItemIdSchema,
	explanation: v.optional(optionalText(TEXT_LIMITS.explanation), '')
};

/** One imported question, checked and normalised (trimmed, `\n` line breaks, one way to write a gap). */
export const CustomItemSchema = v.variant('type', [
	v.strictObject({
		...common,
		type: v.literal('flashcard'),
		prompt: text(TEXT_LIMITS.question),
		answer: text(TEXT_LIMITS.answer)
	}),
	v.strictObject({
		...common,
		type: v.literal('choice'),
		prompt: text(TEXT_LIMITS.question),
		options: list(v.strictObject({ text: text(TEXT_LIMITS.option), correct: v.boolean() }), COUNT_LIMITS.option)
	}),
	v.strictObject({
		...common,
		type: v.literal('true-false'),
		statement: text(TEXT_LIMITS.question),
		answer: v.boolean()
	}),
	v.strictObject({
		...common,
		type: v.literal('cloze'),
		text: v.pipe(text(TEXT_LIMITS.question), v.transform(normalizeGaps)),
		answers: list(text(TEXT_LIMITS.option), COUNT_LIMITS.answer)
	}),
	v.strictObject({
		...common,
		type: v.literal('numeric'),
		prompt: text(TEXT_LIMITS.question),
		answer: number,
		tolerance: v.optional(v.pipe(number, v.minValue(0)), 0),
		unit: v.optional(text(TEXT_LIMITS.unit))
	}),
	v.strictObject({
		...common,
		type: v.literal('ordering'),
		prompt: text(TEXT_LIMITS.question),
		sequence: list(text(TEXT_LIMITS.option), COUNT_LIMITS.element)
	}),
	v.strictObject({
		...common,
		type: v.literal('matching'),
		prompt: text(TEXT_LIMITS.question),
		pairs: list(v.strictObject({ left: text(TEXT_LIMITS.option), right: text(TEXT_LIMITS.option) }), COUNT_LIMITS.pair)
	})
]);

// The schema and the exporters' item type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesItem: Same<v.InferOutput<typeof CustomItemSchema>, CustomItem> = true;
void schemaMatchesItem;

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

function repeated(texts: readonly string[], language: Language): string | undefined {
	const seen = new Set<string>();
	for (const t of texts) {
		const key = t.toLocaleLowerCase(language);
		if (seen.has(key)) return t;
		seen.add(key);
	}
	return undefined;
}

/** The rules that span fields (bank/validate.ts's checkItemRules, in one language). */
function checkRules(item: CustomItem, at: ProblemPlace, language: Language): ImportProblem[] {
	const found: ImportProblem[] = [];
	const noRepeat = (texts: readonly string[], key: string) => {
		const value = repeated(texts, language);
		if (value !== undefined) found.push({ ...at, key, params: { value } });
	};
	switch (item.type) {
		case 'choice':
			if (!item.options.some((o) => o.correct)) found.push({ ...at, key: 'customBank.error.noCorrectOption' });
			if (item.options.every((o) => o.correct)) found.push({ ...at, key: 'customBank.error.noWrongOption' });
			noRepeat(
				item.options.map((o) => o.text),
				'customBank.error.repeatedOption'
			);
			break;
		case 'cloze': {
			const gaps = item.text.split(GAP).length - 1;
			if (gaps !== 1) found.push({ ...at, key: 'customBank.error.gapCount', params: { count: gaps } });
			break;
		}
		case 'ordering':
			noRepeat(item.sequence, 'customBank.error.repeatedElement');
			break;
		case 'matching':
			noRepeat(
				item.pairs.map((p) => p.left),
				'customBank.error.repeatedLeft'
			);
			noRepeat(
				item.pairs.map((p) => p.right),
				'customBank.error.repeatedRight'
			);
			break;
	}
	return found;
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
	const rules = checkRules(result.output, at, language);
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
