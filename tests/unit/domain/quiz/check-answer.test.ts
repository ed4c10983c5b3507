import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, checkTypedNumber } from '$lib/domain/quiz/check-answer';
import { editDistance, isNearMiss, normalizeAnswer, parseTypedNumber } from '$lib/domain/quiz/normalize';

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
		[
			'Organization for Security and Co-operation in Europe',
			['OSCE', 'Organization for Security and Co-operation in Europe']
		]
	])('%s for %j', (typed, accepted) => {
		expect(checkTypedAnswer(typed, accepted).isCorrect).toBe(true);
	});
});

describe('checkTypedAnswer rejects', () => {
	it.each([
		['', ['OSCE']],
		['NATO', ['OSCE']],
		['Казакстан ', ['Қазақстанға']],
		['ЕС', ['ЕО']],
		['Россия', ['Ресей']],
		['Тасис', ['ТРАСЕКА']],
		['1993', ['1992']],
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
		expect(checkTypedAnswer('Қазақстан', ['Қазақстан'])).toEqual({
			isCorrect: true,
			matched: 'Қазақстан',
			isExact: true,
			isNearMiss: false
		});
		expect(checkTypedAnswer('Казакстан', ['Қазақстан'])).toEqual({
			isCorrect: true,
			matched: 'Қазақстан',
			isExact: false,
			isNearMiss: false
		});
	});
});

describe('checkTypedAnswer forgives one slip per word of six letters or more', () => {
	it.each([
		// kk: a letter left out, one swapped, one wrong, and a slip on top of Russian-keyboard letters
		['Хартлентің', ['Хартлендтің', 'Хартленд']],
		['Харлтендтің', ['Хартлендтің']],
		['Хартлендтын', ['Хартлендтің']],
		['Хартлентин', ['Хартлендтің']],
		['Шанхай ынтымақтатсық ұйымы', ['Шанхай ынтымақтастық ұйымы']],
		['Қазақтсан', ['Қазақстан']],
		// kk typed the Russian way: the spelling is shown, and it counts at most Good
		['Казахстан', ['Қазақстан']],
		['Европа', ['Еуропа']],
		// ru
		['партнерство', ['партнёрства']],
		['Хартленад', ['Хартленда']],
		['Шанхайская организация сотрудничество', ['Шанхайская организация сотрудничества']],
		['Евразийский эконмический союз', ['Евразийский экономический союз']],
		// en
		['Heartlnd', ['Heartland']],
		['Hearltand', ['Heartland']],
		['Marshal Plan', ['Marshall Plan']],
		['Organisation for Security and Co-operation in Europe', ['Organization for Security and Co-operation in Europe']]
	])('%s for %j', (typed, accepted) => {
		const verdict = checkTypedAnswer(typed, accepted);
		expect(verdict).toMatchObject({ isCorrect: true, isExact: false });
		if (verdict.isCorrect) expect(accepted).toContain(verdict.matched);
	});
});

describe('checkTypedAnswer does not forgive', () => {
	it.each([
		// short words: one letter is another answer
		['ЕС', ['ЕО']],
		['Иран', ['Ирак']],
		['Азиия', ['Азия']],
		['NATO', ['NAFO']],
		// numbers and years, also inside a longer answer
		['1993', ['1992']],
		['1993 жылы', ['1992 жылы']],
		['XVIII', ['XVII']],
		['XXVIII', ['XXVII']],
		// two slips in one word, or one word more or less
		['Хартлнтің', ['Хартлендтің']],
		['Хартлендің тің', ['Хартлендтің']],
		['Хартленд', ['Хартлендтің жері']],
		['Heartlandd land', ['Heartland']],
		['Austria', ['Australia']],
		['Ресей', ['Россия']]
	])('%s for %j', (typed, accepted) => {
		expect(checkTypedAnswer(typed, accepted).isCorrect).toBe(false);
	});

	it('when the typing is another option or a listed wrong answer, or a slip of one', () => {
		expect(checkTypedAnswer('Хартленда', ['Хартленд'], ['Хартленда']).isCorrect).toBe(false);
		expect(checkTypedAnswer('Римленда', ['Римленд'], ['Римленды']).isCorrect).toBe(false); // one slip from both
		expect(checkTypedAnswer('Rimlande', ['Rimland'], ['Rimlands']).isCorrect).toBe(false);
		expect(checkTypedAnswer('Heartlnd', ['Heartland'], ['Rimland']).isCorrect).toBe(true);
	});

	it('reports a near miss apart from an exact or folded match', () => {
		expect(checkTypedAnswer('Хартлентің', ['Хартлендтің'])).toEqual({
			isCorrect: true,
			matched: 'Хартлендтің',
			isExact: false,
			isNearMiss: true
		});
		expect(checkTypedAnswer('Хартлендтін', ['Хартлендтің'])).toEqual({
			isCorrect: true,
			matched: 'Хартлендтің',
			isExact: false,
			isNearMiss: false
		});
	});
});

describe('editDistance / isNearMiss', () => {
	it.each([
		['', '', 0],
		['abc', 'abc', 0],
		['abc', 'acb', 1], // a swap is one edit
		['abcd', 'acbd', 1],
		['ca', 'abc', 3], // the optimal-alignment form: no edit of a swapped pair
		['kitten', 'sitting', 3],
		['хартлентің', 'хартлендтің', 1]
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	it('counts Russian-keyboard neighbours as the same letter only when asked', () => {
		expect(isNearMiss('хартлентин', 'хартлендтің')).toBe(true);
		expect(editDistance('хартлентин', 'хартлендтің')).toBe(3);
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
