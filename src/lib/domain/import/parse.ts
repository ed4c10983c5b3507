/**
 * The one way in for imported questions: text → a whole validated bank, or every problem
 * with its line (or question number). Nothing partial: one bad question and nothing is imported.
 */
import type { Language } from '../language';
import { IMPORT_LIMITS, type CustomBankFormat, type ImportProblem, type ImportResult } from './custom-bank';
import { isQuestionColumn, parseCsvQuestions } from './csv';
import { parseGiftQuestions } from './gift';
import { parseMoodleXmlQuestions } from './moodle-xml';
import { validateDrafts, type ParsedQuestions } from './validate-custom';

export interface ImportOptions {
	format: CustomBankFormat | 'auto';
	language: Language;
	title: string;
	/** Epoch ms: the bank's `importedAt`, and the stem of its item ids. */
	now: number;
}

/** BOM gone, every line break `\n` (a lone CR counts as a line, as editors show it). */
export function normalizeText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * GIFT, CSV or Moodle XML, judged from the text: an XML declaration, a comment or `<quiz>` first is
 * Moodle XML; a first line naming a `question` column is CSV; answers in braces, a `::title::` or
 * `$CATEGORY:` line are GIFT; anything else is read as CSV.
 */
export function detectFormat(text: string): CustomBankFormat {
	if (/^\s*(<\?xml[\s?]|<!--|<quiz[\s>])/.test(text)) return 'moodle';
	const first = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
	if (first.split(/[,;\t]/).some(isQuestionColumn)) return 'csv';
	// [ \t]*, not \s*: across a million blank lines \s* would rescan them from every line start.
	if (/^[ \t]*(::|\$CATEGORY:)/m.test(text) || /\{[^{}]*\}/.test(text)) return 'gift';
	return 'csv';
}

const byLine = (a: ImportProblem, b: ImportProblem) =>
	(a.line ?? 0) - (b.line ?? 0) || (a.question ?? 0) - (b.question ?? 0);

/** Keeps the first problems (or warnings) and counts the rest, so a file of nonsense gives a readable list. */
function bounded(problems: ImportProblem[], moreKey: string): ImportProblem[] {
	const sorted = [...problems].sort(byLine);
	const shown = IMPORT_LIMITS.problemsShown;
	if (sorted.length <= shown) return sorted;
	return [...sorted.slice(0, shown), { key: moreKey, params: { count: sorted.length - shown } }];
}

/**
 * Reads and validates a whole bank of imported questions.
 * @example parseCustomBank('type,question,answer\nflashcard,Capital?,Astana', { format: 'auto', language: 'en', title: 'Capitals', now })
 */
export function parseCustomBank(text: string, options: ImportOptions): ImportResult {
	if (text.length > IMPORT_LIMITS.textChars) {
		return { ok: false, problems: [{ key: 'customBank.error.tooLarge', params: { max: IMPORT_LIMITS.textChars } }] };
	}
	const title = options.title.replace(/\s+/g, ' ').trim();
	const titleProblems: ImportProblem[] = !title
		? [{ key: 'customBank.error.noTitle' }]
		: title.length > IMPORT_LIMITS.titleChars
			? [{ key: 'customBank.error.longTitle', params: { max: IMPORT_LIMITS.titleChars } }]
			: [];

	const normalized = normalizeText(text);
	const format = options.format === 'auto' ? detectFormat(normalized) : options.format;
	const max = IMPORT_LIMITS.questions;
	const parsers: Record<CustomBankFormat, (text: string, max: number, language: Language) => ParsedQuestions> = {
		gift: parseGiftQuestions,
		moodle: parseMoodleXmlQuestions,
		csv: parseCsvQuestions
	};
	const parse = parsers[format];
	const parsed: ParsedQuestions = parse(normalized, max, options.language);
	const language = parsed.language ?? options.language;
	if (parsed.drafts.length > max) {
		return { ok: false, problems: [...titleProblems, { key: 'customBank.error.tooManyQuestions', params: { max } }] };
	}

	const validated = validateDrafts(parsed.drafts, language, options.now);
	const problems = [...titleProblems, ...parsed.problems, ...(validated.ok ? [] : validated.problems)];
	if (problems.length || !validated.ok)
		return { ok: false, problems: bounded(problems, 'customBank.error.moreProblems') };
	if (!validated.items.length) return { ok: false, problems: [{ key: 'customBank.error.noQuestions' }] };
	return {
		ok: true,
		bank: {
			title,
			language,
			format,
			items: validated.items,
			importedAt: options.now,
			...(validated.translations ? { translations: validated.translations } : {})
		},
		warnings: bounded(parsed.warnings, 'customBank.warning.more')
	};
}
