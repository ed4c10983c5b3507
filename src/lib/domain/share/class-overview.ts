/**
 * The instructor's view of one assignment's results: reading a pasted batch of result codes,
 * matching names against the class list, and the table of students × questions with each question's
 * share of right answers. Pure: the page and the repository do the storing.
 */
import { toSafeCsv } from '../export/spreadsheet-safe';
import { decodeResult, type Result, type ResultContext, type ResultError } from './result';
import { hasDirectionControls, withoutDirectionControls } from './names';
import { isCalendarDate } from './bounds';

/**
 * A name as it is matched: NFC, trimmed, single spaces, lower case. `toLowerCase` (not
 * `toLocaleLowerCase`) so the key never depends on the device's locale.
 * @example foldName('  Әлия   СЕРІКОВА ') // 'әлия серікова'
 */
export function foldName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name as it is shown and stored on a class list: trimmed, single spaces. */
export function tidyName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Names one per line → the class list: blank lines dropped, the first spelling of a name kept. */
export function parseRoster(text: string): string[] {
	const seen = new Set<string>();
	const names: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		const name = tidyName(line);
		if (name && !seen.has(foldName(name))) {
			seen.add(foldName(name));
			names.push(name);
		}
	}
	return names;
}

export interface BatchResult {
	result: Result;
	code: string;
	/** 1-based line of the pasted text. */
	line: number;
}

export interface BatchFailure {
	/** 1-based line of the pasted text. */
	line: number;
	code: string;
	error: ResultError;
}

export interface ParsedBatch {
	results: BatchResult[];
	failures: BatchFailure[];
}

/**
 * Reads every result code in a pasted text, each checked in `context`. Codes are separated by line
 * breaks or spaces (a result code never contains either); blank lines are skipped. Never throws.
 * @example parseResultBatch('<code1>\n\n<code2> oops') // 2 results; a failure on line 3 ('oops')
 */
export function parseResultBatch(text: string, context: ResultContext = {}): ParsedBatch {
	const batch: ParsedBatch = { results: [], failures: [] };
	text.split(/\r\n|\r|\n/).forEach((content, index) => {
		for (const code of content.split(/\s+/).filter(Boolean)) {
			const decoded = decodeResult(code, context);
			if (decoded.ok) batch.results.push({ result: decoded.result, code, line: index + 1 });
			else batch.failures.push({ line: index + 1, code, error: decoded.error });
		}
	});
	return batch;
}

/**
 * What stays in the paste box after an import: only the lines that failed, in order. Failures are
 * renumbered to the lines of that new text, so a message always points at what the box shows.
 */
export function keepFailedLines(
	text: string,
	failures: readonly BatchFailure[]
): { text: string; failures: BatchFailure[] } {
	const lines = text.split(/\r\n|\r|\n/);
	const failedLines = [...new Set(failures.map((f) => f.line))].sort((a, b) => a - b);
	const newLine = new Map(failedLines.map((line, index) => [line, index + 1]));
	return {
		text: failedLines.map((line) => lines[line - 1] ?? '').join('\n'),
		failures: failures.map((f) => ({ ...f, line: newLine.get(f.line) ?? f.line }))
	};
}

export type AnswerMark = 'right' | 'wrong' | 'blank';

export interface StudentRow {
	nameKey: string;
	/** As shown: tidied, without direction-changing characters (see hasDirectionControls). */
	name: string;
	/** The name as sent held direction-changing characters: the table flags it. */
	hasDirectionControls: boolean;
	/** One mark per question of the assignment. */
	marks: AnswerMark[];
	correct: number;
	/** 0–100, rounded. */
	percent: number;
	timeSpentMs: number;
	/** Epoch ms. */
	completedAt: number;
	isOnRoster: boolean;
}

export interface QuestionStats {
	/** 1-based, as in the table's header. */
	number: number;
	correct: number;
	/** 0–100, rounded: the share of students who got it right (a blank counts as not right). */
	percent: number;
	/** The lowest share of the assignment, when the questions are not all equally hard. */
	isHardest: boolean;
}

export interface ClassOverview {
	students: StudentRow[];
	questions: QuestionStats[];
	/** The class's share of right answers, 0–100 rounded; undefined with no students. */
	averagePercent: number | undefined;
	/** Mean number of right answers (not rounded); undefined with no students. */
	averageCorrect: number | undefined;
	/** Class-list names with no result, in the list's order. */
	notSubmitted: string[];
	/** Students who sent a result but are not on the class list (empty when there is no list). */
	notOnRoster: string[];
}

export interface OverviewInput {
	/** Results that passed checkResult: the overview trusts their dates and answers. */
	results: readonly Result[];
	/** The assignment's number of questions; the longest answers string when it is not known. */
	questionCount?: number;
	roster: readonly string[];
	/** For sorting names (`kk`, `ru`, `en`). */
	locale?: string;
}

const MARKS: Record<string, AnswerMark> = { '1': 'right', '0': 'wrong', '-': 'blank' };

function marksOf(answers: string, questionCount: number): AnswerMark[] {
	return Array.from({ length: questionCount }, (_, i) => MARKS[answers[i] ?? '-'] ?? 'blank');
}

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

function questionStats(students: readonly StudentRow[], questionCount: number): QuestionStats[] {
	const stats = Array.from({ length: questionCount }, (_, i) => {
		const correct = students.filter((s) => s.marks[i] === 'right').length;
		return { number: i + 1, correct, share: students.length ? correct / students.length : 0 };
	});
	const shares = stats.map((s) => s.share);
	const [lowest, highest] = [Math.min(...shares), Math.max(...shares)];
	return stats.map(({ number, correct, share }) => ({
		number,
		correct,
		percent: percentOf(correct, students.length),
		isHardest: students.length > 0 && lowest < highest && share === lowest
	}));
}

/** The class table of one assignment: students sorted by name, per-question shares, the class list compared. */
export function buildOverview({ results, questionCount, roster, locale }: OverviewInput): ClassOverview {
	const count = questionCount ?? Math.max(0, ...results.map((r) => r.answers.length));
	const rosterKeys = new Set(roster.map(foldName));
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const students = results
		.map((result): StudentRow => {
			const marks = marksOf(result.answers, count);
			const correct = marks.filter((m) => m === 'right').length;
			const { timeSpentMs, completedAt } = result;
			const nameKey = foldName(result.name);
			return {
				nameKey,
				name: tidyName(withoutDirectionControls(result.name)),
				hasDirectionControls: hasDirectionControls(result.name),
				marks,
				correct,
				percent: percentOf(correct, count),
				timeSpentMs,
				completedAt,
				isOnRoster: rosterKeys.has(nameKey)
			};
		})
		.sort((a, b) => collator.compare(a.name, b.name) || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
	const submitted = new Set(students.map((s) => s.nameKey));
	const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
	// From the right answers, not from the rounded percents, so rounding is done once.
	const averageCorrect = mean(students.map((s) => s.correct));
	return {
		students,
		questions: questionStats(students, count),
		averagePercent: averageCorrect === undefined ? undefined : percentOf(averageCorrect, count),
		averageCorrect,
		notSubmitted: parseRoster(roster.join('\n')).filter((name) => !submitted.has(foldName(name))),
		notOnRoster: roster.length ? students.filter((s) => !s.isOnRoster).map((s) => s.name) : []
	};
}

/** Column titles of the CSV, in the instructor's language. */
export interface OverviewCsvLabels {
	name: string;
	score: string;
	percent: string;
	timeSpentMin: string;
	completedAt: string;
	/** The title of question `n` (1-based), e.g. `Q3`. */
	question: (n: number) => string;
	/** The first cell of the last row, which holds each question's share of right answers. */
	correctShare: string;
}

const CSV_MARK: Record<AnswerMark, string> = { right: '1', wrong: '0', blank: '' };

/**
 * The table as CSV (RFC 4180, papaparse): one row per student, then a row of the per-question
 * percent right (with the class averages under score and percent). Time spent in minutes with one
 * decimal; completion as ISO 8601 UTC. Formulas are neutralised (spreadsheet-safe.ts).
 */
export function overviewCsv(overview: ClassOverview, labels: OverviewCsvLabels): string {
	const header = [
		labels.name,
		labels.score,
		labels.percent,
		labels.timeSpentMin,
		labels.completedAt,
		...overview.questions.map((q) => labels.question(q.number))
	];
	const rows = overview.students.map((s) => [
		s.name,
		String(s.correct),
		String(s.percent),
		String(Math.round(s.timeSpentMs / 6_000) / 10),
		// Checked when read; an empty cell rather than a thrown RangeError should one slip through.
		isCalendarDate(s.completedAt) ? new Date(s.completedAt).toISOString() : '',
		...s.marks.map((m) => CSV_MARK[m])
	]);
	const average = overview.averageCorrect === undefined ? '' : String(Math.round(overview.averageCorrect * 10) / 10);
	const shares = [
		labels.correctShare,
		average,
		String(overview.averagePercent ?? ''),
		'',
		'',
		...overview.questions.map((q) => String(q.percent))
	];
	return toSafeCsv([header, ...rows, shares]);
}
