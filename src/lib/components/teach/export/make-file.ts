/**
 * Builds an export file in the browser. Loaded with `import()` when the instructor
 * downloads, so the writers and papaparse never weigh on a page's first load.
 */
import { fetchTopicBank } from '$lib/banks/fetch-banks';
import { exportTopics } from '$lib/domain/export/export-topics';
import type { Language } from '$lib/domain/language';
import { loadLanguage, translate } from '$lib/i18n';
import { FILE_KINDS, type TextFormat } from './formats';

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
	const [banks] = await Promise.all([
		Promise.all(topicIds.map((id) => fetchTopicBank(fetchFn, language, id))),
		loadLanguage(language)
	]);
	const topics = banks.map((bank) => ({ topicId: bank.topicId, items: bank.items }));
	// "True"/"False" in the file's language, as the CLI takes them from `card.*` (scripts/export.ts).
	const labels = { true: translate(language, 'card.true'), false: translate(language, 'card.false') };
	const text = exportTopics(format, topics, labels);
	const kind = FILE_KINDS[format];
	return new Blob([kind.hasBom ? `\uFEFF${text}` : text], { type: `${kind.mimeType};charset=utf-8` });
}
