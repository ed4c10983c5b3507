/** Whether a typed answer is right: exact after normalising, by unambiguous Kazakh letter folding, or but for a slip. */
import { isKazakhKeyboardVariant, isNearMiss, normalizeAnswer, parseTypedNumber } from './normalize';

export type TypedVerdict =
	| {
			isCorrect: true;
			/** The accepted answer it matched, as written in the bank: its spelling is shown after a slip. */
			matched: string;
			isExact: boolean;
			/** Right but for one slip in a long word (see isNearMiss): "almost, check the spelling". */
			isNearMiss: boolean;
	  }
	| { isCorrect: false };

/**
 * Checks a typed text answer against the accepted ones (canonical first).
 * Kazakh letters typed as their Russian neighbours, and one slip per word of six letters or more,
 * are forgiven only while that stays unambiguous: not when the same typing is, or could equally be,
 * a known wrong answer.
 * @param rejected answers known to be wrong for this question (e.g. the other options)
 * @example checkTypedAnswer('Хартлентің', ['Хартлендтің']) // { isCorrect: true, matched: 'Хартлендтің', isExact: false, isNearMiss: true }
 */
export function checkTypedAnswer(
	typed: string,
	accepted: readonly string[],
	rejected: readonly string[] = []
): TypedVerdict {
	const given = normalizeAnswer(typed);
	if (!given) return { isCorrect: false };
	for (const answer of accepted) {
		if (normalizeAnswer(answer) === given)
			return { isCorrect: true, matched: answer, isExact: true, isNearMiss: false };
	}
	const isVariantOf = (answer: string) => isKazakhKeyboardVariant(given, normalizeAnswer(answer));
	if (rejected.some((r) => normalizeAnswer(r) === given || isVariantOf(r))) return { isCorrect: false };
	const variant = accepted.find(isVariantOf);
	if (variant !== undefined) return { isCorrect: true, matched: variant, isExact: false, isNearMiss: false };
	const isSlipOf = (answer: string) => isNearMiss(given, normalizeAnswer(answer));
	if (rejected.some(isSlipOf)) return { isCorrect: false };
	const near = accepted.find(isSlipOf);
	return near === undefined
		? { isCorrect: false }
		: { isCorrect: true, matched: near, isExact: false, isNearMiss: true };
}

/**
 * Checks a typed number against `answer` ± `tolerance` (same unit). Never fuzzed: 1993 is not 1992.
 * @example checkTypedNumber('24,3', 24.3, 0) // true
 */
export function checkTypedNumber(typed: string, answer: number, tolerance: number): boolean {
	const value = parseTypedNumber(typed);
	if (value === undefined) return false;
	// A little slack for binary fractions: 24.3 typed must equal 24.3 stored.
	return Math.abs(value - answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(answer));
}
