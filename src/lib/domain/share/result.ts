/**
 * A student's result for an assignment, as a code to paste or a file to send. It carries a
 * checksum that catches accidental edits and copy slips; it is NOT proof against deliberate forgery,
 * since anyone with the app can compute it (the UI says so). So every field is range-checked when it
 * is read, and a refused code names the field that failed.
 */
import * as v from 'valibot';
import { hashText } from '../bank/compile';
import { decodeJson, encodeJson, MAX_ENCODED_LENGTH } from './codec';
import { MAX_ASSIGNMENT_ITEMS } from './assignment';
import { CLOCK_SKEW_MS, isCalendarDate, MAX_TIME_SPENT_MS } from './bounds';
import { nameProblem } from './names';
import { CommentSchema, PROBLEM_REASONS } from '../report/problem-report';

export { resultScore } from './score';

/**
 * 1: name, answers, time, completion. 2: the same and the problems the student reported. A result
 * with no report is still made as version 1, so an app that predates reports can read it.
 */
export const RESULT_VERSION = 2;
const RESULT_VERSIONS: readonly unknown[] = [1, 2];

/** The most reports one result carries (its code must stay short enough to paste). */
export const MAX_RESULT_REPORTS = 20;

/** Why a single field was refused; the schema gives these as its issue messages. */
const FIELD_ERRORS = [
	'share.error.nameEmpty',
	'share.error.nameTooLong',
	'share.error.nameControl',
	'share.error.resultDate',
	'share.error.timeSpent',
	'share.error.answerCount',
	'reportProblem.error.commentTooLong',
	'reportProblem.error.commentControl',
	'reportProblem.error.tooMany',
	'reportProblem.error.invalid'
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

const resultFields = {
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
	completedAt: v.pipe(
		v.number(),
		v.check((ms: number) => isCalendarDate(ms), 'share.error.resultDate')
	)
};

/** A reported question: its place in the assignment (0-based, as in `answers`), the reason, the comment if any. */
const ResultReportSchema = v.strictObject({
	q: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ASSIGNMENT_ITEMS - 1)),
	reason: v.picklist(PROBLEM_REASONS),
	comment: v.optional(v.pipe(CommentSchema, v.nonEmpty()))
});

export type ResultReport = v.InferOutput<typeof ResultReportSchema>;

const reportsInOrder = (reports: readonly { q: number }[]) =>
	reports.every((r, i) => i === 0 || reports[i - 1]!.q < r.q);

export const ResultSchema = v.pipe(
	v.variant('v', [
		v.strictObject({ v: v.literal(1), ...resultFields }),
		v.strictObject({
			v: v.literal(2),
			...resultFields,
			/** At most one per question, in the assignment's order. */
			reports: v.pipe(
				v.array(ResultReportSchema, 'reportProblem.error.invalid'),
				v.minLength(1, 'reportProblem.error.invalid'),
				v.maxLength(MAX_RESULT_REPORTS, 'reportProblem.error.tooMany'),
				v.check((reports) => reportsInOrder(reports), 'reportProblem.error.invalid')
			)
		})
	]),
	v.check((r) => r.v === 1 || r.reports.every((report) => report.q < r.answers.length), 'reportProblem.error.invalid')
);

/** A result of either version (the schema tells them apart; only version 2 has reports). */
export type Result = Omit<Extract<v.InferOutput<typeof ResultSchema>, { v: 1 }>, 'v'> & {
	v: 1 | 2;
	reports?: ResultReport[];
};

/** The reports a result carries (none for version 1). */
export function resultReports(result: Result): readonly ResultReport[] {
	return result.reports ?? [];
}

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

const isFieldError = (message: string | undefined): message is FieldError =>
	(FIELD_ERRORS as readonly (string | undefined)[]).includes(message);

/** A short key naming an assignment (its code's hash), so results can say which one they answer. */
export function assignmentKey(assignmentCode: string): string {
	return hashText(assignmentCode.trim());
}

/** The fields every result version has. */
export type ResultFields = Omit<Result, 'v' | 'reports'>;

/**
 * A result of `fields` carrying `reports` (in any order; one per question, the first kept): version 1
 * when there is none, else version 2 with at most MAX_RESULT_REPORTS. Should their comments make the
 * code too long to be read back, comments are left out from the last report up, then reports.
 */
export function makeResultWith(result: ResultFields, reports: readonly ResultReport[]): Result {
	// Only the common fields: a version 2 result given here must not bring its own version or reports.
	const { assignment, name, answers, timeSpentMs, completedAt } = result;
	const fields = { assignment, name, answers, timeSpentMs, completedAt };
	const byQuestion = new Map<number, ResultReport>();
	for (const { q, reason, comment } of reports) {
		if (q < fields.answers.length && !byQuestion.has(q))
			byQuestion.set(q, comment ? { q, reason, comment } : { q, reason });
	}
	let kept = [...byQuestion.values()].sort((a, b) => a.q - b.q).slice(0, MAX_RESULT_REPORTS);
	const build = (): Result => (kept.length ? { v: 2, ...fields, reports: kept } : { v: 1, ...fields });
	while (encodeJson(build()).length > MAX_ENCODED_LENGTH) {
		const last = kept.findLastIndex((r) => r.comment !== undefined);
		if (last >= 0) kept = kept.map((r, i) => (i === last ? { q: r.q, reason: r.reason } : r));
		else kept = kept.slice(0, -1);
	}
	return build();
}

/** A student's reports on an assignment's questions (`itemIds`, in its order) as a result carries them; reports on other items are left out. */
export function reportsForResult(
	itemIds: readonly string[],
	reports: readonly { itemId: string; reason: ResultReport['reason']; comment: string }[]
): ResultReport[] {
	return reports.flatMap(({ itemId, reason, comment }) => {
		const q = itemIds.indexOf(itemId);
		return q < 0 ? [] : [comment ? { q, reason, comment } : { q, reason }];
	});
}

/** `<payload>.<checksum>`: one line, safe to paste in a chat or an e-mail. */
export function encodeResult(result: Result): string {
	const payload = encodeJson(result);
	return `${payload}.${hashText(`qaitala-result:${payload}`)}`;
}

/** What is wrong with a well-formed result where `context` holds (another assignment, a date ahead of the clock, a wrong answer count). */
export function resultProblemIn(result: Result, context: ResultContext): ResultError | undefined {
	if (context.assignment !== undefined && result.assignment !== context.assignment)
		return 'share.error.otherAssignment';
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
	if (typeof version === 'number' && !RESULT_VERSIONS.includes(version))
		return { ok: false, error: 'share.error.version' };
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
	if (!decoded.ok)
		return { ok: false, error: decoded.failure === 'too-large' ? 'share.error.tooLarge' : 'share.error.malformed' };
	return checkResult(decoded.value, context);
}
