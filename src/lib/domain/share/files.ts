/**
 * The files an instructor and a student exchange (issue 5): small JSON documents that wrap an
 * assignment code or a result code, with a few fields a person can read. Only the code is trusted,
 * and only after it is decoded and validated; the readable fields are ignored when a file is read.
 */
import { decodeAssignment, type Assignment, type AssignmentError } from './assignment';
import { decodeResult, resultScore, type Result, type ResultError } from './result';

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

/** The code inside a file's text: a JSON wrapper of `kind`, or the bare code on its own. */
function codeInFile(text: string, kind: 'assignment' | 'result'): string | undefined {
	const trimmed = text.trim();
	if (!trimmed.startsWith('{')) return trimmed;
	try {
		const parsed: unknown = JSON.parse(trimmed);
		const wrapper = parsed as { qaitala?: unknown; code?: unknown };
		return wrapper?.qaitala === kind && typeof wrapper.code === 'string' ? wrapper.code : undefined;
	} catch {
		return undefined;
	}
}

/** Reads a result file (or a text file holding one result code). Never throws. */
export function readResultFile(
	text: string,
	expectedAssignment?: string
): { ok: true; result: Result; code: string } | { ok: false; error: ResultError } {
	if (text.length > MAX_SHARE_FILE_CHARS) return { ok: false, error: 'share.error.tooLarge' };
	const code = codeInFile(text, 'result');
	if (code === undefined) return { ok: false, error: 'share.error.malformed' };
	const decoded = decodeResult(code, expectedAssignment);
	return decoded.ok ? { ok: true, result: decoded.result, code: code.trim() } : decoded;
}

/** Reads an assignment file (or a text file holding the link or its code). Never throws. */
export function readAssignmentFile(
	text: string,
	knownItemIds?: ReadonlySet<string>
): { ok: true; assignment: Assignment; code: string } | { ok: false; error: AssignmentError } {
	if (text.length > MAX_SHARE_FILE_CHARS) return { ok: false, error: 'share.error.tooLarge' };
	const content = codeInFile(text, 'assignment');
	if (content === undefined) return { ok: false, error: 'share.error.malformed' };
	const code = codeOfAssignmentLink(content);
	const decoded = decodeAssignment(code, knownItemIds);
	return decoded.ok ? { ok: true, assignment: decoded.assignment, code } : decoded;
}

/** The code in an assignment link (`…/assignment/#<code>`), or the text itself when it is a bare code. */
export function codeOfAssignmentLink(text: string): string {
	const trimmed = text.trim();
	const hash = trimmed.indexOf('#');
	return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}
