/**
 * A student's result for an assignment, as a code to paste or a file to send (issue 5). It carries a
 * checksum that catches accidental edits and copy slips; it is NOT proof against deliberate forgery,
 * since anyone with the app can compute it (the UI says so).
 */
import * as v from 'valibot';
import { hashText } from '../bank/compile';
import { decodeJson, encodeJson } from './codec';
import { MAX_ASSIGNMENT_ITEMS } from './assignment';

export { resultScore } from './score';

export const RESULT_VERSION = 1;

export const ResultSchema = v.strictObject({
	v: v.literal(RESULT_VERSION),
	/** Which assignment: assignmentKey() of its code. */
	assignment: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(80)),
	/** Per question in the assignment's order: 1 right, 0 wrong, - not answered. */
	answers: v.pipe(v.string(), v.regex(/^[01-]+$/), v.maxLength(MAX_ASSIGNMENT_ITEMS)),
	timeSpentMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
	completedAt: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export type Result = v.InferOutput<typeof ResultSchema>;

export type ResultError =
	| 'share.error.malformed'
	| 'share.error.tooLarge'
	| 'share.error.version'
	| 'share.error.invalidResult'
	| 'share.error.checksum'
	| 'share.error.otherAssignment';

/** A short key naming an assignment (its code's hash), so results can say which one they answer. */
export function assignmentKey(assignmentCode: string): string {
	return hashText(assignmentCode.trim());
}

/** `<payload>.<checksum>`: one line, safe to paste in a chat or an e-mail. */
export function encodeResult(result: Result): string {
	const payload = encodeJson(result);
	return `${payload}.${hashText(`qaitala-result:${payload}`)}`;
}

export function decodeResult(
	code: string,
	expectedAssignment?: string
): { ok: true; result: Result } | { ok: false; error: ResultError } {
	const match = /^([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(code.trim());
	if (!match) return { ok: false, error: 'share.error.malformed' };
	const [, payload, checksum] = match as unknown as [string, string, string];
	if (hashText(`qaitala-result:${payload}`) !== checksum) return { ok: false, error: 'share.error.checksum' };
	const decoded = decodeJson(payload);
	if (!decoded.ok) return { ok: false, error: decoded.failure === 'too-large' ? 'share.error.tooLarge' : 'share.error.malformed' };
	const version = (decoded.value as { v?: unknown })?.v;
	if (typeof version === 'number' && version !== RESULT_VERSION) return { ok: false, error: 'share.error.version' };
	const result = v.safeParse(ResultSchema, decoded.value);
	if (!result.success) return { ok: false, error: 'share.error.invalidResult' };
	if (expectedAssignment && result.output.assignment !== expectedAssignment) return { ok: false, error: 'share.error.otherAssignment' };
	return { ok: true, result: result.output };
}
