// An imported bank has no sources and may have no explanations: the exporters still write clean files.
import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import { toGift } from '$lib/domain/export/gift';
import { toMoodleXml } from '$lib/domain/export/moodle-xml';
import { toCardsCsv } from '$lib/domain/export/cards-csv';
import { parseCustomBank } from '$lib/domain/import/parse';
import { importItems, NOW } from './helpers';

const items = importItems(
	[
		'type,question,answer,wrong,explanation',
		'flashcard,Capital of Kazakhstan?,Astana,,',
		'flashcard,Capital of Kyrgyzstan?,Bishkek,,Since 1991',
		'choice,Which are in Central Asia?,Kazakhstan,Georgia|Mongolia,',
		'true-false,The EU has 27 members.,true,,',
		'cloze,Independent since ___.,1991,,'
	].join('\n')
);

describe('exports of an imported bank', () => {
	it('GIFT has no empty feedback, and imports back to the same questions', () => {
		const gift = toGift([{ topicId: 'mine', items }]);
		expect(gift).not.toContain('####}');
		expect(gift).not.toContain('— }');
		const questions = parseGift(gift).filter((q) => q.type !== 'Category');
		expect(questions.map((q) => ('globalFeedback' in q ? (q.globalFeedback?.text ?? null) : null))).toEqual([
			'Astana',
			'Bishkek — Since 1991',
			null,
			null,
			null
		]);
		const back = parseCustomBank(gift, { format: 'auto', language: 'en', title: 'Again', now: NOW });
		expect(back.ok && back.bank.items).toEqual(items);
	});

	it('Moodle XML and cards CSV show the answer without a dangling dash', () => {
		const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
			toMoodleXml([{ topicId: 'mine', items }])
		);
		const feedback = (xml.quiz.question as { generalfeedback?: { text: string } }[])
			.slice(1)
			.map((q) => q.generalfeedback?.text ?? '');
		expect(feedback).toEqual(['Astana', 'Bishkek — Since 1991', '', '', '']);
		const csv = toCardsCsv(items, { true: 'True', false: 'False' });
		expect(csv.split('\n')[0]).toBe('Capital of Kazakhstan?,Astana');
	});
});
