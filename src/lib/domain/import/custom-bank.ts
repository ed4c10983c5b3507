/**
 * An instructor's own questions, imported from CSV, GIFT or Moodle XML into a bank on this device.
 * The shapes only; parsing is in parse.ts (loaded lazily, it brings the GIFT grammar).
 */
import type { Language } from '../language';
import type { UncitedItem } from '../bank/localize';

/** An imported question: an item in the bank's one language, with no source citation; `explanation` may be ''. */
export type CustomItem = UncitedItem;

export const CUSTOM_BANK_FORMATS = ['csv', 'gift', 'moodle'] as const;
export type CustomBankFormat = (typeof CUSTOM_BANK_FORMATS)[number];
/** Where a stored bank came from: a file in one of those formats, or questions drafted from a document. */
export const CUSTOM_BANK_ORIGINS = [...CUSTOM_BANK_FORMATS, 'draft'] as const;
export type CustomBankOrigin = (typeof CUSTOM_BANK_ORIGINS)[number];

export interface CustomBank {
	id?: number;
	title: string;
	language: Language;
	format: CustomBankOrigin;
	items: CustomItem[];
	/** Epoch ms; also the stem of the item ids (customItemId), so unique among the banks of a device. */
	importedAt: number;
	/** The same items in other languages (translations.ts); absent for a bank in one language. */
	translations?: Partial<Record<Language, CustomItem[]>>;
}

/**
 * Something wrong (or, for warnings, left out) in an imported text, said as an i18n key with its
 * parameters so the interface can translate it (`customBank.error.*`, `customBank.warning.*`).
 * `line` is the physical line of the text (1-based); formats read as a tree (Moodle XML) give the
 * `question` number instead (1-based, categories not counted). Both are absent for problems of the whole file.
 * A `field` parameter names a `customBank.field.*` key, to be translated before interpolation.
 */
export interface ImportProblem {
	line?: number;
	question?: number;
	/** The language of the text at fault, in a bank with several (a CSV's `question_kk` column…). */
	language?: Language;
	key: string;
	params?: Record<string, string | number>;
}

export type ImportResult =
	{ ok: true; bank: Omit<CustomBank, 'id'>; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

/** Bounds on what one import may hold, so a huge or hostile file cannot freeze the page. */
export const IMPORT_LIMITS = {
	/** Characters of text (about 1 MB of Latin text, 2 MB of Cyrillic). */
	textChars: 1_000_000,
	/** Bytes of a chosen file, checked before it is read. */
	fileBytes: 2_000_000,
	questions: 2000,
	titleChars: 100,
	/** Problems listed before the rest are only counted. */
	problemsShown: 100
} as const;
