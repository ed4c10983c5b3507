/** Whether a typed answer is right: exact after normalising, or by unambiguous Kazakh letter folding. */
import { isKazakhKeyboardVariant, normalizeAnswer, parseTypedNumber } from './normalize';

export type TypedVerdict =
	| { isCorrect: true; matched: string; isExact: boolean }
	| { isCorrect: false };

/**
 * Checks a typed text answer against the accepted ones (canonical first).
 * Kazakh letters typed as their Russian neighbours are accepted only while that stays unambiguous:
 * not when the same typing could equally be a known wrong answer.
 * @param rejected answers known to be wrong for this question (e.g. the other options): a fold
 *   that would also match one of them is ambiguous and not accepted
 */
export function checkTypedAnswer(typed: string, accepted: readonly string[], rejected: readonly string[] = []): TypedVerdict {
	const given = normalizeAnswer(typed);
	if (!given) return { isCorrect: false };
	for (const answer of accepted) {
		if (normalizeAnswer(answer) === given) return { isCorrect: true, matched: answer, isExact: true };
	}
	const isVariantOf = (answer: string) => isKazakhKeyboardVariant(given, normalizeAnswer(answer));
	if (rejected.some((r) => normalizeAnswer(r) === given || isVariantOf(r))) return { isCorrect: false };
	const matches = accepted.filter(isVariantOf);
	return matches.length ? { isCorrect: true, matched: matches[0]!, isExact: false } : { isCorrect: false };
}

/**
 * Checks a typed number against `answer` ± `tolerance` (same unit).
 * @example checkTypedNumber('24,3', 24.3, 0) // true
 */
export function checkTypedNumber(typed: string, answer: number, tolerance: number): boolean {
	const value = parseTypedNumber(typed);
	if (value === undefined) return false;
	// A little slack for binary fractions: 24.3 typed must equal 24.3 stored.
	return Math.abs(value - answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(answer));
}
