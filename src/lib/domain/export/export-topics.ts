/** One entry for every export format, shared by the `/teach` page and `npm run export`. */
import type { UncitedItem } from '../bank/localize';
import type { ExportLabels } from './answer-text';
import { toCardsCsv, toCardsTsv } from './cards-csv';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';

export const EXPORT_FORMATS = ['moodle', 'gift', 'csv', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A topic's questions in one language: a built-in bank's or an instructor's own (no citation needed). */
export interface ExportTopic {
	topicId: string;
	items: readonly UncitedItem[];
}

/** The chosen topics, in the order given, as the text of a `format` file. */
export function exportTopics(format: ExportFormat, topics: readonly ExportTopic[], labels: ExportLabels): string {
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
