import { describe, expect, it } from 'vitest';
import { toCustomCsv } from '$lib/domain/import/csv';
import { parseNumberText, parseTruth } from '$lib/domain/import/csv-cells';
import { id, importItems, importProblems, lineKeys } from './helpers';

const HEADER = 'type,question,answer,wrong,explanation,tolerance,unit';

describe('CSV with a header row', () => {
	it('reads every type of question', () => {
		const items = importItems(
			[
				HEADER,
				'flashcard,Capital of Kazakhstan?,Astana,,Since 1997',
				'choice,Which are in Central Asia?,Kazakhstan|Uzbekistan,Georgia|Mongolia',
				'true-false,The first strategy dates from 2007.,true',
				'cloze,Independent since ___.,1991|in 1991',
				'numeric,How many countries?,5,,,0.5,countries',
				'ordering,Earliest first,1991|1997|2019',
				'matching,Capitals,Kazakhstan -> Astana|Kyrgyzstan → Bishkek'
			].join('\n')
		);
		expect(items).toEqual([
			{ id: id(1), type: 'flashcard', prompt: 'Capital of Kazakhstan?', answer: 'Astana', explanation: 'Since 1997' },
			{
				id: id(2),
				type: 'choice',
				prompt: 'Which are in Central Asia?',
				options: [
					{ text: 'Kazakhstan', correct: true },
					{ text: 'Uzbekistan', correct: true },
					{ text: 'Georgia', correct: false },
					{ text: 'Mongolia', correct: false }
				],
				explanation: ''
			},
			{
				id: id(3),
				type: 'true-false',
				statement: 'The first strategy dates from 2007.',
				answer: true,
				explanation: ''
			},
			{ id: id(4), type: 'cloze', text: 'Independent since ___.', answers: ['1991', 'in 1991'], explanation: '' },
			{
				id: id(5),
				type: 'numeric',
				prompt: 'How many countries?',
				answer: 5,
				tolerance: 0.5,
				unit: 'countries',
				explanation: ''
			},
			{ id: id(6), type: 'ordering', prompt: 'Earliest first', sequence: ['1991', '1997', '2019'], explanation: '' },
			{
				id: id(7),
				type: 'matching',
				prompt: 'Capitals',
				pairs: [
					{ left: 'Kazakhstan', right: 'Astana' },
					{ left: 'Kyrgyzstan', right: 'Bishkek' }
				],
				explanation: ''
			}
		]);
	});

	it('takes columns in any order and case, only question and answer being required', () => {
		const items = importItems('Answer;QUESTION\nAstana;Capital?\n');
		expect(items).toEqual([{ id: id(1), type: 'flashcard', prompt: 'Capital?', answer: 'Astana', explanation: '' }]);
	});

	it('reads a quoted field over several lines and counts physical lines after it', () => {
		const problems = importProblems(
			`${HEADER}\nflashcard,"First line\nsecond line\nthird line",answer\nchoice,Q,a,a\n`
		);
		expect(lineKeys(problems)).toEqual([[5, 'error.repeatedOption']]);
	});

	it('keeps a quoted field’s line breaks and doubled quotes', () => {
		const [item] = importItems(`${HEADER}\nflashcard,"Say ""hello""\nand go",Bye\n`);
		expect(item).toMatchObject({ prompt: 'Say "hello"\nand go', answer: 'Bye' });
	});

	it.each([
		['a BOM and CRLF', `\uFEFF${HEADER}\r\nflashcard,Q1,A1\r\nflashcard,Q2,A2\r\n`],
		['semicolons', `${HEADER.replaceAll(',', ';')}\nflashcard;Q1;A1\nflashcard;Q2;A2\n`],
		['tabs', `${HEADER.replaceAll(',', '\t')}\nflashcard\tQ1\tA1\nflashcard\tQ2\tA2\n`],
		['blank lines between rows', `${HEADER}\n\nflashcard,Q1,A1\n   \nflashcard,Q2,A2\n\n`],
		['a lone CR as line break', `${HEADER}\rflashcard,Q1,A1\rflashcard,Q2,A2`]
	])('reads %s', (_, text) => {
		expect(importItems(text).map((i) => i.type === 'flashcard' && [i.prompt, i.answer])).toEqual([
			['Q1', 'A1'],
			['Q2', 'A2']
		]);
	});

	it('reads Kazakh and Russian text, with true and false in those languages', () => {
		const items = importItems(
			[
				'type;question;answer;wrong',
				'true-false;Астана — Қазақстанның елордасы.;ақиқат',
				'true-false;Бішкек — Өзбекстанның астанасы.;Жалған',
				'true-false;Стратегия ЕС принята в 2007 году.;Верно',
				'true-false;Ташкент — столица Киргизии.;ЛОЖЬ',
				'choice;Қай ел Орталық Азияда?;Қазақстан;Грузия|Моңғолия',
				'cloze;Қазақстан ___ жылы тәуелсіздік алды.;1991'
			].join('\n'),
			{ language: 'kk' }
		);
		expect(items.map((i) => (i.type === 'true-false' ? i.answer : i.type))).toEqual([
			true,
			false,
			true,
			false,
			'choice',
			'cloze'
		]);
		expect(items[0]).toMatchObject({ statement: 'Астана — Қазақстанның елордасы.' });
	});

	it('takes `\\|` as a bar inside a list and `\\->` as an arrow inside a left side', () => {
		const items = importItems(`${HEADER}\nchoice,Q,a\\|b,c|d\nmatching,M,x \\-> y -> 1|z -> 2\n`);
		expect(items[0]).toMatchObject({ options: [{ text: 'a|b' }, { text: 'c' }, { text: 'd' }] });
		expect(items[1]).toMatchObject({
			pairs: [
				{ left: 'x -> y', right: '1' },
				{ left: 'z', right: '2' }
			]
		});
	});

	it('reads numbers as people write them', () => {
		expect(['1991', '-3.5', '3,5', '10 000', '1e3', '+2', '−4'].map(parseNumberText)).toEqual([
			1991, -3.5, 3.5, 10000, 1000, 2, -4
		]);
		expect(['', 'abc', '1,2,3', '1.2.3', '12a', 'Infinity', '0x10'].map(parseNumberText).every(Number.isNaN)).toBe(
			true
		);
		expect(['TRUE', 'ИСТИНА', 'дұрыс', 'no', 'Ложь', 'maybe'].map(parseTruth)).toEqual([
			true,
			true,
			true,
			false,
			false,
			undefined
		]);
	});

	it('normalises a long run of underscores to the one gap', () => {
		expect(importItems(`${HEADER}\ncloze,Independent since ______.,1991\n`)[0]).toMatchObject({
			text: 'Independent since ___.'
		});
	});
});

describe('CSV problems, each with its line', () => {
	it.each([
		['an unknown type', 'quiz,Q,A', 'error.unknownType'],
		['a choice without a right option', 'choice,Q,,a|b', 'error.noCorrectOption'],
		['a choice of one option', 'choice,Q,a,', 'error.count.option'],
		['a choice whose options are all right', 'choice,Q,a|b|c,', 'error.noWrongOption'],
		['a repeated option (any case)', 'choice,Q,Astana,astana|Almaty', 'error.repeatedOption'],
		['too many options', 'choice,Q,a,b|c|d|e|f|g|h|i', 'error.count.option'],
		['a true-false answer that is neither', 'true-false,S,perhaps', 'error.notTrueFalse'],
		['a cloze without a gap', 'cloze,No gap here,x', 'error.gapCount'],
		['a cloze with two gaps', 'cloze,___ and ___,x', 'error.gapCount'],
		['a cloze without an answer', 'cloze,A ___ gap,', 'error.count.answer'],
		['a numeric answer that is no number', 'numeric,How many?,many', 'error.notANumber'],
		['a bad tolerance', 'numeric,How many?,5,,,some', 'error.notANumber'],
		['a negative tolerance', 'numeric,How many?,5,,,-1', 'error.negativeTolerance'],
		['a wrong option on a flashcard', 'flashcard,Q,A,B', 'error.unusedCell'],
		['a unit on a cloze', 'cloze,A ___,x,,,,kg', 'error.unusedCell'],
		['an ordering of one element', 'ordering,Order,a', 'error.count.element'],
		['a repeated element', 'ordering,Order,a|b|A', 'error.repeatedElement'],
		['a matching piece without arrow', 'matching,Match,a -> 1|b 2', 'error.badPair'],
		['a repeated left side', 'matching,Match,a -> 1|a -> 2', 'error.repeatedLeft'],
		['a repeated right side', 'matching,Match,a -> 1|b -> 1', 'error.repeatedRight'],
		['an empty question', 'flashcard,  ,A', 'error.empty'],
		['an empty answer', 'flashcard,Q,', 'error.empty'],
		['a question that is too long', `flashcard,${'x'.repeat(1001)},A`, 'error.tooLong'],
		['a value beyond the header', 'flashcard,Q,A,,,,,extra', 'error.cellWithoutColumn']
	])('%s', (_, row, key) => {
		const problems = importProblems(`${HEADER}\nflashcard,Fine,Fine\n\n${row}\nflashcard,Also fine,Yes\n`);
		expect(lineKeys(problems)).toEqual([[4, key]]);
	});

	it('names the field and its limit', () => {
		expect(importProblems(`${HEADER}\nflashcard,Q,\n`)).toEqual([
			{ line: 2, key: 'customBank.error.empty', params: { field: 'answer' } }
		]);
		expect(importProblems(`${HEADER}\nchoice,Q,a,${'b|'.repeat(8)}\n`)[0]).toEqual({
			line: 2,
			key: 'customBank.error.count.option',
			params: { min: 2, max: 8, count: 9 }
		});
	});

	it('lists every problem of every line, in line order', () => {
		const problems = importProblems(`${HEADER}\nchoice,Q,,\ntrue-false,S,x\nnumeric,N,y,,,z\n`);
		expect(lineKeys(problems)).toEqual([
			[2, 'error.count.option'],
			[3, 'error.notTrueFalse'],
			[4, 'error.notANumber'],
			[4, 'error.notANumber']
		]);
	});

	it.each([
		['an unknown column', 'type,question,answer,hint\n', [[1, 'error.unknownColumn']]],
		['a repeated column', 'question,answer,Answer\n', [[1, 'error.repeatedColumn']]],
		['a missing answer column', 'type,question\nflashcard,Q\n', [[1, 'error.missingColumn']]]
	])('refuses a header with %s', (_, text, expected) => {
		expect(lineKeys(importProblems(text))).toEqual(expected);
	});

	it('points to the line where an unclosed quote starts', () => {
		expect(lineKeys(importProblems(`${HEADER}\nflashcard,Q,A\nflashcard,"Q2,A2\nflashcard,Q3,A3\n`))).toEqual([
			[3, 'error.unclosedQuote']
		]);
	});

	it('points to a misplaced quote', () => {
		expect(lineKeys(importProblems(`${HEADER}\nflashcard,Q,A\nflashcard,"Q2"x,A2\n`))).toEqual([[3, 'error.badQuote']]);
	});
});

describe('CSV without a header', () => {
	it('reads two columns (front, back) as flashcards, as Anki and Quizlet export', () => {
		expect(importItems('Astana\tCapital of Kazakhstan\nBishkek\tCapital of Kyrgyzstan\n')).toEqual([
			{ id: id(1), type: 'flashcard', prompt: 'Astana', answer: 'Capital of Kazakhstan', explanation: '' },
			{ id: id(2), type: 'flashcard', prompt: 'Bishkek', answer: 'Capital of Kyrgyzstan', explanation: '' }
		]);
		expect(importItems('"Astana, the capital";"Since 1997"\n').map((i) => i.type === 'flashcard' && i.answer)).toEqual([
			'Since 1997'
		]);
	});

	it('understands Anki’s header lines: separator, HTML, a tags column', () => {
		const items = importItems(
			'#separator:tab\n#html:true\n#tags column:3\n<b>Astana</b>\tCapital&nbsp;city<br>of KZ\tgeo\n'
		);
		expect(items).toEqual([
			{ id: id(1), type: 'flashcard', prompt: 'Astana', answer: 'Capital city\nof KZ', explanation: '' }
		]);
	});

	it('refuses a line that does not have two columns, with its line', () => {
		expect(lineKeys(importProblems('a,b\nc,d\nonly one\ne,f\n', { format: 'csv' }))).toEqual([[3, 'error.twoColumns']]);
		expect(lineKeys(importProblems('#separator:comma\na,b\nc,d,e\n'))).toEqual([[3, 'error.twoColumns']]);
	});
});

describe('toCustomCsv', () => {
	it('writes the header and one row per item, lists escaped', () => {
		const csv = toCustomCsv([
			{
				id: 'x',
				type: 'choice',
				prompt: 'Q, with comma',
				options: [
					{ text: 'a|b', correct: true },
					{ text: 'c', correct: false }
				],
				explanation: ''
			},
			{ id: 'y', type: 'numeric', prompt: 'N', answer: 3.5, tolerance: 0, explanation: 'E' }
		]);
		expect(csv).toBe(`${HEADER}\nchoice,"Q, with comma",a\\|b,c,,,\nnumeric,N,3.5,,E,,\n`);
	});
});
