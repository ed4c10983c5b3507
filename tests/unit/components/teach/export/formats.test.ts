import { describe, expect, it } from 'vitest';
import { PANEL_FORMATS, exportFileName, FILE_KINDS, formatKey } from '$lib/components/teach/export/formats';
import { exportText } from '$lib/components/teach/export/make-file';
import { exportCustomBank } from '$lib/components/teach/custom-bank/export-bank';
import { toCustomCsv } from '$lib/domain/import/csv';
import type { CustomBank } from '$lib/domain/import/custom-bank';

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

describe('an own bank’s export', () => {
	const bank: CustomBank = {
		title: 'Менің сұрақтарым',
		language: 'kk',
		format: 'csv',
		importedAt: 0,
		items: [
			{ id: 'custom-0-1', type: 'true-false', statement: '=1+1', answer: true, explanation: '' },
			{
				id: 'custom-0-2',
				type: 'choice',
				prompt: 'Астана?',
				options: [
					{ text: 'Иә', correct: true },
					{ text: 'Жоқ', correct: false }
				],
				explanation: 'Түсініктеме'
			}
		]
	};
	const labels = { true: 'Дұрыс', false: 'Бұрыс' };
	const topics = [{ topicId: 'менің-сұрақтарым', items: bank.items }];

	it('goes through the writers and file kinds of the built-in topics’ export', async () => {
		for (const [kind, format, name] of [
			['gift', 'gift', 'менің-сұрақтарым.gift.txt'],
			['moodle', 'moodle', 'менің-сұрақтарым.xml'],
			['cards', 'csv', 'менің-сұрақтарым-cards.csv']
		] as const) {
			const file = await exportCustomBank(bank, kind, labels);
			expect(file).toEqual({ name, text: exportText(format, topics, labels).text, type: FILE_KINDS[format].mimeType });
		}
		// The spreadsheet guard and Excel's byte order mark come with it.
		expect((await exportCustomBank(bank, 'cards', labels)).text).toMatch(/^\uFEFF"?'=1\+1/);
	});

	it('keeps its own re-importable CSV, with the byte order mark', async () => {
		const file = await exportCustomBank(bank, 'csv', labels);
		expect(file.name).toBe('менің-сұрақтарым.csv');
		expect(file.text).toBe(`\uFEFF${toCustomCsv(bank.items)}`);
	});
});
