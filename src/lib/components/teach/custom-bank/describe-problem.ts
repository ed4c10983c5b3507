/** An import problem (an i18n key with parameters) as one translated sentence, with its line or question number. */
import type { ImportProblem } from '$lib/domain/import/custom-bank';
import type { Translator } from '$lib/i18n';
import { LANGUAGE_NAMES } from '$lib/domain/language';

/** Parameters that are limits, shown with the language's digit grouping (1 000 000). */
const LIMIT_PARAMS = new Set(['max']);

export function describeProblem(i18n: Translator, problem: ImportProblem): string {
	const params: Record<string, string | number> = { ...problem.params };
	if (typeof params.field === 'string') params.field = i18n.t(`customBank.field.${params.field}`);
	for (const [name, value] of Object.entries(params)) {
		if (LIMIT_PARAMS.has(name) && typeof value === 'number')
			params[name] = new Intl.NumberFormat(i18n.language).format(value);
	}
	const said = i18n.t(problem.key, params);
	// In a bank with several languages, which language's text is at fault (named in itself).
	const message = problem.language ? `${LANGUAGE_NAMES[problem.language]}: ${said}` : said;
	if (problem.question) return `${i18n.t('moodleAnki.import.question', { number: problem.question })}: ${message}`;
	return problem.line ? `${i18n.t('customBank.result.line', { line: problem.line })}: ${message}` : message;
}
