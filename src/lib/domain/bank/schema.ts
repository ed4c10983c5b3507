/**
 * The question-bank contract (see ARCHITECTURE.md) as a valibot schema.
 * The TypeScript types of a bank are inferred from it, so the two cannot drift apart.
 */
import * as v from 'valibot';

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));

/** A text in each of kk, ru and en, all three filled and no other key. */
export const LocalizedTextSchema = v.strictObject({ kk: text, ru: text, en: text });

const answerList = v.pipe(
	v.array(text, 'must be a list of texts'),
	v.minLength(1, 'must list at least one accepted answer')
);

/** Accepted typed answers per language, canonical first. */
export const LocalizedAnswersSchema = v.strictObject({ kk: answerList, ru: answerList, en: answerList });

/** Stable forever: progress is keyed by it (never rename or reuse). */
export const ItemIdSchema = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)'),
	v.maxLength(80, 'must be at most 80 characters')
);

const lineNumber = v.pipe(
	v.number('must be a line number'),
	v.integer('must be a whole number'),
	v.minValue(1, 'must be 1 or more')
);

export const SourceRefSchema = v.strictObject({
	doc: v.pipe(v.string('must name a source document'), v.nonEmpty('must name a source document')),
	lines: v.tuple([lineNumber, lineNumber], 'must be [first line, last line]')
});

/** What the item asks of the student: to remember a fact, to explain it, or to reason with it. */
export const ITEM_LEVELS = ['recall', 'understand', 'analyse'] as const;

/** A tag names a programme, an actor or a theme listed in `questions/tags.yaml`. */
export const TagIdSchema = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)')
);

/** What a text of an item is: the forms may bound each kind differently (an import bounds lengths). */
export type ItemTextKind = 'question' | 'gapped' | 'answer' | 'option' | 'unit';
/** What an item's lists hold; the forms give each kind its bounds. */
export type ItemListKind = 'option' | 'element' | 'pair';

/**
 * What differs between the forms of an item: a bank's (every text in kk, ru and en, cited) and an
 * imported one's (one language, no citation). The item's shape and rules are written once, below
 * and in item-rules.ts, and every path (banks, imports, drafts, carried items) checks with one of
 * the two forms.
 */
export interface ItemForm<Text, Answers, Common extends v.ObjectEntries> {
	/** A text of the given kind. */
	text: (kind: ItemTextKind) => v.GenericSchema<unknown, Text>;
	/** A cloze's accepted answers. */
	answers: v.GenericSchema<unknown, Answers>;
	/** How many options, elements or pairs an item may have. */
	counts: Record<ItemListKind, readonly [number, number]>;
	/** The fields of every item besides its id and type (its explanation; a bank's citation, level and tags). */
	common: Common;
}

const list = <T extends v.GenericSchema>(of: T, [min, max]: readonly [number, number], noun: string) =>
	v.pipe(
		v.array(of, `must be a list of ${noun}s`),
		v.minLength(min, `must have ${min} to ${max} ${noun}s`),
		v.maxLength(max, `must have ${min} to ${max} ${noun}s`)
	);

const number = v.pipe(
	v.number('must be a number'),
	v.finite('must be a number'),
	v.transform((n) => n + 0) // -0 → 0, so an item prints and reads back the same
);
const boolean = v.boolean('must be true or false');

export const ITEM_TYPES = ['flashcard', 'choice', 'true-false', 'cloze', 'numeric', 'ordering', 'matching'] as const;

/** The item schema, in the given form: one shape for every type, whatever the form. */
export function itemSchema<Text, Answers, Common extends v.ObjectEntries>(form: ItemForm<Text, Answers, Common>) {
	const { text, counts } = form;
	const base = { id: ItemIdSchema, ...form.common };
	return v.variant(
		'type',
		[
			v.strictObject({ ...base, type: v.literal('flashcard'), prompt: text('question'), answer: text('answer') }),
			v.strictObject({
				...base,
				type: v.literal('choice'),
				prompt: text('question'),
				options: list(v.strictObject({ text: text('option'), correct: boolean }), counts.option, 'option')
			}),
			v.strictObject({ ...base, type: v.literal('true-false'), statement: text('question'), answer: boolean }),
			v.strictObject({
				...base,
				type: v.literal('cloze'),
				/** The sentence with exactly one gap written as ___ (in each language). */
				text: text('gapped'),
				answers: form.answers
			}),
			v.strictObject({
				...base,
				type: v.literal('numeric'),
				prompt: text('question'),
				answer: number,
				tolerance: v.optional(v.pipe(number, v.minValue(0, 'must not be negative')), 0),
				unit: v.optional(text('unit'))
			}),
			v.strictObject({
				...base,
				type: v.literal('ordering'),
				prompt: text('question'),
				/** In the correct order. */
				sequence: list(text('option'), counts.element, 'element')
			}),
			v.strictObject({
				...base,
				type: v.literal('matching'),
				prompt: text('question'),
				pairs: list(v.strictObject({ left: text('option'), right: text('option') }), counts.pair, 'pair')
			})
		],
		`must be one of: ${ITEM_TYPES.join(', ')}`
	);
}

/** A bank item's common fields: an imported one has only the explanation (BANK_ONLY_FIELDS are the others). */
const bankCommon = {
	source: SourceRefSchema,
	explanation: LocalizedTextSchema,
	level: v.optional(v.picklist(ITEM_LEVELS, `must be one of: ${ITEM_LEVELS.join(', ')}`)),
	tags: v.optional(v.pipe(v.array(TagIdSchema, 'must be a list of tags'), v.maxLength(5, 'must have at most 5 tags'))),
	/** Where the cited document states something else than the item teaches: what it says, shown under the explanation. */
	sourceNote: v.optional(LocalizedTextSchema)
};
export const BANK_ONLY_FIELDS = [
	'source',
	'level',
	'tags',
	'sourceNote'
] as const satisfies (keyof typeof bankCommon)[];

/** A bank's item: every text in kk, ru and en, and cited. */
export const ItemSchema = itemSchema({
	text: () => LocalizedTextSchema,
	answers: LocalizedAnswersSchema,
	counts: { option: [3, 5], element: [3, 6], pair: [3, 6] },
	common: bankCommon
});

export const TopicIdSchema = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)')
);

export const BankFileSchema = v.strictObject({
	topic: v.strictObject({
		id: TopicIdSchema,
		/** Position in the course (topics are listed by it, then by id). */
		order: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number')), 1000),
		title: LocalizedTextSchema,
		summary: LocalizedTextSchema
	}),
	items: v.pipe(v.array(ItemSchema, 'must be a list of items'), v.minLength(1, 'must have at least one item'))
});

export const SourceDocSchema = v.strictObject({
	title: LocalizedTextSchema,
	originalTitle: v.optional(text),
	authors: v.optional(v.array(text)),
	year: v.optional(
		v.pipe(
			v.number('must be a year'),
			v.integer('must be a year'),
			v.minValue(1900, 'must be a year'),
			v.maxValue(2100, 'must be a year')
		)
	),
	languages: v.pipe(
		v.array(v.picklist(['kk', 'ru', 'en', 'ky'], 'must be kk, ru, en or ky'), 'must be a list of languages'),
		v.minLength(1, 'must name at least one language')
	),
	lineCount: v.pipe(
		v.number('must be a number of lines'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be 1 or more')
	),
	/** The document's sections (heading or "paragraph N"), so a citation can name where its lines fall. */
	sections: v.optional(
		v.array(
			v.strictObject({
				lines: v.tuple([lineNumber, lineNumber], 'must be [first line, last line]'),
				title: LocalizedTextSchema
			})
		)
	)
});

export const SourceRegistrySchema = v.record(
	v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a seed file name')),
	SourceDocSchema
);

/** `questions/tags.yaml`: every tag an item may carry, with its label in each language. */
export const TagVocabularySchema = v.record(TagIdSchema, LocalizedTextSchema);

const variantList = v.pipe(v.array(text, 'must be a list of texts'), v.minLength(1, 'must list at least one variant'));

/** `questions/glossary.yaml`: for each term, the spelling to use per language and the variants banned in it. */
export const GlossarySchema = v.array(
	v.strictObject({
		term: LocalizedTextSchema,
		banned: v.pipe(
			v.strictObject({ kk: v.optional(variantList), ru: v.optional(variantList), en: v.optional(variantList) }),
			v.check((banned) => Object.keys(banned).length > 0, 'must ban at least one variant in kk, ru or en')
		)
	}),
	'must be a list of terms'
);

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type ItemType = Item['type'];
export type BankFile = v.InferOutput<typeof BankFileSchema>;
export type SourceDoc = v.InferOutput<typeof SourceDocSchema>;
export type SourceRegistry = v.InferOutput<typeof SourceRegistrySchema>;
export type SourceSection = NonNullable<SourceDoc['sections']>[number];
export type ItemLevel = (typeof ITEM_LEVELS)[number];
export type TagVocabulary = v.InferOutput<typeof TagVocabularySchema>;
export type Glossary = v.InferOutput<typeof GlossarySchema>;
