/**
 * A custom bank as a file to download. The exporters are imported only when asked for, so the
 * /teach page does not carry them.
 */
import type { CustomBank } from '$lib/domain/import/custom-bank';
import type { ExportLabels } from '$lib/domain/export/answer-text';

export const EXPORT_KINDS = ['gift', 'moodle', 'csv', 'cards'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A file name (and a Moodle category) from a title: letters and digits of any script, joined by hyphens. */
export function fileStem(title: string): string {
	return (
		title
			.normalize('NFC')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.toLowerCase() || 'questions'
	);
}

export interface TextFile {
	name: string;
	text: string;
	type: string;
}

/**
 * The bank in one of the export formats, through the writers the built-in topics' export uses;
 * `labels` are true/false in the bank's language.
 */
export async function exportCustomBank(bank: CustomBank, kind: ExportKind, labels: ExportLabels): Promise<TextFile> {
	const stem = fileStem(bank.title);
	const { asExportText, exportText } = await import('../export/make-file');
	// Our own columns: the file can be edited and imported again. "cards" are the export's two-column CSV.
	const file =
		kind === 'csv'
			? asExportText('csv', (await import('$lib/domain/import/csv')).toCustomCsv(bank.items))
			: exportText(kind === 'cards' ? 'csv' : kind, [{ topicId: stem, items: bank.items }], labels);
	return { name: `${stem}${kind === 'cards' ? '-cards' : ''}.${file.extension}`, text: file.text, type: file.mimeType };
}
