import { describe, expect, it } from 'vitest';
import { parseCustomBank } from '$lib/domain/import/parse';
import { getCompiledBanks } from '$lib/server/load-banks';
import { toGift } from '$lib/domain/export/gift';
import { LANGUAGES } from '$lib/domain/language';
import { id, importItems, importProblems, lineKeys, NOW } from './helpers';

const gift = (...questions: string[]) => questions.join('\n\n');

describe('GIFT questions', () => {
	it('maps each kind of question', () => {
		const items = importItems(
			gift(
				'$CATEGORY: $course$/Geography',
				'::Q1:: Capital of Kazakhstan? {=Astana ~Almaty ~Shymkent#It was until 1997 ####Moved in 1997}',
				'Which are in Central Asia? {~%50%Kazakhstan ~%50%Uzbekistan ~%-100%Georgia}',
				'The first EU strategy dates from 2007. {T}',
				'Kazakhstan became independent in {=1991 =%50%1990} after the Soviet collapse.',
				'Capital of Kyrgyzstan? {=Bishkek =Бишкек}',
				'How many countries are in Central Asia? {#5}',
				'Year of the first strategy? {#2007:1}',
				'Year of the second strategy? {#2018..2020}',
				'Match the capitals. {=Kazakhstan -> Astana =Kyrgyzstan -> Bishkek = -> Tashkent}',
				'Capital of Kazakhstan {####Astana — The capital since 1997.}'
			),
			{ format: 'gift' }
		);
		expect(items).toEqual([
			{
				id: id(1),
				type: 'choice',
				prompt: 'Capital of Kazakhstan?',
				options: [
					{ text: 'Astana', correct: true },
					{ text: 'Almaty', correct: false },
					{ text: 'Shymkent', correct: false }
				],
				explanation: 'Moved in 1997'
			},
			{
				id: id(2),
				type: 'choice',
				prompt: 'Which are in Central Asia?',
				options: [
					{ text: 'Kazakhstan', correct: true },
					{ text: 'Uzbekistan', correct: true },
					{ text: 'Georgia', correct: false }
				],
				explanation: ''
			},
			{
				id: id(3),
				type: 'true-false',
				statement: 'The first EU strategy dates from 2007.',
				answer: true,
				explanation: ''
			},
			{
				id: id(4),
				type: 'cloze',
				text: 'Kazakhstan became independent in ___ after the Soviet collapse.',
				answers: ['1991'],
				explanation: ''
			},
			{ id: id(5), type: 'cloze', text: 'Capital of Kyrgyzstan? ___', answers: ['Bishkek', 'Бишкек'], explanation: '' },
			{
				id: id(6),
				type: 'numeric',
				prompt: 'How many countries are in Central Asia?',
				answer: 5,
				tolerance: 0,
				explanation: ''
			},
			{
				id: id(7),
				type: 'numeric',
				prompt: 'Year of the first strategy?',
				answer: 2007,
				tolerance: 1,
				explanation: ''
			},
			{
				id: id(8),
				type: 'numeric',
				prompt: 'Year of the second strategy?',
				answer: 2019,
				tolerance: 1,
				explanation: ''
			},
			{
				id: id(9),
				type: 'matching',
				prompt: 'Match the capitals.',
				pairs: [
					{ left: 'Kazakhstan', right: 'Astana' },
					{ left: 'Kyrgyzstan', right: 'Bishkek' }
				],
				explanation: ''
			},
			{
				id: id(10),
				type: 'flashcard',
				prompt: 'Capital of Kazakhstan',
				answer: 'Astana',
				explanation: 'The capital since 1997.'
			}
		]);
	});

	it('leaves out what has no answer, and partial credit, with a warning on its line', () => {
		const result = parseCustomBank(
			gift(
				'A description without answers.',
				'Write an essay. {}',
				'Capital? {=Astana =%50%Astana city}',
				'Match. {=a -> 1 =b -> 2 = -> 3}'
			),
			{ format: 'gift', language: 'en', title: 'T', now: NOW }
		);
		expect(result.ok && lineKeys(result.warnings)).toEqual([
			[1, 'warning.description'],
			[3, 'warning.essay'],
			[5, 'warning.partialCredit'],
			[7, 'warning.extraMatches']
		]);
	});

	it('makes [html] and [markdown] plain text, never markup', () => {
		const items = importItems(
			gift(
				'[html]<p>Is <b>Astana</b> &amp; <script>alert(1)</script>the &quot;capital&quot;?</p> {T}',
				'[markdown]Is **Astana** the [capital](https\\://example.org)? {T}',
				'Is <i>Almaty</i> the capital? {F}'
			),
			{ format: 'gift' }
		);
		expect(items.map((i) => i.type === 'true-false' && i.statement)).toEqual([
			'Is Astana & the "capital"?',
			'Is Astana the capital?',
			'Is Almaty the capital?'
		]);
	});

	it('reads Kazakh and Russian questions', () => {
		const items = importItems(
			gift('Қазақстанның елордасы — {=Астана}.', 'Столица Кыргызстана? {=Бишкек ~Ош ~Каракол}'),
			{ format: 'gift', language: 'ru' }
		);
		expect(items[0]).toMatchObject({ type: 'cloze', text: 'Қазақстанның елордасы — ___.', answers: ['Астана'] });
		expect(items[1]).toMatchObject({ type: 'choice', prompt: 'Столица Кыргызстана?' });
	});

	it('reports a syntax error on its own line, even inside a question of several lines', () => {
		const text = gift('Q1 {T}', '// a comment\nQ2 {=a ~b}', 'Q3 {\n=a\n~b\n~c', 'Q4 {F}');
		expect(lineKeys(importProblems(text, { format: 'gift' }))).toEqual([[9, 'error.giftUnexpectedEnd']]);
		expect(lineKeys(importProblems('Q1 {T}\n\nQ2 {=a ~b}}\n', { format: 'gift' }))).toEqual([[3, 'error.giftSyntax']]);
	});

	it('gives a validation problem the line its question starts on, after comments', () => {
		const text = gift(
			'Q1 {T}',
			'// about Q2\n// more\nQ2 {=a ~a}',
			'Q3 {~a ~b}',
			'Q4 {=x =%50%y}'.replace('=x', '=%50%x')
		);
		expect(lineKeys(importProblems(text, { format: 'gift' }))).toEqual([
			[5, 'error.repeatedOption'],
			[7, 'error.noCorrectOption'],
			[9, 'error.noCorrectAnswer']
		]);
	});

	it('refuses a blank line inside the braces, as Moodle does', () => {
		expect(lineKeys(importProblems('Q {=a\n\n~b}\n', { format: 'gift' }))).toEqual([
			[1, 'error.giftUnexpectedEnd'],
			[3, 'error.giftSyntax']
		]);
	});
});

describe('our own GIFT export, imported back', () => {
	const banks = getCompiledBanks();
	it.each(LANGUAGES)('every built-in bank in %s comes back whole and valid', (language) => {
		for (const topic of banks.index.topics) {
			const items = banks.topicBanks[language][topic.id]!.items;
			const result = parseCustomBank(toGift([{ topicId: topic.id, items }]), {
				format: 'auto',
				language,
				title: topic.id,
				now: NOW
			});
			if (!result.ok) throw new Error(`${topic.id}: ${JSON.stringify(result.problems.slice(0, 3))}`);
			expect(result.bank.format).toBe('gift');
			expect(result.bank.items.map((i) => i.type)).toEqual(
				items.map((i) => ({ ordering: 'matching', flashcard: 'flashcard' })[i.type as string] ?? i.type)
			);
		}
	});
});
