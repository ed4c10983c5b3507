import { describe, expect, it } from 'vitest';
import { parseCustomBank } from '$lib/domain/import/parse';
import { loadBanks } from '$lib/server/load-banks';
import { toMoodleXml } from '$lib/domain/export/moodle-xml';
import type { UncitedItem } from '$lib/domain/bank/localize';
import { LANGUAGES } from '$lib/domain/language';
import { id, importItems, importProblems, NOW } from './helpers';

const quiz = (...questions: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
/** A question of `type`; the stem and feedback are plain text unless `format` says otherwise. */
const q = (type: string, stem: string, body: string, feedback = '', format = 'plain_text') =>
	`<question type="${type}"><name><text>n</text></name><questiontext format="${format}"><text>${stem}</text></questiontext>` +
	(feedback ? `<generalfeedback format="${format}"><text>${feedback}</text></generalfeedback>` : '') +
	`${body}</question>`;
const answer = (fraction: number | string, text: string, extra = '') =>
	`<answer fraction="${fraction}" format="plain_text"><text>${text}</text>${extra}</answer>`;
const sub = (left: string, right: string) =>
	`<subquestion format="plain_text"><text>${left}</text><answer><text>${right}</text></answer></subquestion>`;

describe('Moodle XML questions', () => {
	it('maps each kind of question', () => {
		const items = importItems(
			quiz(
				'<question type="category"><category><text>$course$/Geography</text></category></question>',
				q(
					'multichoice',
					'Capital of Kazakhstan?',
					`<single>true</single>${answer(100, 'Astana')}${answer(0, 'Almaty')}${answer(0, 'Shymkent')}`,
					'Moved in 1997'
				),
				q(
					'multichoice',
					'Which are in Central Asia?',
					`<single>false</single>${answer(50, 'Kazakhstan')}${answer(50, 'Uzbekistan')}${answer(-100, 'Georgia')}`
				),
				q('truefalse', 'The first EU strategy dates from 2007.', `${answer(0, 'true')}${answer(100, 'false')}`),
				q(
					'shortanswer',
					'Kazakhstan became independent in _____ after the Soviet collapse.',
					`${answer(100, '1991')}${answer(50, '1990')}`
				),
				q('shortanswer', 'Capital of Kyrgyzstan?', `${answer(100, 'Bishkek')}${answer(100, 'Бишкек')}`),
				q(
					'numerical',
					'Length of the border?',
					`${answer(100, '7644', '<tolerance>10</tolerance>')}<units><unit><multiplier>1000</multiplier><unit_name>m</unit_name></unit><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit></units>`
				),
				q(
					'matching',
					'Match the capitals.',
					`${sub('Kazakhstan', 'Astana')}${sub('Kyrgyzstan', 'Bishkek')}${sub('', 'Tashkent')}`
				),
				q('matching', 'Oldest first.', `${sub('2019', '3')}${sub('1991', '1')}${sub('2007', '2')}`),
				q(
					'essay',
					'Why Astana?',
					'<graderinfo format="html"><text>&lt;p&gt;A central place&lt;/p&gt;</text></graderinfo>',
					'A central place — It moved in 1997.'
				),
				q('essay', 'Name the capital.', '', 'Astana'),
				q('essay', 'Discuss.', '')
			)
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
				answer: false,
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
				prompt: 'Length of the border?',
				answer: 7644,
				tolerance: 10,
				unit: 'km',
				explanation: ''
			},
			{
				id: id(7),
				type: 'matching',
				prompt: 'Match the capitals.',
				pairs: [
					{ left: 'Kazakhstan', right: 'Astana' },
					{ left: 'Kyrgyzstan', right: 'Bishkek' }
				],
				explanation: ''
			},
			{ id: id(8), type: 'ordering', prompt: 'Oldest first.', sequence: ['1991', '2007', '2019'], explanation: '' },
			{
				id: id(9),
				type: 'flashcard',
				prompt: 'Why Astana?',
				answer: 'A central place',
				explanation: 'It moved in 1997.'
			},
			{ id: id(10), type: 'flashcard', prompt: 'Name the capital.', answer: 'Astana', explanation: '' }
		]);
	});

	it('lists what it left out, by question number', () => {
		const result = parseCustomBank(
			quiz(
				'<question type="category"><category><text>$course$/A</text></category></question>',
				q(
					'multichoice',
					'Capital?',
					`<single>true</single>${answer(100, 'Astana')}${answer(50, 'Nur-Sultan')}${answer(0, 'Almaty')}`
				),
				q('description', 'Read the text below.', ''),
				q('essay', 'Discuss.', ''),
				q('cloze', 'Capital {1:SHORTANSWER:=Astana}', ''),
				q('matching', 'Match.', `${sub('A', '1')}${sub('B', '2')}${sub('', '3')}`)
			),
			{ format: 'auto', language: 'en', title: 'T', now: NOW }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.bank.format).toBe('moodle');
		expect(result.bank.items.map((i) => i.type)).toEqual(['choice', 'matching']);
		expect(result.bank.items[0]).toMatchObject({
			options: [
				{ text: 'Astana', correct: true },
				{ text: 'Almaty', correct: false }
			]
		});
		expect(result.warnings).toEqual([
			{ question: 1, key: 'customBank.warning.partialCredit', params: { count: 1 } },
			{ question: 2, key: 'moodleAnki.warning.description' },
			{ question: 3, key: 'moodleAnki.warning.essay' },
			{ question: 4, key: 'moodleAnki.warning.unsupported', params: { type: 'cloze' } },
			{ question: 5, key: 'customBank.warning.extraMatches', params: { count: 1 } }
		]);
	});

	it('reduces Moodle’s HTML to plain text, never keeping markup', () => {
		const stem =
			'&lt;p dir="ltr"&gt;What is   the &lt;b&gt;capital&lt;/b&gt;?&lt;br&gt;Pick one.&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;/p&gt;';
		const cdata = '<![CDATA[<p>&laquo;Caf&#233;&raquo; &amp; <i>Co</i> &#1178;</p><style>p{}</style>]]>';
		const [first, second] = importItems(
			quiz(
				q(
					'truefalse',
					stem,
					`${answer(100, 'true')}${answer(0, 'false')}`,
					'&lt;p&gt;Since&amp;nbsp;1997&lt;/p&gt;',
					'html'
				),
				q(
					'essay',
					cdata,
					'<graderinfo format="moodle_auto_format"><text><![CDATA[<ul><li>One</li><li>Two</li></ul>]]></text></graderinfo>',
					'',
					'html'
				)
			)
		);
		expect(first).toMatchObject({ statement: 'What is the capital?\nPick one.', explanation: 'Since 1997' });
		expect(second).toMatchObject({ prompt: '«Café» & Co Қ', answer: 'One\nTwo' });
		expect(JSON.stringify([first, second])).not.toMatch(/[<>]/);
	});

	it('numbers the problems of each question and imports nothing', () => {
		const problems = importProblems(
			quiz(
				q('multichoice', 'Capital?', `${answer(0, 'Astana')}${answer(0, 'Almaty')}`),
				q('truefalse', 'Fine.', `${answer(100, 'true')}${answer(0, 'false')}`),
				q('numerical', 'How many?', answer(100, 'many')),
				q('shortanswer', 'Capital?', answer(50, 'Astana')),
				q('truefalse', '', `${answer(100, 'yes')}${answer(0, 'no')}`),
				q('matching', 'Match.', `${sub('A', 'x')}${sub('A', 'y')}`)
			)
		);
		expect(problems).toEqual([
			{ question: 1, key: 'customBank.error.noCorrectOption' },
			{ question: 3, key: 'customBank.error.notANumber', params: { field: 'answer', value: 'many' } },
			{ question: 4, key: 'moodleAnki.error.noFullCredit' },
			{ question: 5, key: 'moodleAnki.error.trueFalse' },
			{ question: 6, key: 'customBank.error.repeatedLeft', params: { value: 'A' } }
		]);
	});

	it.each([
		['a tag left open', '<quiz>\n<question type="truefalse">\n</quiz>', { line: 3, key: 'moodleAnki.error.notXml' }],
		['not XML at all', '<?xml version="1.0"?>\nCapital? {=Astana}', { line: 2, key: 'moodleAnki.error.notXml' }],
		[
			'another root',
			'<?xml version="1.0"?>\n<questions><question type="truefalse"/></questions>',
			{ key: 'moodleAnki.error.noQuiz' }
		],
		[
			'a DOCTYPE',
			'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>',
			{ key: 'moodleAnki.error.doctype' }
		],
		[
			'no questions',
			'<quiz>\n<question type="category"><category><text>x</text></category></question>\n</quiz>',
			{ key: 'customBank.error.noQuestions' }
		]
	])('refuses a file with %s', (_, text, problem) => {
		expect(importProblems(text)).toEqual([problem]);
	});

	it('takes the format from the file', () => {
		const text = quiz(q('truefalse', 'Fine.', `${answer(100, 'true')}${answer(0, 'false')}`));
		expect(importItems(text, { format: 'moodle' })).toHaveLength(1);
		expect(importItems(text.replace('<?xml version="1.0" encoding="UTF-8"?>\n', '\n  '))).toHaveLength(1);
		expect(
			importItems(text.replace('<?xml version="1.0" encoding="UTF-8"?>\n', '<!-- from Moodle -->\n'))
		).toHaveLength(1);
	});
});

/** What a learner must give to be right: the item's answer, whatever its wording around it. */
function keyOf(item: UncitedItem): unknown {
	switch (item.type) {
		case 'flashcard':
		case 'true-false':
			return item.answer;
		case 'choice':
			return item.options;
		case 'cloze':
			return [item.text, item.answers];
		case 'numeric':
			return [item.answer, item.tolerance];
		case 'ordering':
			return item.sequence;
		case 'matching':
			return item.pairs;
	}
}

describe('every built-in bank exported as Moodle XML', () => {
	const compiled = loadBanks();
	if (!compiled.ok) throw new Error('the banks do not compile');
	const { index, topicBanks } = compiled.value;
	it.each(LANGUAGES.filter((l) => l !== 'ru'))('imports back in %s with the same items and keys', (language) => {
		let total = 0;
		for (const topic of index.topics) {
			const items = topicBanks[language][topic.id]!.items;
			const result = parseCustomBank(toMoodleXml([{ topicId: topic.id, items }]), {
				format: 'auto',
				language,
				title: topic.id,
				now: NOW
			});
			if (!result.ok) throw new Error(`${topic.id}: ${JSON.stringify(result.problems.slice(0, 3))}`);
			expect(result.bank.format).toBe('moodle');
			expect(result.warnings).toEqual([]);
			expect(
				result.bank.items.map((i) => i.type),
				topic.id
			).toEqual(items.map((i) => i.type));
			expect(result.bank.items.map(keyOf), topic.id).toEqual(items.map(keyOf));
			expect(
				result.bank.items.map((i) => i.explanation),
				topic.id
			).toEqual(items.map((i) => i.explanation));
			total += items.length;
		}
		expect(total).toBe(index.topics.reduce((sum, t) => sum + t.itemIds.length, 0));
	});
});
