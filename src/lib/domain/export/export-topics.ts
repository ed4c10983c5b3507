/** One entry for every export format, shared by the `/teach` page and `npm run export`. */
import type { LocalizedItem } from '../bank/localize';
import type { ExportLabels } from './answer-text';
import { toCardsCsv, toCardsTsv } from './cards-csv';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';

export const EXPORT_FORMATS = ['moodle', 'gift', 'csv', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The chosen topics, in the order given, as the text of a `format` file. */
export function exportTopics(
	format: ExportFormat,
	topics: readonly { topicId: string; items: readonly LocalizedItem[] }[],
	labels: ExportLabels
): string {
	const items = topics.flatMap((t) => t.items);
	switch (format) {
		case 'moodle':
			return toMoodleXml(topics);
		case 'gift':
			return toGift(topics);
		case 'csv':
			return toCardsCsv(items, labels);
		case 'tsv':
			return toCardsTsv(items, labels);
	}
}
