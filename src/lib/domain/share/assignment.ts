/**
 * An instructor's topic set, carried whole in a link: references to items of the built-in banks,
 * never their text. Versioned, validated and size-bounded; every field is range-checked, and bad
 * input comes back as a reason with an i18n key, never as an exception.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../language';
import { ItemIdSchema, TopicIdSchema } from '../bank/schema';
import { decodeJson, encodeJson } from './codec';
import { isCalendarDate } from './bounds';

export const ASSIGNMENT_VERSION = 1;
export const MAX_ASSIGNMENT_ITEMS = 100;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** A list of distinct values: a question asked twice would have two answers under one id. */
const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

export const AssignmentSchema = v.strictObject({
	v: v.literal(ASSIGNMENT_VERSION),
	title: v.pipe(text(120), v.nonEmpty()),
	instructions: v.optional(text(1000)),
	/** Epoch ms; the end of the due day in the instructor's time zone. */
	dueAt: v.optional(v.pipe(v.number(), v.check((ms: number) => isCalendarDate(ms), 'share.error.dueDate'))),
	mode: v.picklist(['flashcards', 'test']),
	/** Minutes; 0 or absent for no limit (tests only). */
	timeLimitMin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600))),
	languages: v.pipe(v.array(v.picklist(LANGUAGES)), v.minLength(1), v.maxLength(3), v.check(distinct)),
	topicIds: v.pipe(v.array(TopicIdSchema), v.minLength(1), v.maxLength(50), v.check(distinct)),
	itemIds: v.pipe(v.array(ItemIdSchema), v.minLength(1), v.maxLength(MAX_ASSIGNMENT_ITEMS), v.check(distinct, 'share.error.duplicateItems'))
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

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
	const decoded = decodeJson(code.trim());
	if (!decoded.ok) return { ok: false, error: decoded.failure === 'too-large' ? 'share.error.tooLarge' : 'share.error.malformed' };
	const version = (decoded.value as { v?: unknown })?.v;
	if (typeof version === 'number' && version !== ASSIGNMENT_VERSION) return { ok: false, error: 'share.error.version' };
	const result = v.safeParse(AssignmentSchema, decoded.value);
	if (!result.success) {
		const message = result.issues[0]?.message;
		return { ok: false, error: isFieldError(message) ? message : 'share.error.invalid' };
	}
	if (knownItemIds && !result.output.itemIds.every((id) => knownItemIds.has(id))) return { ok: false, error: 'share.error.invalid' };
	return { ok: true, assignment: result.output };
}
