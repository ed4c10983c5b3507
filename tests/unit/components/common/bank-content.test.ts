// The citation (document and section, lines small) and the source note, rendered as the pages render
// them: on the study card's back, in quiz feedback and in the test review.
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadLanguage } from '$lib/i18n';
import { localize, type LocalizedItem } from '$lib/domain/bank/localize';
import { validateBankFile } from '$lib/domain/bank/validate';
import type { SourceRegistry } from '$lib/domain/bank/schema';
import { LANGUAGES, type Language } from '$lib/domain/language';
import type { TestRun } from '$lib/state/test-run.svelte';
import WithTranslator from './WithTranslator.svelte';
import Citation from '$lib/components/common/Citation.svelte';
import Flashcard from '$lib/components/study/Flashcard.svelte';
import QuizFeedback from '$lib/components/quiz/QuizFeedback.svelte';
import TestResults from '$lib/components/test/TestResults.svelte';

const read = (name: string) => parse(readFileSync(`tests/fixtures/questions/${name}`, 'utf8'));
const sources = read('sources.yaml') as SourceRegistry;
const bank = validateBankFile(read('tiny-topic.yaml'), 'questions/tiny-topic.yaml', sources);
if (!bank.ok) throw new Error('fixture must be valid');
/** The fixture's numeric item: cites line 6 (section "Aid") and has a source note. */
const noted = (language: Language) => localize(bank.value.items[3]!, language);
/** The fixture's flashcard: cites lines 1–2 (section "Introduction"), no source note. */
const plain = (language: Language) => localize(bank.value.items[0]!, language);

beforeAll(() => Promise.all(LANGUAGES.map((language) => loadLanguage(language))));

/** The page text a component renders under a translator, tags removed and spaces collapsed. */
function textOf<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	language: Language = 'en'
): string {
	const { body } = render(WithTranslator as Component<{ language: Language; component: Component<P>; props: P }>, {
		props: { language, component, props }
	});
	return body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const cardBack = (item: LocalizedItem, language: Language = 'en') =>
	textOf(Flashcard, { item, isNew: false, revealed: true, language, sources }, language);

describe('the citation', () => {
	it('names the document and the section its lines fall in, with the lines after it', () => {
		expect(cardBack(noted('en'))).toContain('Source: «A tiny text», section “Aid” line 6');
		expect(cardBack(plain('en'))).toContain('Source: «A tiny text», section “Introduction” lines 1–2');
	});

	it('speaks the interface language around the cards’ titles', () => {
		expect(cardBack(noted('kk'), 'kk')).toContain('Дереккөз: «Шағын мәтін», «Көмек» бөлімі 6-жол');
		expect(cardBack(noted('ru'), 'ru')).toContain('Источник: «Короткий текст», раздел «Помощь» строка 6');
	});

	it('names the first and last section when the lines run across sections', () => {
		const text = textOf(Citation, {
			source: { doc: 'tiny.txt', lines: [4, 8] as [number, number] },
			sources,
			language: 'en' as Language
		});
		expect(text).toBe('Source: «A tiny text», sections “Introduction” to “Aid” lines 4–8');
	});

	it('names only the document when it lists no sections, and the file when the registry lacks it', () => {
		const bare = { 'tiny.txt': { ...sources['tiny.txt']!, sections: undefined } };
		expect(
			textOf(Citation, {
				source: { doc: 'tiny.txt', lines: [6, 6] as [number, number] },
				sources: bare,
				language: 'en' as Language
			})
		).toBe('Source: «A tiny text» line 6');
		expect(
			textOf(Citation, {
				source: { doc: 'other.txt', lines: [2, 3] as [number, number] },
				sources,
				language: 'en' as Language
			})
		).toBe('Source: «other.txt» lines 2–3');
	});
});

describe('the source note', () => {
	it('shows under the explanation on the study card’s back, labelled, in the cards’ language', () => {
		const text = cardBack(noted('ru'), 'en');
		expect(text).toContain('Пояснение. What the document says: В тексте указано 12. Source:');
	});

	it('is absent from an item without one, label and all', () => {
		expect(cardBack(plain('en'))).not.toContain('What the document says');
	});

	it('is not shown before the answer is revealed', () => {
		expect(
			textOf(Flashcard, { item: noted('en'), isNew: false, revealed: false, language: 'en' as Language, sources })
		).not.toContain('The text gives 12.');
	});

	it('shows in quiz feedback', () => {
		const answered = {
			item: noted('en'),
			response: { type: 'numeric' as const, text: '100' },
			verdict: { isCorrect: false },
			grade: 'again' as const,
			durationMs: 4000
		};
		const text = textOf(QuizFeedback, { answered, language: 'en' as Language, sources, onNext: () => {} });
		expect(text).toContain(
			'Explanation. What the document says: The text gives 12. Source: «A tiny text», section “Aid” line 6'
		);
	});

	it('shows in the review of a test (and of an assignment taken as a test)', () => {
		const item = noted('kk');
		const run = {
			attempt: {
				seed: 's',
				topicIds: ['tiny-topic'],
				itemIds: [item.id],
				answers: [{ itemId: item.id, isCorrect: false, response: { type: 'numeric', text: '1' } }]
			},
			score: { correct: 0, total: 1 },
			item: () => item,
			seedFor: () => 's'
		} as unknown as TestRun;
		const text = textOf(TestResults, { run, language: 'kk' as Language, sources }, 'kk');
		expect(text).toContain(
			'Түсіндірме. Құжатта былай делінген: Мәтін 12 деп жазады. Дереккөз: «Шағын мәтін», «Көмек» бөлімі 6-жол'
		);
	});
});
