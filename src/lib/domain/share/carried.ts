/**
 * An instructor's own questions travelling inside an assignment. Students do not have the
 * instructor's banks, so an assignment that uses them carries their text, in every language the
 * bank has, and the student's device keeps it with the assignment. Each carried item is checked as
 * an import is (the one-language schema and its rules), and its languages must ask the same question.
 */
import * as v from 'valibot';
import { LANGUAGES, type Language } from '../language';
import type { LocalizedItem } from '../bank/localize';
import type { CustomBank, CustomItem } from '../import/custom-bank';
import { validateCustomItem } from '../import/validate-custom';
import { bankLanguages, isSameQuestion, itemsIn } from '../import/translations';
import { asLocalizedItem, isCustomItemId } from '../import/custom-topic';
import { MAX_ASSIGNMENT_ITEMS } from './bounds';

/**
 * Bounds on an assignment that carries questions. Its link is offered only while it fits a QR code;
 * its file always holds it. A code past these bounds is refused (`share.error.tooLarge`) before
 * anything is inflated or parsed, so a hostile one cannot freeze the page.
 */
export const CARRIED_LIMITS = {
	/** Carried questions: all of an assignment's at most. */
	items: MAX_ASSIGNMENT_ITEMS,
	/** Characters of the code (deflated JSON in base64url): about 150 kB of compressed text. */
	codeChars: 200_000,
	/** Bytes the code may inflate to: 100 questions of 1000-character texts in three languages, with room. */
	inflatedBytes: 1_500_000,
	/** Characters of an assignment file: its code, a short link and a few readable fields. */
	fileChars: 210_000
} as const;

/**
 * The longest link offered for an assignment: what a QR code holds at most (version 40, level L,
 * byte mode). A longer one is not offered; the file carries the assignment instead.
 */
export const MAX_LINK_CHARS = 2953;

/** An item of each type without its id (Omit over each member of the union). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One question as the assignment carries it: its id and its text in each language it has (at least one). */
export type CarriedItem = { id: string } & Partial<Record<Language, WithoutId<CustomItem>>>;

const withoutId = ({ id, ...rest }: CustomItem): WithoutId<CustomItem> => (void id, rest as WithoutId<CustomItem>);

/** The item's languages, its bank's own first (the order it was carried in), with their ids put back. */
function forms(carried: CarriedItem): [Language, CustomItem][] {
	return (Object.keys(carried) as (keyof CarriedItem)[]).flatMap((key) => {
		const form = key === 'id' ? undefined : carried[key];
		return form ? [[key as Language, { ...form, id: carried.id } as CustomItem] as [Language, CustomItem]] : [];
	});
}

/** Whether each language of a carried item is a valid question and all of them ask the same one. */
function isConsistent(carried: CarriedItem): boolean {
	const [first, ...rest] = forms(carried);
	if (!first) return false;
	return rest.every(([, form]) => isSameQuestion(first[1], form));
}

/** Checks a carried item; undefined when any language is not a valid question or they differ. */
export function checkCarriedItem(value: unknown): CarriedItem | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const { id, ...byLanguage } = value as Record<string, unknown>;
	if (typeof id !== 'string' || !isCustomItemId(id)) return undefined;
	const keys = Object.keys(byLanguage);
	if (keys.length === 0 || !keys.every((k) => (LANGUAGES as readonly string[]).includes(k))) return undefined;
	const carried: CarriedItem = { id };
	for (const language of keys as Language[]) {
		const form = byLanguage[language];
		if (typeof form !== 'object' || form === null || Array.isArray(form)) return undefined;
		const checked = validateCustomItem(form as Record<string, unknown>, id, {}, language);
		if (Array.isArray(checked)) return undefined;
		carried[language] = withoutId(checked);
	}
	return isConsistent(carried) ? carried : undefined;
}

/** A carried item as a schema: checkCarriedItem's verdict, its output normalised as an import's. */
export const CarriedItemSchema = v.pipe(
	v.unknown(),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const carried = checkCarriedItem(dataset.value);
		if (carried) return carried;
		addIssue({ message: 'share.error.invalid' });
		return NEVER;
	})
);

/** The question `itemId` of one of `banks`, as an assignment carries it; undefined when no bank has it. */
export function carryItem(itemId: string, banks: readonly CustomBank[]): CarriedItem | undefined {
	for (const bank of banks) {
		const index = bank.items.findIndex((i) => i.id === itemId);
		if (index < 0) continue;
		const carried: CarriedItem = { id: itemId };
		for (const language of bankLanguages(bank)) {
			const item = itemsIn(bank, language)?.[index];
			if (item) carried[language] = withoutId(item);
		}
		return carried;
	}
	return undefined;
}

/** The languages a carried item has, its own first. */
export const carriedLanguages = (carried: CarriedItem): Language[] => forms(carried).map(([l]) => l);

/** A carried item in `language`, or in its first language when it has none in that one. */
export function localizeCarried(carried: CarriedItem, language: Language): LocalizedItem {
	const all = forms(carried);
	const [, form] = all.find(([l]) => l === language) ?? all[0]!;
	return asLocalizedItem(form);
}
