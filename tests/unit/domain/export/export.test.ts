// Every export is read back with an independent parser: GIFT with gift-pegjs, Moodle XML with
// fast-xml-parser, CSV with papaparse; over the real banks in each language.
import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { getCompiledBanks } from '$lib/server/load-banks';
import { toGift, escapeGift } from '$lib/domain/export/gift';
import { toMoodleXml } from '$lib/domain/export/moodle-xml';
import { toCardsCsv, toCardsTsv } from '$lib/domain/export/cards-csv';
import { LANGUAGES } from '$lib/domain/language';

const banks = getCompiledBanks();
const labels = { true: 'TRUE', false: 'FALSE' };

describe.each(LANGUAGES)('exports in %s', (lang) => {
	const topics = banks.index.topics.map((t) => ({ topicId: t.id, items: banks.topicBanks[lang][t.id]!.items }));
	const items = topics.flatMap((t) => t.items);

	it('GIFT parses back to one question per item, of the right kind, with its feedback', () => {
		const questions = parseGift(toGift(topics));
		const asked = questions.filter((q) => q.type !== 'Category');
		expect(questions.filter((q) => q.type === 'Category')).toHaveLength(topics.length);
		expect(asked).toHaveLength(items.length);
		const expected = {
			flashcard: 'Essay',
			cloze: 'Short',
			choice: 'MC',
			'true-false': 'TF',
			numeric: 'Numerical',
			matching: 'Matching',
			ordering: 'Matching'
		};
		asked.forEach((q, i) => {
			const item = items[i]!;
			expect(q.title, item.id).toBe(item.id);
			expect(q.type, item.id).toBe(expected[item.type]);
			const feedback = item.type === 'flashcard' ? `${item.answer} — ${item.explanation}` : item.explanation;
			expect('globalFeedback' in q ? q.globalFeedback?.text : undefined, item.id).toBe(
				feedback.replace(/\s*\n\s*/g, ' ')
			);
			if (item.type === 'true-false' && q.type === 'TF') expect(q.isTrue).toBe(item.answer);
			if (item.type === 'numeric' && q.type === 'Numerical' && !Array.isArray(q.choices))
				expect(q.choices.number).toBe(item.answer);
			if (item.type === 'choice' && q.type === 'MC') {
				expect(q.choices.map((c) => c.text.text)).toEqual(item.options.map((o) => o.text));
				expect(q.choices.map((c) => c.isCorrect || (c.weight ?? 0) > 0)).toEqual(item.options.map((o) => o.correct));
			}
		});
	});

	it('Moodle XML parses back with every question, answer and feedback', () => {
		const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(toMoodleXml(topics));
		const questions = (xml.quiz.question as { type: string; name?: { text: string } }[]).filter(
			(q) => q.type !== 'category'
		);
		expect(questions.map((q) => String(q.name?.text))).toEqual(items.map((i) => i.id));
		const types = {
			flashcard: 'essay',
			cloze: 'shortanswer',
			choice: 'multichoice',
			'true-false': 'truefalse',
			numeric: 'numerical',
			matching: 'matching',
			ordering: 'matching'
		};
		expect(questions.map((q) => q.type)).toEqual(items.map((i) => types[i.type]));
	});

	it('CSV and TSV have one card per item with two fields', () => {
		const csv = Papa.parse<string[]>(toCardsCsv(items, labels).trim());
		expect(csv.errors).toEqual([]);
		expect(csv.data).toHaveLength(items.length);
		expect(csv.data.every((row) => row.length === 2 && row[0]!.length > 0 && row[1]!.length > 0)).toBe(true);
		const tsv = toCardsTsv(items, labels).trimEnd().split('\n');
		expect(tsv).toHaveLength(items.length);
		expect(tsv.every((line) => line.split('\t').length === 2)).toBe(true);
	});
});

describe('escapeGift', () => {
	it('escapes GIFT special characters', () => {
		expect(escapeGift('a=b ~c #d {e} f:g \\h')).toBe('a\\=b \\~c \\#d \\{e\\} f\\:g \\\\h');
		const [question] = parseGift(`::t::${escapeGift('1 = 2? {no}: #x')} {TRUE}`);
		expect(question && 'stem' in question ? question.stem.text : undefined).toBe('1 = 2? {no}: #x');
	});
});
