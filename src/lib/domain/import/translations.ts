/**
 * An imported bank in more than one language: its items in the bank's own language, and the same
 * items in other languages (a CSV with `question_kk`, `question_ru`… columns), in the same order
 * under the same ids. A translation asks the same question: it may word its texts differently and
 * accept other spellings, but never changes what is right.
 */
import { LANGUAGES, type Language } from '../language';
import type { CustomBank, CustomItem } from './custom-bank';

/** The same items in other languages than the bank's own, keyed by language. */
export type CustomTranslations = Partial<Record<Language, CustomItem[]>>;

/** Whether `b` asks what `a` asks: same type, as many options (right in the same places), elements or pairs, the same answer. */
export function isSameQuestion(a: CustomItem, b: CustomItem): boolean {
	if (a.id !== b.id) return false;
	switch (a.type) {
		case 'flashcard':
		case 'cloze':
			return b.type === a.type;
		case 'choice':
			return (
				b.type === 'choice' &&
				b.options.length === a.options.length &&
				a.options.every((o, i) => b.options[i]!.correct === o.correct)
			);
		case 'true-false':
			return b.type === 'true-false' && b.answer === a.answer;
		case 'numeric':
			return b.type === 'numeric' && b.answer === a.answer && b.tolerance === a.tolerance;
		case 'ordering':
			return b.type === 'ordering' && b.sequence.length === a.sequence.length;
		case 'matching':
			return b.type === 'matching' && b.pairs.length === a.pairs.length;
	}
}

/** The languages a bank has its items in, its own first, then in the course's order. */
export function bankLanguages(bank: Pick<CustomBank, 'language' | 'translations'>): Language[] {
	return [bank.language, ...LANGUAGES.filter((l) => l !== bank.language && bank.translations?.[l])];
}

/** The bank's items in `language`, or undefined when it has none in it. */
export function itemsIn(
	bank: Pick<CustomBank, 'language' | 'items' | 'translations'>,
	language: Language
): CustomItem[] | undefined {
	return language === bank.language ? bank.items : bank.translations?.[language];
}

/** Whether a bank's translations (if any) each hold every item, in order, asking the same question. */
export function hasMatchingTranslations(bank: Pick<CustomBank, 'language' | 'items' | 'translations'>): boolean {
	return Object.entries(bank.translations ?? {}).every(
		([language, items]) =>
			language !== bank.language &&
			items.length === bank.items.length &&
			items.every((item, i) => isSameQuestion(bank.items[i]!, item))
	);
}
