import { describe, expect, it } from 'vitest';
import { findNumbers, parseWrittenNumber } from '$lib/domain/draft/numbers';
import type { TextLanguage } from '$lib/domain/draft/language';

/** kind:value[as written with its unit] for each number found. */
const found = (text: string, language: TextLanguage) =>
	findNumbers(text, language).map((n) => `${n.kind}:${n.value}[${text.slice(n.spanStart, n.spanEnd)}]`);

describe('findNumbers', () => {
	it.each<[string, TextLanguage, string[]]>([
		['Қорға 120 млн еуро бөлінді', 'kk', ['amount:120[120 млн еуро]']],
		['Оның 25 пайызы жобаларға жұмсалды', 'kk', ['percent:25[25 пайызы]']],
		['Форум 1997 жылы құрылды', 'kk', ['year:1997[1997]']],
		['Инвестиция 107,4 млрд долларға жетті', 'kk', ['amount:107.4[107,4 млрд долларға]']],
		['2020-жылдын 1-мартынан тартып күчүнө кирген', 'ky', ['year:2020[2020-жылдын]']],
		[
			'жалпы көлөмү 54,8 млрд. еврого ээ болгон, бул 5,5% жогору. [8]',
			'ky',
			['amount:54.8[54,8 млрд. еврого]', 'percent:5.5[5,5%]']
		],
		[
			'trade was $368m in 1992 and about $13.8bn in 2007.',
			'en',
			['amount:368[$368m]', 'year:1992[1992]', 'amount:13.8[$13.8bn]', 'year:2007[2007]']
		],
		['there were 1,355 enterprises in the country', 'en', ['count:1355[1,355]']],
		['Соглашение предусматривало сотрудничество в 27 областях', 'ru', ['count:27[27]']],
		['аренада бес жаңа мемлекет пайда болды', 'kk', ['count:5[бес]']]
	])('%s', (text, language, expected) => {
		expect(found(text, language)).toEqual(expected);
	});

	it('leaves out references, list marks, ordinals, days of dates and page numbers', () => {
		expect(found('4. НАТО 16-шы кездесуін (Cornell, Starr, 2019) өткізді [8].', 'kk')).toEqual([]);
		expect(found('signed on 6 July in the 21st century [7, p 126]', 'en')).toEqual([]);
	});

	it('marks the ends of a range, so a false statement never swaps them', () => {
		expect(findNumbers('1992-2000 жылдар аралығында', 'kk').map((n) => [n.value, n.isBound])).toEqual([
			[1992, true],
			[2000, true]
		]);
	});
});

describe('parseWrittenNumber', () => {
	it.each<[string, TextLanguage, number | undefined]>([
		['107,4', 'kk', 107.4],
		['1 450', 'ru', 1450],
		['1,355', 'en', 1355],
		['13.8', 'en', 13.8],
		['five', 'en', 5],
		['x', 'en', undefined]
	])('%s in %s is %s', (raw, language, value) => {
		expect(parseWrittenNumber(raw, language)).toBe(value);
	});
});
