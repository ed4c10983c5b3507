import { describe, expect, it } from 'vitest';
import { reportedQuestions } from '$lib/domain/share/reported-questions';
import type { Result } from '$lib/domain/share/result';

const at = Date.UTC(2026, 10, 25, 10, 0);
const result = (name: string, reports?: Result['reports']): Result => ({
	v: reports ? 2 : 1,
	assignment: '0a1b2c3d',
	name,
	answers: '11011',
	timeSpentMs: 60_000,
	completedAt: at,
	...(reports ? { reports } : {})
});

describe('reported questions of a class', () => {
	it('gather the reports per question, in the assignment order, names sorted', () => {
		const reported = reportedQuestions(
			[
				result('Ерлан', [
					{ q: 3, reason: 'typo', comment: 'Астана деп жазылуы керек' },
					{ q: 0, reason: 'unclear' }
				]),
				result('Айгүл'),
				result('  Әлия   Серікова ', [{ q: 3, reason: 'wrongAnswer' }])
			],
			'kk'
		);
		expect(reported).toEqual([
			{
				number: 1,
				reasons: { wrongAnswer: 0, unclear: 1, typo: 0, other: 0 },
				reports: [{ name: 'Ерлан', reason: 'unclear', comment: '', hasDirectionControls: false }]
			},
			{
				number: 4,
				reasons: { wrongAnswer: 1, unclear: 0, typo: 1, other: 0 },
				reports: [
					{ name: 'Әлия Серікова', reason: 'wrongAnswer', comment: '', hasDirectionControls: false },
					{ name: 'Ерлан', reason: 'typo', comment: 'Астана деп жазылуы керек', hasDirectionControls: false }
				]
			}
		]);
	});

	it('show names and comments without the characters that reorder text, and flag them', () => {
		const [question] = reportedQuestions([
			result('\u202Eevil', [{ q: 1, reason: 'other', comment: 'see \u2066this\u2069' }])
		]);
		expect(question?.reports).toEqual([
			{ name: 'evil', reason: 'other', comment: 'see this', hasDirectionControls: true }
		]);
	});

	it('are none when no result carries a report', () => {
		expect(reportedQuestions([result('A'), result('B')])).toEqual([]);
	});
});
