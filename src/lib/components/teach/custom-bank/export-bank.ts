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

/** The bank in one of the export formats; `labels` are true/false in the bank's language. */
export async function exportCustomBank(bank: CustomBank, kind: ExportKind, labels: ExportLabels): Promise<TextFile> {
	const stem = fileStem(bank.title);
	const topics = [{ topicId: stem, items: bank.items }];
	switch (kind) {
		case 'gift': {
			const { toGift } = await import('$lib/domain/export/gift');
			return { name: `${stem}.gift.txt`, text: toGift(topics), type: 'text/plain' };
		}
		case 'moodle': {
			const { toMoodleXml } = await import('$lib/domain/export/moodle-xml');
			return { name: `${stem}.xml`, text: toMoodleXml(topics), type: 'application/xml' };
		}
		case 'csv': {
			// Our own columns: the file can be edited and imported again. The BOM tells Excel it is UTF-8.
			const { toCustomCsv } = await import('$lib/domain/import/csv');
			return { name: `${stem}.csv`, text: `\uFEFF${toCustomCsv(bank.items)}`, type: 'text/csv' };
		}
		case 'cards': {
			const { toCardsCsv } = await import('$lib/domain/export/cards-csv');
			return { name: `${stem}-cards.csv`, text: `\uFEFF${toCardsCsv(bank.items, labels)}`, type: 'text/csv' };
		}
	}
}
