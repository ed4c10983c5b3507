/** Numbers on the Progress page in the interface's language (Kazakh falls back to Russian, which shares its decimal comma). */
import type { Language } from '$lib/domain/language';

const locales = (language: Language) => (language === 'kk' ? ['kk', 'ru'] : [language]);

/** `value` with exactly `digits` decimals. */
export function formatDecimal(language: Language, value: number, digits: number): string {
	return new Intl.NumberFormat(locales(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A fraction 0–1 as a whole percentage. */
export function formatPercent(language: Language, fraction: number): string {
	return new Intl.NumberFormat(locales(language), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
