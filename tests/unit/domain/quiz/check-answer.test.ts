import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, checkTypedNumber } from '$lib/domain/quiz/check-answer';
import { normalizeAnswer, parseTypedNumber } from '$lib/domain/quiz/normalize';

describe('checkTypedAnswer accepts', () => {
	it.each([
		// case, spaces, punctuation, quotes
		['osce', ['OSCE']],
		['  ЕЫҚҰ  ', ['ЕЫҚҰ']],
		['еуропаға жол', ['«Еуропаға жол»']],
		['Путь в Европу!', ['«Путь в Европу»']],
		['Path to Europe', ['the “Path to Europe” programme', 'Path to Europe']],
		['the OSCE', ['OSCE']],
		['Нур Султан', ['Нур-Султан']],
		// ё / е
		['партнерство', ['партнёрство']],
		['ПАРТНЁРСТВО', ['партнерство']],
		// Latin look-alikes inside Cyrillic words
		['Eвропа', ['Европа']], // Latin E
		['ТACИC', ['ТАСИС']], // Latin A and C
		['ТРAСЕКA', ['ТРАСЕКА']], // Latin A twice
		// Kazakh letters typed as Russian neighbours
		['Казакстан', ['Қазақстан']],
		['Еуропага жол', ['Еуропаға жол']],
		['онир', ['өңір']],
		['Кытай', ['Қытай']],
		['курылыс', ['құрылыс']],
		['Орталык Азия', ['Орталық Азия']],
		['Кұрама Штаттары', ['Құрама Штаттары']], // partly folded
		['әлем', ['әлем']],
		// alternatives a bank item lists
		['ЕҚЫҰ', ['ЕЫҚҰ', 'ЕҚЫҰ']],
		['Organization for Security and Co-operation in Europe', ['OSCE', 'Organization for Security and Co-operation in Europe']]
	])('%s for %j', (typed, accepted) => {
		expect(checkTypedAnswer(typed, accepted).isCorrect).toBe(true);
	});
});

describe('checkTypedAnswer rejects', () => {
	it.each([
		['', ['OSCE']],
		['NATO', ['OSCE']],
		['Казахстан', ['Қазақстан']], // х is not a neighbour of қ: a Russian word, not a Kazakh one typed badly
		['Казакстан ', ['Қазақстанға']],
		['ЕС', ['ЕО']],
		['Россия', ['Ресей']],
		['Тасис', ['ТРАСЕКА']],
		['1993', ['1992']],
		['Европа', ['Еуропа']],
		['Еуропа Одағы', ['Еуропа']],
		['Path', ['Path to Europe']],
		['Китай', ['Қытай']],
		['OSCE', ['ЕЫҚҰ']] // the English name for a Kazakh answer
	])('%s for %j', (typed, accepted) => {
		expect(checkTypedAnswer(typed, accepted).isCorrect).toBe(false);
	});

	it('a folded typing that could equally be a known wrong answer', () => {
		// «сан» (number) and «саң» differ only by ң: typed «сан» matches the wrong option exactly.
		expect(checkTypedAnswer('сан', ['саң'], ['сан']).isCorrect).toBe(false);
		// «кол» could be «қол» or «көл»; if «көл» is known to be wrong, «кол» is ambiguous.
		expect(checkTypedAnswer('кол', ['қол'], ['көл']).isCorrect).toBe(false);
		expect(checkTypedAnswer('қол', ['қол'], ['көл']).isCorrect).toBe(true);
		expect(checkTypedAnswer('кол', ['қол']).isCorrect).toBe(true);
	});

	it('reports whether the match was exact', () => {
		expect(checkTypedAnswer('Қазақстан', ['Қазақстан'])).toEqual({ isCorrect: true, matched: 'Қазақстан', isExact: true });
		expect(checkTypedAnswer('Казакстан', ['Қазақстан'])).toEqual({ isCorrect: true, matched: 'Қазақстан', isExact: false });
	});
});

describe('checkTypedNumber', () => {
	it.each([
		['1992', 1992, 0, true],
		[' 1992 жыл', 1992, 0, true],
		['1993', 1992, 0, false],
		['1993', 1992, 1, true],
		['24,3', 24.3, 0, true],
		['24.3', 24.3, 0, true],
		['24,30', 24.3, 0, true],
		['107,4 млрд', 107.4, 0, true],
		['120 million euros', 120, 0, true],
		['1 000', 1000, 0, true],
		['1 000', 1000, 0, true],
		['12', 120, 0, false],
		['', 120, 0, false],
		['сто двадцать', 120, 0, false],
		['120 or 130', 120, 0, false],
		['30%', 30, 0, true],
		['−5', -5, 0, true]
	])('%s for %s ± %s → %s', (typed, answer, tolerance, expected) => {
		expect(checkTypedNumber(typed, answer, tolerance)).toBe(expected);
	});
});

describe('normalizeAnswer / parseTypedNumber', () => {
	it('normalises', () => {
		expect(normalizeAnswer('  «Еуропаға  жол»! ')).toBe('еуропаға жол');
		expect(normalizeAnswer('The Great Game')).toBe('great game');
		expect(normalizeAnswer('the')).toBe('the');
	});
	it('parses numbers', () => {
		expect(parseTypedNumber('3,8 млрд доллар')).toBe(3.8);
		expect(parseTypedNumber('нет')).toBeUndefined();
	});
});
