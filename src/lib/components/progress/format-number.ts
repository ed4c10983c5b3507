/**
 * Numbers on the Progress page in the interface's language. Kazakh is written out as CLDR gives it
 * (decimal comma, `87%`): some builds (Debian's Chromium) claim Kazakh but format it as English.
 */
import type { Language } from '$lib/domain/language';

/** `value` with exactly `digits` decimals. */
export function formatDecimal(language: Language, value: number, digits: number): string {
	if (language === 'kk') return value.toFixed(digits).replace('.', ',');
	return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
		value
	);
}

/** A fraction 0–1 as a whole percentage. */
export function formatPercent(language: Language, fraction: number): string {
	if (language === 'kk') return `${Math.round(fraction * 100)}%`;
	return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
