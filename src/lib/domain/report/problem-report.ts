/**
 * A learner's report that a question is wrong, unclear or mistyped: a reason from a short list and
 * an optional comment. Kept on the device; when the question belongs to an assignment, the report
 * also travels in the result code (share/result.ts), so its comment follows the rules of shared text.
 */
import * as v from 'valibot';
import type { Language } from '../language';

export const PROBLEM_REASONS = ['wrongAnswer', 'unclear', 'typo', 'other'] as const;

export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** The longest comment, in characters (code points): a sentence or two, short enough for a result code. */
export const MAX_COMMENT_CHARS = 200;

/** The longest question text kept with a report, in characters (code points). */
export const MAX_PROMPT_CHARS = 300;

/** C0 and C1 control characters: a tidied comment has none, so one in a code was put there by hand. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

export type CommentError = 'reportProblem.error.commentTooLong' | 'reportProblem.error.commentControl';

/**
 * A comment as it is kept and sent: NFC, every run of white space (line breaks too) one space, trimmed.
 * @example tidyComment('  Жауабы\n\nқате ') // 'Жауабы қате'
 */
export function tidyComment(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** What is wrong with a comment as it stands (not tidied); undefined for a good one, or none. */
export function commentProblem(comment: string): CommentError | undefined {
	if ([...comment].length > MAX_COMMENT_CHARS) return 'reportProblem.error.commentTooLong';
	if (CONTROL_CHARACTERS.test(comment)) return 'reportProblem.error.commentControl';
	return undefined;
}

/** A comment read from outside (a result code, a stored row): checked, never repaired. */
export const CommentSchema = v.pipe(
	v.string(),
	v.check(
		(comment) => commentProblem(comment) === undefined,
		(issue) => commentProblem(String(issue.input)) ?? 'reportProblem.error.invalid'
	)
);

/**
 * The question's text as the learner saw it, shortened to MAX_PROMPT_CHARS: a report stays readable
 * in Settings without its bank, and says what was reported if the question is corrected later.
 */
export function promptSnapshot(text: string): string {
	const chars = [...tidyComment(text)];
	return chars.length <= MAX_PROMPT_CHARS ? chars.join('') : `${chars.slice(0, MAX_PROMPT_CHARS - 1).join('')}…`;
}

/** One report as stored on the device. */
export interface ProblemReport {
	id?: number;
	itemId: string;
	/** The assignment it was made in (its key); absent for the learner's own study, quizzes and tests. */
	assignmentKey?: string;
	reason: ProblemReason;
	/** Tidied; empty when there is none. */
	comment: string;
	/** promptSnapshot of the question, in `language`. */
	prompt: string;
	/** The cards' language the question was shown in. */
	language: Language;
	/** Epoch ms. */
	reportedAt: number;
}

/** What the page gives for a new report (the comment and question text as they are, not yet tidied). */
export type ReportInput = Omit<ProblemReport, 'id' | 'reportedAt'>;

export type ReportCheck =
	{ ok: true; report: ProblemReport } | { ok: false; error: CommentError | 'reportProblem.error.invalid' };

export const isProblemReason = (value: unknown): value is ProblemReason =>
	(PROBLEM_REASONS as readonly unknown[]).includes(value);

/** The report to store for `input` at `now` (epoch ms), or why it cannot be. */
export function makeReport(input: ReportInput, now: number): ReportCheck {
	if (!isProblemReason(input.reason) || !input.itemId) return { ok: false, error: 'reportProblem.error.invalid' };
	const comment = tidyComment(input.comment);
	const problem = commentProblem(comment);
	if (problem) return { ok: false, error: problem };
	const report: ProblemReport = {
		itemId: input.itemId,
		reason: input.reason,
		comment,
		prompt: promptSnapshot(input.prompt),
		language: input.language,
		reportedAt: now
	};
	return {
		ok: true,
		report: input.assignmentKey === undefined ? report : { ...report, assignmentKey: input.assignmentKey }
	};
}
