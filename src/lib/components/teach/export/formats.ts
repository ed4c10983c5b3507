/**
 * What the export panel offers and how each file is named and typed. Small on purpose: the writers
 * themselves (make-file.ts) are loaded only when the instructor downloads.
 */
import type { Language } from '$lib/domain/language';
import { EXPORT_FORMATS, type ExportFormat as TextFormat } from '$lib/domain/export/export-topics';

/** The text formats, and the Anki package (a zip, made by make-apkg.ts). */
export const PANEL_FORMATS = [...EXPORT_FORMATS, 'apkg'] as const;
export type ExportFormat = (typeof PANEL_FORMATS)[number];
export type { TextFormat };

/** The i18n key of a format's name or use. */
export function formatKey(format: ExportFormat, part: 'name' | 'use'): string {
	return format === 'apkg' ? `moodleAnki.export.${part}` : `teachExport.formats.${format}.${part}`;
}

interface FileKind {
	extension: string;
	mimeType: string;
	/**
	 * A UTF-8 byte order mark first. Excel reads a CSV without one in the system's legacy code page,
	 * which garbles Kazakh and Russian; Anki strips it (since 2.1.60) and papaparse too. TSV is for
	 * pasting into Quizlet and GIFT and XML go to Moodle, so they stay plain UTF-8.
	 */
	hasBom: boolean;
}

export const FILE_KINDS: Record<ExportFormat, FileKind> = {
	moodle: { extension: 'xml', mimeType: 'application/xml', hasBom: false },
	gift: { extension: 'gift.txt', mimeType: 'text/plain', hasBom: false },
	csv: { extension: 'csv', mimeType: 'text/csv', hasBom: true },
	tsv: { extension: 'tsv', mimeType: 'text/tab-separated-values', hasBom: false },
	apkg: { extension: 'apkg', mimeType: 'application/octet-stream', hasBom: false }
};

/**
 * `qaitala-<topic>-<language>.<extension>` for one topic, `qaitala-topics-…` for several.
 * @example exportFileName(['kz-china'], 'ru', 'gift') // 'qaitala-kz-china-ru.gift.txt'
 */
export function exportFileName(topicIds: readonly string[], language: Language, format: ExportFormat): string {
	const what = topicIds.length === 1 ? topicIds[0] : 'topics';
	return `qaitala-${what}-${language}.${FILE_KINDS[format].extension}`;
}
