import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, loadTeachStrings, Translator } from '$lib/i18n';
import { describeProblem } from '$lib/components/teach/custom-bank/describe-problem';
import type { Language } from '$lib/domain/language';

const translator = (language: Language) => new Translator(() => language);

beforeAll(() => Promise.all([loadLanguage('kk'), loadLanguage('ru'), loadLanguage('en'), loadTeachStrings()]));

describe('an import problem in words', () => {
	it.each([
		['en', 'Question 3: No answer has a grade of 100 %.'],
		['ru', 'Вопрос 3: Ни один ответ не оценён в 100 %.'],
		['kk', '3-сұрақ: Бірде-бір жауап 100 % деп бағаланбаған.']
	] as const)('names the question of a Moodle XML file in %s', (language, expected) => {
		expect(describeProblem(translator(language), { question: 3, key: 'moodleAnki.error.noFullCredit' })).toBe(expected);
	});

	it('names the line of a text file, and neither for the whole file', () => {
		expect(describeProblem(translator('en'), { line: 4, key: 'customBank.error.noCorrectOption' })).toBe(
			'Line 4: No option is marked right.'
		);
		expect(describeProblem(translator('en'), { key: 'moodleAnki.error.noQuiz' })).toBe(
			'This XML is not a Moodle question file: it has no <quiz> element.'
		);
	});
});
