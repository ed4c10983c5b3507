/**
 * An instructor's topic set, carried whole in a link: references to items of the built-in banks,
 * never their text (version 1), and, when it uses the instructor's own questions, those questions'
 * text too (version 2, carried.ts). Versioned, validated and size-bounded; every field is
 * range-checked, and bad input comes back as a reason with an i18n key, never as an exception.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../language';
import { ItemIdSchema, TopicIdSchema } from '../bank/schema';
import { decodeJson, encodeJson } from './codec';
import { isCalendarDate, MAX_ASSIGNMENT_ITEMS } from './bounds';
import { CARRIED_LIMITS, CarriedItemSchema, type CarriedItem } from './carried';

export { MAX_ASSIGNMENT_ITEMS } from './bounds';

/** References only. */
export const ASSIGNMENT_VERSION = 1;
/** References and the instructor's own questions (`carried`): an older app says it needs an update. */
export const CARRYING_ASSIGNMENT_VERSION = 2;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** A list of distinct values: a question asked twice would have two answers under one id. */
const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

const fields = {
	title: v.pipe(text(120), v.nonEmpty()),
	instructions: v.optional(text(1000)),
	/** Epoch ms; the end of the due day in the instructor's time zone. */
	dueAt: v.optional(
		v.pipe(
			v.number(),
			v.check((ms: number) => isCalendarDate(ms), 'share.error.dueDate')
		)
	),
	mode: v.picklist(['flashcards', 'test']),
	/** Minutes; 0 or absent for no limit (tests only). */
	timeLimitMin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600))),
	languages: v.pipe(v.array(v.picklist(LANGUAGES)), v.minLength(1), v.maxLength(3), v.check(distinct)),
	itemIds: v.pipe(
		v.array(ItemIdSchema),
		v.minLength(1),
		v.maxLength(MAX_ASSIGNMENT_ITEMS),
		v.check(distinct, 'share.error.duplicateItems')
	)
};

const ReferencesSchema = v.strictObject({
	...fields,
	v: v.literal(ASSIGNMENT_VERSION),
	topicIds: v.pipe(v.array(TopicIdSchema), v.minLength(1), v.maxLength(50), v.check(distinct))
});

const CarryingSchema = v.pipe(
	v.strictObject({
		...fields,
		v: v.literal(CARRYING_ASSIGNMENT_VERSION),
		/** The built-in topics its other questions come from; none when all are carried. */
		topicIds: v.pipe(v.array(TopicIdSchema), v.maxLength(50), v.check(distinct)),
		/** The instructor's own questions it asks, each one once, each one asked. */
		carried: v.pipe(
			v.array(CarriedItemSchema),
			v.minLength(1),
			v.maxLength(CARRIED_LIMITS.items),
			v.check((items) => distinct(items.map((i) => i.id)))
		)
	}),
	v.check((a) => a.carried.every((c) => a.itemIds.includes(c.id))),
	v.check((a) => a.topicIds.length > 0 || a.itemIds.length === a.carried.length)
);

export const AssignmentSchema = v.union([ReferencesSchema, CarryingSchema]);

export type Assignment = v.InferOutput<typeof AssignmentSchema>;
/** An assignment of built-in questions only (version 1). */
export type ReferenceAssignment = v.InferOutput<typeof ReferencesSchema>;
/** An assignment carrying the instructor's own questions (version 2). */
export type CarryingAssignment = v.InferOutput<typeof CarryingSchema>;

/** The questions an assignment carries (none for a version 1 one). */
export const carriedItems = (assignment: Assignment): CarriedItem[] =>
	'carried' in assignment ? assignment.carried : [];

export type AssignmentError =
	| 'share.error.malformed'
	| 'share.error.tooLarge'
	| 'share.error.version'
	| 'share.error.invalid'
	| 'share.error.dueDate'
	| 'share.error.duplicateItems';

/** Why a single field was refused; the schema gives these as its issue messages. */
const FIELD_ERRORS = ['share.error.dueDate', 'share.error.duplicateItems'] as const satisfies AssignmentError[];

const isFieldError = (message: string | undefined): message is (typeof FIELD_ERRORS)[number] =>
	(FIELD_ERRORS as readonly (string | undefined)[]).includes(message);

export function encodeAssignment(assignment: Assignment): string {
	return encodeJson(assignment);
}

/**
 * Reads an assignment from a link's code. `knownItemIds` are the items of the banks this app has:
 * a set that names an item we do not know is refused rather than half-shown.
 */
export function decodeAssignment(
	code: string,
	knownItemIds?: ReadonlySet<string>
): { ok: true; assignment: Assignment } | { ok: false; error: AssignmentError } {
	const decoded = decodeJson(code.trim(), {
		encodedChars: CARRIED_LIMITS.codeChars,
		inflatedBytes: CARRIED_LIMITS.inflatedBytes
	});
	if (!decoded.ok)
		return { ok: false, error: decoded.failure === 'too-large' ? 'share.error.tooLarge' : 'share.error.malformed' };
	const version = (decoded.value as { v?: unknown })?.v;
	if (typeof version === 'number' && version !== ASSIGNMENT_VERSION && version !== CARRYING_ASSIGNMENT_VERSION) {
		return { ok: false, error: 'share.error.version' };
	}
	const result = v.safeParse(
		version === CARRYING_ASSIGNMENT_VERSION ? CarryingSchema : ReferencesSchema,
		decoded.value
	);
	if (!result.success) {
		const message = result.issues.find((issue) => isFieldError(issue.message))?.message;
		return { ok: false, error: isFieldError(message) ? message : 'share.error.invalid' };
	}
	const assignment: Assignment = result.output;
	const carried = new Set(carriedItems(assignment).map((c) => c.id));
	if (knownItemIds && !assignment.itemIds.every((id) => knownItemIds.has(id) || carried.has(id)))
		return { ok: false, error: 'share.error.invalid' };
	return { ok: true, assignment };
}
