import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftQuestions, draftTypes, itemFromBasis, looksGarbled, type Draft } from '$lib/domain/draft/propose';
import { validateDrafts } from '$lib/domain/import/validate-custom';
import { isAnswerInCitation } from '$lib/domain/draft/evaluate';
import { SEEDS_DIR } from '$lib/server/load-banks';
import { STEPPE_FORUM } from '../../../fixtures/steppe-forum';

// Made-up passages about an imaginary forum, in our own words.
const ENGLISH = STEPPE_FORUM.en.join('\n');
const RUSSIAN = [
	'Степной форум (СФ) основан в 1997 году пятью университетами региона.',
	'В 2004 году форум открыл представительство в Брюсселе.',
	'К 2019 году бюджет программы обмена достиг 3,5 млн евро.',
	'Около 40% поездок пришлось на инженеров, а 25% на историков.'
].join('\n');
const KAZAKH = [
	STEPPE_FORUM.kk[0],
	STEPPE_FORUM.kk[1],
	'2019 жылға қарай бағдарламаның бюджеті 3,5 млн еуроға жетті.',
	STEPPE_FORUM.kk[4]
].join('\n');

const byPrompt = (drafts: Draft[], text: string) =>
	drafts.find((d) => 'prompt' in d.item && d.item.prompt.includes(text));
const allValid = (drafts: Draft[], language: 'kk' | 'ru' | 'en') =>
	validateDrafts(
		drafts.map((d) => ({ line: d.source.lines[0], item: { ...d.item } })),
		language,
		0
	);

describe('draftQuestions', () => {
	it('asks each number of an English text with its unit, cited to its paragraph and line', () => {
		const { language, drafts } = draftQuestions(ENGLISH);
		expect(language).toBe('en');
		const budget = byPrompt(drafts, 'its budget reached ___ million euros');
		expect(budget?.item).toMatchObject({ type: 'numeric', answer: 3.5, unit: 'million euros' });
		expect(budget?.source).toEqual({ paragraph: 3, lines: [3, 3] });
		expect(byPrompt(drafts, 'which year goes in the gap? In ___ the forum opened')?.item).toMatchObject({
			answer: 2004
		});
		expect(byPrompt(drafts, 'About ___% of the visits')?.item).toMatchObject({ answer: 40, unit: '%' });
		expect(byPrompt(drafts, 'founded in 1997 by ___ universities')?.item).toMatchObject({ answer: 5 });
	});

	it('makes true/false pairs whose false half swaps in another year of the same text', () => {
		const { drafts } = draftQuestions(ENGLISH);
		const pair = drafts.filter((d) => d.item.type === 'true-false' && d.source.lines[0] === 2);
		expect(pair.map((d) => d.item)).toEqual([
			expect.objectContaining({ statement: 'In 2004 the forum opened an office in Brussels.', answer: true }),
			expect.objectContaining({ statement: 'In 1997 the forum opened an office in Brussels.', answer: false })
		]);
		expect(pair[1]!.swap).toEqual({ from: '2004', to: '1997' });
	});

	it('gaps defined acronyms and names, orders dated events and matches figures of one passage', () => {
		const { drafts } = draftQuestions(ENGLISH);
		expect(drafts.find((d) => d.item.type === 'cloze' && d.item.answers[0] === 'SF')?.item).toMatchObject({
			text: expect.stringContaining('The Steppe Forum (___) was founded')
		});
		expect(drafts.find((d) => d.item.type === 'cloze' && d.item.answers[0] === 'European Commission')).toBeDefined();
		const ordering = drafts.find((d) => d.item.type === 'ordering');
		expect(ordering?.keys).toEqual(['1997', '2004', '2015', '2019']);
		expect(ordering?.item.type === 'ordering' && ordering.item.sequence[0]).toBe(
			'The Steppe Forum (SF) was founded in … by five universities of the region.'
		);

		const matching = draftQuestions(
			'Exports went to three buyers: 30% to Romania, 25% to Austria, 20% to Germany, 10% to Italy.'
		).drafts.find((d) => d.item.type === 'matching');
		expect(matching?.item).toMatchObject({
			pairs: [
				{ left: 'Romania', right: '30%' },
				{ left: 'Austria', right: '25%' },
				{ left: 'Germany', right: '20%' },
				{ left: 'Italy', right: '10%' }
			]
		});
	});

	it.each([
		['ru', RUSSIAN, 'Какой год пропущен, согласно тексту? В ___ году форум открыл представительство в Брюсселе.', 2004],
		['kk', KAZAKH, 'Мәтін бойынша бос орынға қай жыл келеді? Форумның Брюссельдегі кеңсесі ___ жылы ашылды.', 2004]
	] as const)('phrases %s questions in the document’s language', (language, text, prompt, answer) => {
		const result = draftQuestions(text);
		expect(result.language).toBe(language);
		expect(result.drafts.find((d) => d.item.type === 'numeric' && d.item.prompt === prompt)?.item).toMatchObject({
			answer
		});
		expect(allValid(result.drafts, language).ok).toBe(true);
	});

	it('writes amounts’ units in the bank’s language, and leaves out paragraphs in another one', () => {
		const result = draftQuestions(`${RUSSIAN}\n\n${ENGLISH}`, { language: 'ru' });
		expect(byPrompt(result.drafts, 'бюджет программы обмена достиг ___ млн евро')?.item).toMatchObject({
			answer: 3.5,
			unit: 'млн евро'
		});
		expect(result.skippedParagraphs).toBe(5);
		expect(result.drafts.every((d) => d.source.lines[1] <= 4)).toBe(true);
	});

	it('every draft is a valid imported question and its keyed answer is in its cited lines', () => {
		for (const [text, language] of [
			[ENGLISH, 'en'],
			[RUSSIAN, 'ru'],
			[KAZAKH, 'kk']
		] as const) {
			const { drafts } = draftQuestions(text);
			expect(drafts.length).toBeGreaterThan(5);
			expect(allValid(drafts, language)).toMatchObject({ ok: true });
			for (const d of drafts) expect(isAnswerInCitation(d, text, language), d.id).toBe(true);
		}
	});

	it('gives nothing for a text with no facts, and survives empty and odd input', () => {
		expect(draftQuestions('').drafts).toEqual([]);
		expect(draftQuestions('hello there, how are you today my friend').drafts).toEqual([]);
		expect(() => draftQuestions('___ ___\n\n\n(((\n[[[ 1 ]]]\n%%%% 12% 12%')).not.toThrow();
	});

	it('skips passages garbled by a two-column extraction', () => {
		expect(looksGarbled('жылдықекімамырда,15жылғы жұмыстан кейін')).toBe(true);
		expect(looksGarbled('ОдақтыңЕуропалық жаңа Стратегиясы')).toBe(true);
		expect(looksGarbled('Форумның Брюссельдегі кеңсесі 2004 жылы ашылды.')).toBe(false);
	});

	it('turns a numeric draft into a gap, a choice among the text’s other years, a statement or a card', () => {
		const { drafts, language } = draftQuestions(ENGLISH);
		const draft = byPrompt(drafts, 'In ___ the forum opened')!;
		expect(draftTypes(draft, language)).toEqual(['numeric', 'cloze', 'choice', 'true-false', 'flashcard']);
		const choice = itemFromBasis('choice', draft.basis!, language, '');
		expect(choice).toMatchObject({
			type: 'choice',
			options: [
				{ text: '1997', correct: false },
				{ text: '2004', correct: true },
				{ text: '2015', correct: false },
				{ text: '2019', correct: false }
			]
		});
		expect(itemFromBasis('cloze', draft.basis!, language, '')).toMatchObject({
			text: 'In ___ the forum opened an office in Brussels.',
			answers: ['2004']
		});
		const ordering = drafts.find((d) => d.item.type === 'ordering')!;
		expect(draftTypes(ordering, language)).toEqual(['ordering']);
	});
});

// The course document in Kyrgyz (with Russian and English abstracts), where it sits beside the checkout.
const kyrgyz = join(SEEDS_DIR, '002_468896c0866563b2.txt');
describe.runIf(existsSync(kyrgyz))('a Kyrgyz document', () => {
	it('is drafted with the Kazakh templates, every draft valid and cited', () => {
		const text = readFileSync(kyrgyz, 'utf8');
		const result = draftQuestions(text);
		expect(result.detected).toBe('ky');
		expect(result.language).toBe('kk');
		expect(result.drafts.length).toBeGreaterThan(50);
		expect(allValid(result.drafts, 'kk')).toMatchObject({ ok: true });
		expect(result.drafts.every((d) => isAnswerInCitation(d, text, 'kk'))).toBe(true);
		// Its Russian abstract is left out, its English one too.
		expect(result.skippedParagraphs).toBeGreaterThan(0);
	});
});
