import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { detectFormat, parseCustomBank } from '$lib/domain/import/parse';
import { toCustomCsv } from '$lib/domain/import/csv';
import { IMPORT_LIMITS } from '$lib/domain/import/custom-bank';
import { COUNT_LIMITS, CustomItemSchema, validateDrafts, type DraftItem } from '$lib/domain/import/validate-custom';
import { getCompiledBanks } from '$lib/server/load-banks';
import { asUncited } from '$lib/domain/bank/localize';
import { LANGUAGES, type Language } from '$lib/domain/language';
import { translate, loadTeachStrings } from '$lib/i18n';
import { importProblems, lineKeys, NOW } from './helpers';

const options = { format: 'auto', language: 'en', title: 'Test', now: NOW } as const;

describe('parseCustomBank', () => {
	it('returns the whole bank with its title, language, format and date', () => {
		const result = parseCustomBank('question,answer\nQ,A\n', {
			...options,
			title: '  My   questions ',
			language: 'kk'
		});
		expect(result).toMatchObject({
			ok: true,
			bank: { title: 'My questions', language: 'kk', format: 'csv', importedAt: NOW },
			warnings: []
		});
	});

	it('imports nothing when one question of many is wrong', () => {
		const rows = Array.from({ length: 50 }, (_, i) => `flashcard,Q${i},A${i}`);
		rows[37] = 'choice,Q37,,x|y';
		expect(lineKeys(importProblems(`type,question,answer,wrong\n${rows.join('\n')}`))).toEqual([
			[39, 'error.noCorrectOption']
		]);
	});

	it.each([
		['no title', { title: '   ' }, 'error.noTitle'],
		['a title too long', { title: 'x'.repeat(IMPORT_LIMITS.titleChars + 1) }, 'error.longTitle']
	])('refuses %s, without a line', (_, extra, key) => {
		expect(lineKeys(importProblems('question,answer\nQ,A\n', extra))).toEqual([[undefined, key]]);
	});

	it('refuses a text with no questions', () => {
		expect(lineKeys(importProblems('type,question,answer\n\n'))).toEqual([[undefined, 'error.noQuestions']]);
		expect(lineKeys(importProblems('   \n'))).toEqual([[undefined, 'error.noQuestions']]);
		expect(lineKeys(importProblems('// only a comment\n', { format: 'gift' }))).toEqual([
			[undefined, 'error.noQuestions']
		]);
	});

	it('refuses a text over the size bound before reading it', () => {
		const text = `question,answer\n${'Q,A\n'.repeat(IMPORT_LIMITS.textChars / 4)}`;
		expect(importProblems(text)).toEqual([
			{ key: 'customBank.error.tooLarge', params: { max: IMPORT_LIMITS.textChars } }
		]);
	});

	it('refuses more questions than the bound, in either format', () => {
		const count = IMPORT_LIMITS.questions + 1;
		expect(lineKeys(importProblems(`question,answer\n${'Q,A\n'.repeat(count)}`))).toEqual([
			[undefined, 'error.tooManyQuestions']
		]);
		expect(lineKeys(importProblems('Q {T}\n\n'.repeat(count)))).toEqual([[undefined, 'error.tooManyQuestions']]);
	});

	it('lists the first problems of a text full of them and counts the rest', () => {
		const problems = importProblems(`type,question,answer\n${'quiz,Q,A\n'.repeat(250)}`);
		expect(problems).toHaveLength(IMPORT_LIMITS.problemsShown + 1);
		expect(problems.at(-1)).toEqual({ key: 'customBank.error.moreProblems', params: { count: 150 } });
	});

	// Bug: detecting the format rescanned every following blank line from each line start (minutes for 1 MB).
	it.each([
		['\n', 'auto'],
		[' \n', 'auto'],
		['{', 'gift'],
		['"', 'csv']
	] as const)('answers a megabyte of %j as %s at once', (unit, format) => {
		const text = unit.repeat(IMPORT_LIMITS.textChars / unit.length - 1);
		expect(parseCustomBank(text, { ...options, format }).ok).toBe(false);
	});

	it('lists the first warnings and counts the rest', () => {
		const result = parseCustomBank(`Q {T}\n\n${'A description.\n\n'.repeat(150)}`, { ...options, format: 'gift' });
		expect(result.ok && result.warnings.at(-1)).toEqual({ key: 'customBank.warning.more', params: { count: 50 } });
	});

	it.each([
		['type,question,answer\nflashcard,Q {x},A', 'csv'],
		['"Question";"Answer"\nQ;A', 'csv'],
		['Capital? {=Astana}', 'gift'],
		['::Title:: Is it? {T}', 'gift'],
		['Astana\tCapital', 'csv']
	])('detects the format of %j as %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
	});
});

// Tokens that matter to the two parsers, to reach their corners more often than random text does.
const TOKENS = [
	'"',
	',',
	';',
	'\t',
	'|',
	'\\',
	'{',
	'}',
	'=',
	'~',
	'#',
	'%',
	':',
	'::',
	'->',
	'___',
	'\n',
	'\r\n',
	' ',
	'\uFEFF',
	'T',
	'F',
	'50',
	'question',
	'answer',
	'wrong',
	'type',
	'choice',
	'cloze',
	'numeric',
	'matching',
	'ordering',
	'true-false',
	'true',
	'1.5',
	'Астана',
	'қ',
	'$CATEGORY:',
	'//',
	'[html]',
	'<b>',
	'&amp;',
	'#separator:tab'
];
const noisyText = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join('')),
	fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((t) => t.join(''))
);

describe('any text at all', () => {
	it('never throws, and gives a valid bank or problems on lines of the text', () => {
		fc.assert(
			fc.property(
				noisyText,
				fc.constantFrom('auto', 'csv', 'gift'),
				fc.constantFrom(...LANGUAGES),
				(text, format, language) => {
					const result = parseCustomBank(text, { ...options, format, language });
					const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
					if (result.ok) {
						expect(result.bank.items.length).toBeGreaterThan(0);
						for (const item of result.bank.items) expect(v.is(CustomItemSchema, item)).toBe(true);
						for (const w of result.warnings) expect(w.line).toBeLessThanOrEqual(lineCount);
					} else {
						expect(result.problems.length).toBeGreaterThan(0);
						for (const p of result.problems) {
							expect(p.key).toMatch(/^customBank\.error\./);
							if (p.line !== undefined)
								expect(p.line >= 1 && p.line <= lineCount, `line ${p.line} of ${lineCount}`).toBe(true);
						}
					}
				}
			),
			{ numRuns: 1500, seed: 20250314 }
		);
	});
});

// Texts with the characters the CSV format has to escape, in the course's three scripts.
const CHARS = [...'aZ9 Әәғқңөұүһі Жж,;"|\\-> →_\n\t#=~{}'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });
const texts = (min: number, max: number) => fc.array(text, { minLength: min, maxLength: max });
const explanation = fc.oneof(fc.constant(''), text);
const rawItem: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
	fc.record({ type: fc.constant('flashcard'), prompt: text, answer: text, explanation }),
	fc.record({ prompt: text, right: texts(1, 3), wrong: texts(1, 3), explanation }).map(({ right, wrong, ...rest }) => ({
		type: 'choice',
		...rest,
		options: [...right.map((t) => ({ text: t, correct: true })), ...wrong.map((t) => ({ text: t, correct: false }))]
	})),
	fc.record({ type: fc.constant('true-false'), statement: text, answer: fc.boolean(), explanation }),
	fc
		.record({ before: text, after: text, answers: texts(1, 3), explanation })
		.map(({ before, after, ...rest }) => ({ type: 'cloze', text: `${before}___${after}`, ...rest })),
	fc.record(
		{
			type: fc.constant('numeric'),
			prompt: text,
			answer: fc.double({ noNaN: true, noDefaultInfinity: true }),
			tolerance: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
			unit: text,
			explanation
		},
		{ requiredKeys: ['type', 'prompt', 'answer', 'explanation'] }
	),
	fc.record({ type: fc.constant('ordering'), prompt: text, sequence: texts(2, 4), explanation }),
	fc.record({
		type: fc.constant('matching'),
		prompt: text,
		pairs: fc.array(fc.record({ left: text, right: text }), { minLength: 2, maxLength: 4 }),
		explanation
	})
);

describe('a valid bank printed as CSV', () => {
	it('parses back to the same items', () => {
		fc.assert(
			fc.property(
				fc.array(rawItem, { minLength: 1, maxLength: 8 }),
				fc.constantFrom<Language>(...LANGUAGES),
				(raws, language) => {
					const drafts: DraftItem[] = raws.map((item, i) => ({ line: i + 1, item }));
					const valid = validateDrafts(drafts, language, NOW);
					fc.pre(valid.ok);
					if (!valid.ok) return;
					const result = parseCustomBank(toCustomCsv(valid.items), { ...options, language, format: 'auto' });
					expect(result.ok ? result.bank.items : result.problems).toEqual(valid.items);
				}
			),
			{ numRuns: 400, seed: 20250314 }
		);
	});

	it('keeps the built-in banks’ questions (without their sources) the same', () => {
		const banks = getCompiledBanks();
		for (const language of LANGUAGES) {
			const items = banks.index.topics.flatMap((t) => banks.topicBanks[language][t.id]!.items);
			// One item schema: a built-in item without the bank-only fields is an imported one (its id is given anew).
			const drafts = items.map((bankItem, i) => {
				const { id: _id, ...item } = asUncited(bankItem);
				return { line: i + 1, item };
			});
			const valid = validateDrafts(drafts, language, NOW);
			if (!valid.ok) throw new Error(JSON.stringify(valid.problems.slice(0, 3)));
			// Right options come first in our CSV: compare with the options in that order.
			const expected = valid.items.map((i) =>
				i.type === 'choice'
					? { ...i, options: [...i.options].sort((a, b) => Number(b.correct) - Number(a.correct)) }
					: i
			);
			const result = parseCustomBank(toCustomCsv(valid.items), { ...options, language });
			expect(result.ok ? result.bank.items : result.problems).toEqual(expected);
		}
	});
});

describe('problem keys', () => {
	it('every key the import can return is translated in kk, ru and en', async () => {
		await loadTeachStrings();
		const sources = ['csv', 'csv-cells', 'gift', 'parse', 'validate-custom']
			.map((f) => readFileSync(`src/lib/domain/import/${f}.ts`, 'utf8'))
			.join('\n');
		const keys = new Set([...sources.matchAll(/'(customBank\.(?:error|warning)\.[\w.]+)'/g)].map((m) => m[1]!));
		for (const field of Object.keys(COUNT_LIMITS)) keys.add(`customBank.error.count.${field}`);
		expect(keys.size).toBeGreaterThan(30);
		for (const key of keys) {
			for (const language of LANGUAGES) {
				expect(translate(language, key, { count: 2 }), `${language}: ${key}`).not.toBe(key);
			}
		}
	});
});
