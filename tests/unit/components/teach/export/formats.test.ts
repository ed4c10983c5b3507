import { describe, expect, it } from 'vitest';
import { PANEL_FORMATS, exportFileName, FILE_KINDS, formatKey } from '$lib/components/teach/export/formats';

describe('export file names', () => {
	it.each([
		[['kz-china'], 'ru', 'gift', 'qaitala-kz-china-ru.gift.txt'],
		[['kz-china'], 'kk', 'moodle', 'qaitala-kz-china-kk.xml'],
		[['kz-china', 'kz-usa'], 'en', 'csv', 'qaitala-topics-en.csv'],
		[['kz-usa'], 'en', 'tsv', 'qaitala-kz-usa-en.tsv'],
		[['kz-china', 'kz-usa'], 'kk', 'apkg', 'qaitala-topics-kk.apkg']
	] as const)('%j in %s as %s → %s', (topicIds, language, format, name) => {
		expect(exportFileName(topicIds, language, format)).toBe(name);
	});

	it('puts a byte order mark only in CSV (for Excel)', () => {
		expect(PANEL_FORMATS.filter((f) => FILE_KINDS[f].hasBom)).toEqual(['csv']);
	});

	it('names the Anki package from its own strings', () => {
		expect(formatKey('apkg', 'name')).toBe('moodleAnki.export.name');
		expect(formatKey('gift', 'use')).toBe('teachExport.formats.gift.use');
	});
});
