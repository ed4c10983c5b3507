/**
 * The files an instructor and a student exchange: small JSON documents that wrap an assignment code
 * or a result code, with a few fields a person can read. Only the code is trusted, and only after it
 * is decoded and validated; a result file whose readable fields disagree with its code was edited by
 * hand, and is refused rather than shown with a score the file does not say.
 */
import { decodeAssignment, type Assignment, type AssignmentError } from './assignment';
import { CARRIED_LIMITS } from './carried';
import { decodeResult, resultScore, type Result, type ResultContext, type ResultError } from './result';

/** Far more than any real file; a bigger one is refused before it is parsed. */
export const MAX_SHARE_FILE_CHARS = 20_000;

export const ASSIGNMENT_FILE_EXTENSION = '.qaitala-assignment.json';
export const RESULT_FILE_EXTENSION = '.qaitala-result.json';

export function assignmentFileContent(code: string, link: string, assignment: Assignment): string {
	return `${JSON.stringify({ qaitala: 'assignment', v: 1, title: assignment.title, link, code }, null, 2)}\n`;
}

/** `checksumNote` is shown to whoever opens the file: what the checksum proves and what it does not. */
export function resultFileContent(code: string, result: Result, checksumNote: string): string {
	const { correct, total } = resultScore(result);
	const readable = {
		qaitala: 'result',
		v: 1,
		name: result.name,
		score: `${correct}/${total}`,
		completedAt: new Date(result.completedAt).toISOString(),
		checksumNote,
		code
	};
	return `${JSON.stringify(readable, null, 2)}\n`;
}

type Wrapper = Record<string, unknown> & { code: string };

/** The file's text as a JSON wrapper of `kind`, a bare code (no wrapper), or undefined when it is neither. */
function readWrapper(text: string, kind: 'assignment' | 'result'): { code: string; wrapper?: Wrapper } | undefined {
	const trimmed = text.trim();
	if (!trimmed.startsWith('{')) return { code: trimmed };
	try {
		const parsed: unknown = JSON.parse(trimmed);
		const wrapper = parsed as Partial<Wrapper> | null;
		return wrapper?.qaitala === kind && typeof wrapper.code === 'string'
			? { code: wrapper.code, wrapper: wrapper as Wrapper }
			: undefined;
	} catch {
		return undefined;
	}
}

/** Whether the readable fields a result file shows (when it has them) say what its code says. */
function readableFieldsMatch(wrapper: Wrapper, result: Result): boolean {
	const { correct, total } = resultScore(result);
	const expected: Record<string, string> = {
		name: result.name,
		score: `${correct}/${total}`,
		completedAt: new Date(result.completedAt).toISOString()
	};
	return Object.entries(expected).every(
		([field, value]) =>
			wrapper[field] === undefined || (typeof wrapper[field] === 'string' && wrapper[field].trim() === value)
	);
}

/** Reads a result file (or a text file holding one result code), checked in `context`. Never throws. */
export function readResultFile(
	text: string,
	context: ResultContext = {}
): { ok: true; result: Result; code: string } | { ok: false; error: ResultError } {
	if (text.length > MAX_SHARE_FILE_CHARS) return { ok: false, error: 'share.error.tooLarge' };
	const read = readWrapper(text, 'result');
	if (read === undefined) return { ok: false, error: 'share.error.malformed' };
	const decoded = decodeResult(read.code, context);
	if (!decoded.ok) return decoded;
	if (read.wrapper && !readableFieldsMatch(read.wrapper, decoded.result))
		return { ok: false, error: 'share.error.fileMismatch' };
	return { ok: true, result: decoded.result, code: read.code.trim() };
}

/** Reads an assignment file (or a text file holding the link or its code). Never throws. */
export function readAssignmentFile(
	text: string,
	knownItemIds?: ReadonlySet<string>
): { ok: true; assignment: Assignment; code: string } | { ok: false; error: AssignmentError } {
	// An assignment carrying the instructor's own questions is much longer than a result.
	if (text.length > CARRIED_LIMITS.fileChars) return { ok: false, error: 'share.error.tooLarge' };
	const content = readWrapper(text, 'assignment');
	if (content === undefined) return { ok: false, error: 'share.error.malformed' };
	const code = codeOfAssignmentLink(content.code);
	const decoded = decodeAssignment(code, knownItemIds);
	return decoded.ok ? { ok: true, assignment: decoded.assignment, code } : decoded;
}

/** The code in an assignment link (`…/assignment/#<code>`), or the text itself when it is a bare code. */
export function codeOfAssignmentLink(text: string): string {
	const trimmed = text.trim();
	const hash = trimmed.indexOf('#');
	return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}
