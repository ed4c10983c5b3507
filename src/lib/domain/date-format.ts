/**
 * Dates in the interface language: Intl for Russian and English; Kazakh in CLDR's patterns, written
 * out here (months in full). Some builds (Debian's Chromium among them) have no Kazakh data and print
 * "2026 M11 22", so Kazakh never asks Intl: the same text on every device, and no locale data to
 * load (Intl's first use on a page is a long task on a phone).
 */
import type { Language } from './language';

export type DateStyle = 'dayMonth' | 'date' | 'dateTime' | 'weekdayDate';

const INTL_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	dayMonth: { day: 'numeric', month: 'short' },
	date: { day: 'numeric', month: 'long', year: 'numeric' },
	dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
	weekdayDate: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }
};

const KK_MONTHS = [
	'қаңтар',
	'ақпан',
	'наурыз',
	'сәуір',
	'мамыр',
	'маусым',
	'шілде',
	'тамыз',
	'қыркүйек',
	'қазан',
	'қараша',
	'желтоқсан'
];
const KK_WEEKDAYS = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];

/** Kazakh as CLDR writes it: `2026 ж. 22 қараша`, `22 қараша`, with `, 14:05` or `, жс` where asked. */
export function formatKazakhDate(date: Date, style: DateStyle): string {
	const dayMonth = `${date.getDate()} ${KK_MONTHS[date.getMonth()]}`;
	if (style === 'dayMonth') return dayMonth;
	const full = `${date.getFullYear()} ж. ${dayMonth}`;
	if (style === 'date') return full;
	if (style === 'weekdayDate') return `${full}, ${KK_WEEKDAYS[date.getDay()]}`;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${full}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Making a formatter is slow next to using one, and a heatmap formats 182 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats `ms` (epoch) in `language`. */
export function formatDate(language: Language, ms: number, style: DateStyle): string {
	if (language === 'kk') return formatKazakhDate(new Date(ms), style);
	const key = `${language}:${style}`;
	if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(language, INTL_OPTIONS[style]));
	return formatters.get(key)!.format(ms);
}
