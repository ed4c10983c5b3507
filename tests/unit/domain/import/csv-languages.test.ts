import { describe, expect, it } from 'vitest';
import { parseCustomBank } from '$lib/domain/import/parse';
import { checkStoredBank } from '$lib/domain/import/validate-custom';
import { NOW, id, importProblems } from './helpers';

const import_ = (text: string, language: 'kk' | 'ru' | 'en' = 'en') => {
	const result = parseCustomBank(text, { format: 'auto', language, title: 'Trilingual', now: NOW });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.bank;
};

const TRILINGUAL = [
	'type,question_kk,question_ru,question_en,answer_kk,answer_ru,answer_en,wrong_kk,wrong_ru,wrong_en,explanation_en',
	'flashcard,Қазақстанның елордасы?,Столица Казахстана?,Capital of Kazakhstan?,Астана,Астана,Astana,,,,Since 1997',
	'choice,Орталық Азия елі?,Страна Центральной Азии?,A Central Asian country?,Өзбекстан,Узбекистан,Uzbekistan,Грузия|Моңғолия,Грузия|Монголия,Georgia|Mongolia,',
	'true-false,ЕО-да 27 ел бар.,В ЕС 27 стран.,The EU has 27 members.,true,true,true,,,,'
].join('\n');

describe('a CSV in several languages', () => {
	it('keeps each language of each question under one id, the import’s language first', () => {
		const bank = import_(TRILINGUAL, 'kk');
		expect(bank.language).toBe('kk');
		expect(bank.items.map((i) => i.id)).toEqual([id(1), id(2), id(3)]);
		expect(bank.items[0]).toEqual({
			id: id(1),
			type: 'flashcard',
			prompt: 'Қазақстанның елордасы?',
			answer: 'Астана',
			explanation: ''
		});
		expect(Object.keys(bank.translations ?? {}).sort()).toEqual(['en', 'ru']);
		expect(bank.translations?.en?.[0]).toEqual({
			id: id(1),
			type: 'flashcard',
			prompt: 'Capital of Kazakhstan?',
			answer: 'Astana',
			explanation: 'Since 1997'
		});
		expect(bank.translations?.ru?.[1]).toMatchObject({
			id: id(2),
			prompt: 'Страна Центральной Азии?',
			options: [
				{ text: 'Узбекистан', correct: true },
				{ text: 'Грузия', correct: false },
				{ text: 'Монголия', correct: false }
			]
		});
		// What it stores reads back as a bank.
		expect(checkStoredBank(bank)).toEqual(bank);
	});

	it('takes the first language it has when the import’s is not among them', () => {
		const bank = import_('question_ru,answer_ru,question_en,answer_en\nСтолица?,Астана,Capital?,Astana', 'kk');
		expect(bank.language).toBe('ru');
		expect(bank.translations?.en?.[0]).toMatchObject({ prompt: 'Capital?', answer: 'Astana' });
	});

	it('lets a column without a language stand in for every language (a shared answer, type, tolerance)', () => {
		const bank = import_(
			'type,question,question_ru,answer,tolerance\nnumeric,How many states?,Сколько государств?,5,0',
			'en'
		);
		expect(bank.items[0]).toMatchObject({ prompt: 'How many states?', answer: 5 });
		expect(bank.translations?.ru?.[0]).toMatchObject({ prompt: 'Сколько государств?', answer: 5 });
	});

	it('stays one language when the file has one', () => {
		const bank = import_('question,answer\nCapital?,Astana');
		expect(bank.translations).toBeUndefined();
		expect(bank.language).toBe('en');
	});

	it('names the language of a text at fault, with its line', () => {
		const problems = importProblems(
			['question_en,question_kk,answer_en,answer_kk', 'Capital?,,Astana,Астана', 'Year?,Жыл?,1991,1991'].join('\n')
		);
		expect(problems).toEqual([
			{ line: 2, language: 'kk', key: 'customBank.error.empty', params: { field: 'question' } }
		]);
	});

	it('refuses a translation that asks another question', () => {
		const problems = importProblems(
			[
				'type,question_en,question_ru,answer_en,answer_ru,wrong_en,wrong_ru',
				'choice,Which?,Какой?,A,А,B|C,Б',
				'true-false,Kazakhstan is in Europe.,Казахстан в Европе.,false,true,,'
			].join('\n')
		);
		expect(problems.map((p) => [p.line, p.language, p.key])).toEqual([
			[2, 'ru', 'customTopicsTeach.error.translationDiffers'],
			[3, 'ru', 'customTopicsTeach.error.translationDiffers']
		]);
	});

	it('refuses a language column it does not know, and a repeated one', () => {
		expect(importProblems('question,answer,question_de\nQ,A,F').map((p) => p.key)).toEqual([
			'customBank.error.unknownColumn'
		]);
		expect(importProblems('question_kk,answer,Question_KK\nQ,A,F').map((p) => p.key)).toEqual([
			'customBank.error.repeatedColumn'
		]);
	});

	it('refuses a stored bank whose translation differs from it', () => {
		const bank = import_(TRILINGUAL, 'en');
		const broken = { ...bank, translations: { ...bank.translations, ru: bank.translations!.ru!.slice(1) } };
		expect(checkStoredBank(broken)).toBeUndefined();
		const own = { ...bank, translations: { en: bank.items } };
		expect(checkStoredBank(own)).toBeUndefined(); // the bank's own language is not a translation
	});
});
