/**
 * The questions of one assignment that students reported as wrong, unclear or mistyped, gathered
 * from their results for the instructor. Names and comments are shown as other shared text is:
 * tidied, without the characters that reorder the text around them.
 */
import { PROBLEM_REASONS, type ProblemReason } from '../report/problem-report';
import { foldName, tidyName } from './class-overview';
import { hasDirectionControls, withoutDirectionControls } from './names';
import { resultReports, type Result } from './result';

export interface QuestionReport {
	/** As shown: tidied, without direction-changing characters. */
	name: string;
	reason: ProblemReason;
	/** As shown, without direction-changing characters; empty when there is none. */
	comment: string;
	/** The name or the comment as sent held direction-changing characters: the list flags it. */
	hasDirectionControls: boolean;
}

export interface ReportedQuestion {
	/** 1-based, as in the class table. */
	number: number;
	/** How many reports give each reason. */
	reasons: Record<ProblemReason, number>;
	/** Sorted by the student's name. */
	reports: QuestionReport[];
}

/**
 * The reported questions among `results` (checked results of one assignment), in the assignment's
 * order, each with its reports sorted by name in `locale`.
 * @example reportedQuestions([{ v: 2, …, reports: [{ q: 2, reason: 'typo' }] }]) // [{ number: 3, … }]
 */
export function reportedQuestions(results: readonly Result[], locale?: string): ReportedQuestion[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const byQuestion = new Map<number, (QuestionReport & { nameKey: string })[]>();
	for (const result of results) {
		for (const { q, reason, comment = '' } of resultReports(result)) {
			const reports = byQuestion.get(q) ?? [];
			reports.push({
				name: tidyName(withoutDirectionControls(result.name)),
				nameKey: foldName(result.name),
				reason,
				comment: withoutDirectionControls(comment),
				hasDirectionControls: hasDirectionControls(result.name) || hasDirectionControls(comment)
			});
			byQuestion.set(q, reports);
		}
	}
	return [...byQuestion]
		.sort(([a], [b]) => a - b)
		.map(([q, reports]) => ({
			number: q + 1,
			reasons: Object.fromEntries(
				PROBLEM_REASONS.map((r) => [r, reports.filter((x) => x.reason === r).length])
			) as Record<ProblemReason, number>,
			reports: reports
				.sort(
					(a, b) => collator.compare(a.name, b.name) || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0)
				)
				.map(({ nameKey: _nameKey, ...report }) => report)
		}));
}
