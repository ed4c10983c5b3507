/**
 * A student's result for an assignment, as a code to paste or a file to send. It carries a
 * checksum that catches accidental edits and copy slips; it is NOT proof against deliberate forgery,
 * since anyone with the app can compute it (the UI says so). So every field is range-checked when it
 * is read, and a refused code names the field that failed.
 */
import * as v from 'valibot';
import { hashText } from '../bank/compile';
import { decodeJson, encodeJson } from './codec';
import { MAX_ASSIGNMENT_ITEMS } from './assignment';
import { CLOCK_SKEW_MS, isCalendarDate, MAX_TIME_SPENT_MS } from './bounds';
import { nameProblem } from './names';

export { resultScore } from './score';

export const RESULT_VERSION = 1;

/** Why a single field was refused; the schema gives these as its issue messages. */
const FIELD_ERRORS = [
	'share.error.nameEmpty',
	'share.error.nameTooLong',
	'share.error.nameControl',
	'share.error.resultDate',
	'share.error.timeSpent',
	'share.error.answerCount'
] as const;

type FieldError = (typeof FIELD_ERRORS)[number];

export type ResultError =
	| 'share.error.malformed'
	| 'share.error.tooLarge'
	| 'share.error.version'
	| 'share.error.invalidResult'
	| 'share.error.checksum'
	| 'share.error.otherAssignment'
	| 'share.error.resultFuture'
	| 'share.error.fileMismatch'
	| FieldError;

export const ResultSchema = v.strictObject({
	v: v.literal(RESULT_VERSION),
	/** Which assignment: assignmentKey() of its code. */
	assignment: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
	name: v.pipe(
		v.string(),
		v.trim(),
		v.check(
			(name) => nameProblem(name) === undefined,
			(issue) => nameProblem(String(issue.input)) ?? 'share.error.invalidResult'
		)
	),
	/** Per question in the assignment's order: 1 right, 0 wrong, - not answered. */
	answers: v.pipe(v.string(), v.regex(/^[01-]+$/), v.maxLength(MAX_ASSIGNMENT_ITEMS, 'share.error.answerCount')),
	/** Active time, in ms. */
	timeSpentMs: v.pipe(
		v.number(),
		v.integer('share.error.timeSpent'),
		v.minValue(0, 'share.error.timeSpent'),
		v.maxValue(MAX_TIME_SPENT_MS, 'share.error.timeSpent')
	),
	/** Epoch ms, on the student's clock. */
	completedAt: v.pipe(v.number(), v.check((ms: number) => isCalendarDate(ms), 'share.error.resultDate'))
});

export type Result = v.InferOutput<typeof ResultSchema>;

/** What this device knows of an assignment a result names. */
export interface KnownAssignment {
	/** Its number of questions: a result has exactly one answer per question. */
	itemCount: number;
}

/** What a result is checked against besides its own fields. */
export interface ResultContext {
	/** The key of the one assignment the result must answer, when only one is expected. */
	assignment?: string;
	/** The reading device's clock, epoch ms: a result completed more than CLOCK_SKEW_MS after it is refused. */
	now?: number;
	/** The assignment a key names, when this device has it. */
	knownAssignment?: (key: string) => KnownAssignment | undefined;
}

export type ResultCheck = { ok: true; result: Result } | { ok: false; error: ResultError };

const isFieldError = (message: string | undefined): message is FieldError => (FIELD_ERRORS as readonly (string | undefined)[]).includes(message);

/** A short key naming an assignment (its code's hash), so results can say which one they answer. */
export function assignmentKey(assignmentCode: string): string {
	return hashText(assignmentCode.trim());
}

/** `<payload>.<checksum>`: one line, safe to paste in a chat or an e-mail. */
export function encodeResult(result: Result): string {
	const payload = encodeJson(result);
	return `${payload}.${hashText(`qaitala-result:${payload}`)}`;
}

/** What is wrong with a well-formed result where `context` holds (another assignment, a date ahead of the clock, a wrong answer count). */
export function resultProblemIn(result: Result, context: ResultContext): ResultError | undefined {
	if (context.assignment !== undefined && result.assignment !== context.assignment) return 'share.error.otherAssignment';
	if (context.now !== undefined && result.completedAt > context.now + CLOCK_SKEW_MS) return 'share.error.resultFuture';
	const known = context.knownAssignment?.(result.assignment);
	if (known && result.answers.length !== known.itemCount) return 'share.error.answerCount';
	return undefined;
}

/**
 * Checks any value (a decoded code, a stored row) as a result: its version, its shape, every field's
 * range, then `context`. The error names the first field that failed. Never throws.
 */
export function checkResult(value: unknown, context: ResultContext = {}): ResultCheck {
	const version = (value as { v?: unknown } | null | undefined)?.v;
	if (typeof version === 'number' && version !== RESULT_VERSION) return { ok: false, error: 'share.error.version' };
	const parsed = v.safeParse(ResultSchema, value);
	if (!parsed.success) {
		const message = parsed.issues[0]?.message;
		return { ok: false, error: isFieldError(message) ? message : 'share.error.invalidResult' };
	}
	const problem = resultProblemIn(parsed.output, context);
	return problem ? { ok: false, error: problem } : { ok: true, result: parsed.output };
}

/** Reads a result code (`<payload>.<checksum>`), checked as checkResult does. Never throws. */
export function decodeResult(code: string, context: ResultContext = {}): ResultCheck {
	const match = /^([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(code.trim());
	if (!match) return { ok: false, error: 'share.error.malformed' };
	const [, payload, checksum] = match as unknown as [string, string, string];
	if (hashText(`qaitala-result:${payload}`) !== checksum) return { ok: false, error: 'share.error.checksum' };
	const decoded = decodeJson(payload);
	if (!decoded.ok) return { ok: false, error: decoded.failure === 'too-large' ? 'share.error.tooLarge' : 'share.error.malformed' };
	return checkResult(decoded.value, context);
}
