/**
 * Builds an export file in the browser, of built-in topics or of an instructor's own bank alike.
 * Loaded with `import()` when the instructor downloads, so the writers and papaparse never weigh on
 * a page's first load.
 */
import { fetchTopicBanks } from '$lib/banks/fetch-banks';
import { exportTopics, type ExportTopic } from '$lib/domain/export/export-topics';
import type { ExportLabels } from '$lib/domain/export/answer-text';
import type { Language } from '$lib/domain/language';
import { loadLanguage, translate } from '$lib/i18n';
import { FILE_KINDS, type TextFormat } from './formats';

/** A file's text as downloaded (with the format's byte order mark, if it has one), its extension and type. */
export interface ExportText {
	text: string;
	extension: string;
	mimeType: string;
}

/** `text` written in `format` as its file holds it. */
export function asExportText(format: TextFormat, text: string): ExportText {
	const { extension, mimeType, hasBom } = FILE_KINDS[format];
	return { text: hasBom ? `\uFEFF${text}` : text, extension, mimeType };
}

/** The topics (in the order given) as a `format` file; `labels` are true/false in their language. */
export const exportText = (format: TextFormat, topics: readonly ExportTopic[], labels: ExportLabels): ExportText =>
	asExportText(format, exportTopics(format, topics, labels));

/**
 * The chosen topics (in the order given) in `language` as a `format` file. Rejects with
 * BankFetchError (offline too) or BankDataError when a bank cannot be loaded.
 */
export async function makeExportFile(
	fetchFn: typeof fetch,
	topicIds: readonly string[],
	language: Language,
	format: TextFormat
): Promise<Blob> {
	const [banks] = await Promise.all([fetchTopicBanks(fetchFn, language, topicIds), loadLanguage(language)]);
	const topics = banks.map((bank) => ({ topicId: bank.topicId, items: bank.items }));
	// "True"/"False" in the file's language, as the CLI takes them from `card.*` (scripts/export.ts).
	const labels = { true: translate(language, 'card.true'), false: translate(language, 'card.false') };
	const { text, mimeType } = exportText(format, topics, labels);
	return new Blob([text], { type: `${mimeType};charset=utf-8` });
}
