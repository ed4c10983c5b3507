import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { assignmentKey, encodeResult, type Result } from '$lib/domain/share/result';
import {
	assignmentFileContent,
	codeOfAssignmentLink,
	MAX_SHARE_FILE_CHARS,
	readAssignmentFile,
	readResultFile,
	resultFileContent
} from '$lib/domain/share/files';

const assignment: Assignment = {
	v: 1,
	title: 'Апта 5',
	mode: 'test',
	languages: ['kk', 'ru'],
	topicIds: ['t'],
	itemIds: ['a', 'b']
};
const code = encodeAssignment(assignment);
const result: Result = {
	v: 1,
	assignment: assignmentKey(code),
	name: 'Әлия',
	answers: '10',
	timeSpentMs: 60_000,
	completedAt: 1_800_000_000_000
};
const resultCode = encodeResult(result);

describe('assignment files and links', () => {
	it('reads back the file it writes, the link, and the bare code', () => {
		const link = `https://example.org/kk/assignment/#${code}`;
		expect(readAssignmentFile(assignmentFileContent(code, link, assignment))).toEqual({ ok: true, assignment, code });
		expect(readAssignmentFile(link)).toEqual({ ok: true, assignment, code });
		expect(readAssignmentFile(`\n${code}\n`)).toEqual({ ok: true, assignment, code });
		expect(codeOfAssignmentLink(link)).toBe(code);
	});

	it('refuses a result file given as an assignment, and an assignment naming unknown items', () => {
		expect(readAssignmentFile(resultFileContent(resultCode, result, 'note'))).toEqual({
			ok: false,
			error: 'share.error.malformed'
		});
		expect(readAssignmentFile(code, new Set(['a']))).toEqual({ ok: false, error: 'share.error.invalid' });
	});
});

describe('result files', () => {
	it('read back the code they carry', () => {
		const file = resultFileContent(resultCode, result, 'The checksum catches copying mistakes.');
		expect(readResultFile(file)).toEqual({ ok: true, result, code: resultCode });
		expect(readResultFile(resultCode, { assignment: result.assignment })).toEqual({
			ok: true,
			result,
			code: resultCode
		});
		expect(readResultFile(resultCode, { assignment: 'ffffffff' })).toEqual({
			ok: false,
			error: 'share.error.otherAssignment'
		});
	});

	it('refuse oversized files before parsing them', () => {
		expect(readResultFile('x'.repeat(MAX_SHARE_FILE_CHARS + 1))).toEqual({ ok: false, error: 'share.error.tooLarge' });
	});

	it('never throw, and accept nothing but a valid code, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"qaitala":"result","code":1}')), (text) => {
				expect(readResultFile(text).ok).toBe(false);
				expect(readAssignmentFile(text).ok).toBe(false);
			})
		);
	});
});
