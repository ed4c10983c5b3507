import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, FILE_KINDS } from '$lib/components/teach/export/formats';

describe('export file names', () => {
	it.each([
		[['kz-china'], 'ru', 'gift', 'qaitala-kz-china-ru.gift.txt'],
		[['kz-china'], 'kk', 'moodle', 'qaitala-kz-china-kk.xml'],
		[['kz-china', 'kz-usa'], 'en', 'csv', 'qaitala-topics-en.csv'],
		[['kz-usa'], 'en', 'tsv', 'qaitala-kz-usa-en.tsv']
	] as const)('%j in %s as %s → %s', (topicIds, language, format, name) => {
		expect(exportFileName(topicIds, language, format)).toBe(name);
	});

	it('puts a byte order mark only in CSV (for Excel)', () => {
		expect(EXPORT_FORMATS.filter((f) => FILE_KINDS[f].hasBom)).toEqual(['csv']);
	});
});
