import { describe, expect, it } from 'vitest';
import {
	commentProblem,
	makeReport,
	MAX_COMMENT_CHARS,
	MAX_PROMPT_CHARS,
	promptSnapshot,
	tidyComment
} from '$lib/domain/report/problem-report';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const input = {
	itemId: 'kz-china-1',
	reason: 'wrongAnswer' as const,
	comment: '',
	prompt: 'Қай жылы?',
	language: 'kk' as const
};

describe('problem reports', () => {
	it.each([
		['  Жауабы\n\nқате ', 'Жауабы қате'],
		['a\tb', 'a b'],
		['', ''],
		// Decomposed й (и + combining breve) becomes one character.
		['\u0438\u0306', '\u0439']
	])('tidy the comment %j to %j', (raw, tidy) => {
		expect(tidyComment(raw)).toBe(tidy);
	});

	it.each([
		['ә'.repeat(MAX_COMMENT_CHARS), undefined],
		['😀'.repeat(MAX_COMMENT_CHARS), undefined], // counted in characters, not UTF-16 units
		['ә'.repeat(MAX_COMMENT_CHARS + 1), 'reportProblem.error.commentTooLong'],
		['bad\u0000byte', 'reportProblem.error.commentControl'],
		['line\nbreak', 'reportProblem.error.commentControl']
	])('check the comment %#', (comment, problem) => {
		expect(commentProblem(comment)).toBe(problem);
	});

	it('make a report with a tidied comment, in its place', () => {
		expect(makeReport({ ...input, comment: ' 1992 болуы\nкерек ' }, NOW)).toEqual({
			ok: true,
			report: {
				itemId: 'kz-china-1',
				reason: 'wrongAnswer',
				comment: '1992 болуы керек',
				prompt: 'Қай жылы?',
				language: 'kk',
				reportedAt: NOW
			}
		});
		const inAssignment = makeReport({ ...input, assignmentKey: '0a1b2c3d' }, NOW);
		expect(inAssignment.ok && inAssignment.report.assignmentKey).toBe('0a1b2c3d');
	});

	it('refuse a bad comment or reason and make nothing', () => {
		expect(makeReport({ ...input, comment: 'x'.repeat(MAX_COMMENT_CHARS + 1) }, NOW)).toEqual({
			ok: false,
			error: 'reportProblem.error.commentTooLong'
		});
		expect(makeReport({ ...input, comment: 'a\u0007b' }, NOW)).toEqual({
			ok: false,
			error: 'reportProblem.error.commentControl'
		});
		expect(makeReport({ ...input, reason: 'boring' as never }, NOW)).toEqual({
			ok: false,
			error: 'reportProblem.error.invalid'
		});
	});

	it('keep a long question short', () => {
		const snapshot = promptSnapshot('сөз '.repeat(200));
		expect([...snapshot]).toHaveLength(MAX_PROMPT_CHARS);
		expect(snapshot.endsWith('…')).toBe(true);
		expect(promptSnapshot('Short?')).toBe('Short?');
	});
});
