/**
 * Content rules about teaching rather than form: every item says what it asks (level) and what it
 * is about (tags); each document is asked about beyond recall; a choice's right answer is not
 * habitually first, nor "select all" habitually three of five; one terminology; no item's question
 * shows another's answer.
 */
import { LANGUAGES, type Language } from '../language';
import type { Glossary, Item, LocalizedText, SourceRegistry } from './schema';
import type { BankProblem } from './validate';
import type { TagSummary } from './compile';
import {
	countLevels,
	deepCount,
	deepShare,
	groupBy,
	hasCorrectFirst,
	isChoice,
	isSelectAll,
	isThreeOfFive,
	percent
} from './balance';
import { findBannedUses } from './glossary';
import { findGiveaways } from './giveaway';

interface Entry {
	file: string;
	item: Item;
}

/** Each document's items, across all banks: at least this share must be understand or analyse. */
export const MIN_DEEP_SHARE = 0.3;
/** Per bank: at most this share of choice items may have a right option first. */
export const MAX_CORRECT_FIRST_SHARE = 0.4;
/** Per bank with at least this many "select all" items… */
export const MIN_SELECT_ALL_FOR_SPREAD = 4;
/** …at most this share of them may have exactly 3 right options out of 5. */
export const MAX_THREE_OF_FIVE_SHARE = 0.5;
export const MAX_TAGS = 5;

const REGISTRY_FILE = 'questions/sources.yaml';
const TAGS_FILE = 'questions/tags.yaml';
const bankName = (file: string) => file.replace(/^.*\/|\.ya?ml$/g, '');
const idList = (entries: Entry[]) => entries.map((e) => e.item.id).join(', ');

/** Every item has a level and 1–5 tags. */
function lintLabels(entries: Entry[]): BankProblem[] {
	return entries.flatMap(({ file, item }) => [
		...(item.level
			? []
			: [{ file, itemId: item.id, field: 'level', message: 'is missing: recall, understand or analyse' }]),
		...(item.tags?.length
			? []
			: [{ file, itemId: item.id, field: 'tags', message: `must list 1 to ${MAX_TAGS} tags from ${TAGS_FILE}` }])
	]);
}

/** Per document (across banks), enough items ask to understand or analyse. */
function lintDepth(entries: Entry[]): BankProblem[] {
	const problems: BankProblem[] = [];
	for (const [doc, cited] of [...groupBy(entries, (e) => e.item.source.doc)].sort(([a], [b]) => a.localeCompare(b))) {
		const counts = countLevels(cited.map((e) => e.item));
		if (deepShare(counts) >= MIN_DEEP_SHARE) continue;
		const needed = Math.ceil(MIN_DEEP_SHARE * counts.total) - deepCount(counts);
		const byBank = [...groupBy(cited, (e) => e.file)]
			.map(([file, own]) => `${bankName(file)} ${deepCount(countLevels(own.map((e) => e.item)))} of ${own.length}`)
			.join(', ');
		problems.push({
			file: REGISTRY_FILE,
			field: doc,
			message:
				`${deepCount(counts)} of the ${counts.total} items citing it (${percent(deepShare(counts))}) ask to understand or analyse; ` +
				`at least ${percent(MIN_DEEP_SHARE)} must (${needed} more). By bank: ${byBank}`
		});
	}
	return problems;
}

/** Per bank, right options are not habitually first, nor "select all" habitually three of five. */
function lintChoiceSpread(entries: Entry[]): BankProblem[] {
	const problems: BankProblem[] = [];
	for (const [file, own] of groupBy(entries, (e) => e.file)) {
		const choices = own.filter((e) => isChoice(e.item));
		const first = choices.filter((e) => isChoice(e.item) && hasCorrectFirst(e.item));
		if (first.length > MAX_CORRECT_FIRST_SHARE * choices.length) {
			problems.push({
				file,
				field: 'items',
				message:
					`${first.length} of ${choices.length} choice items (${percent(first.length / choices.length)}) have a right option first; ` +
					`at most ${percent(MAX_CORRECT_FIRST_SHARE)} may (${Math.floor(MAX_CORRECT_FIRST_SHARE * choices.length)}): ${idList(first)}`
			});
		}
		const selectAll = own.filter((e) => isSelectAll(e.item));
		const threeOfFive = selectAll.filter((e) => isSelectAll(e.item) && isThreeOfFive(e.item));
		if (
			selectAll.length >= MIN_SELECT_ALL_FOR_SPREAD &&
			threeOfFive.length > MAX_THREE_OF_FIVE_SHARE * selectAll.length
		) {
			problems.push({
				file,
				field: 'items',
				message:
					`${threeOfFive.length} of ${selectAll.length} "select all" items have exactly 3 right options out of 5; ` +
					`at most half may (${Math.floor(MAX_THREE_OF_FIVE_SHARE * selectAll.length)}): ${idList(threeOfFive)}`
			});
		}
	}
	return problems;
}

/** Each language's texts of an item for the glossary: its own texts, cloze answers and source note. */
function glossaryTexts(
	item: Item,
	texts: { field: string; text: LocalizedText }[]
): { field: string; language: Language; text: string }[] {
	const out = texts.flatMap(({ field, text }) =>
		LANGUAGES.map((language) => ({ field: `${field}.${language}`, language, text: text[language] }))
	);
	if (item.type === 'cloze') {
		for (const language of LANGUAGES) {
			item.answers[language].forEach((text, i) => out.push({ field: `answers.${language}[${i + 1}]`, language, text }));
		}
	}
	return out;
}

function bannedProblems(
	glossary: Glossary,
	where: Omit<BankProblem, 'field' | 'message'>,
	texts: { field: string; language: Language; text: string }[]
): BankProblem[] {
	return texts.flatMap(({ field, language, text }) =>
		findBannedUses(text, language, glossary).map(({ variant, preferred }) => ({
			...where,
			field,
			message: `uses "${variant}"; write "${preferred}" (questions/glossary.yaml)`
		}))
	);
}

/** No banned variant in any text, including document titles, section titles and tag labels students see. */
export function lintGlossary(
	entries: Entry[],
	textsOf: (item: Item) => { field: string; text: LocalizedText }[],
	glossary: Glossary,
	sources: SourceRegistry,
	tags: TagSummary[]
): BankProblem[] {
	const each = (field: string, text: LocalizedText) =>
		LANGUAGES.map((language) => ({ field: `${field}.${language}`, language, text: text[language] }));
	return [
		...entries.flatMap(({ file, item }) =>
			bannedProblems(glossary, { file, itemId: item.id }, glossaryTexts(item, textsOf(item)))
		),
		...bannedProblems(
			glossary,
			{ file: REGISTRY_FILE },
			Object.entries(sources).flatMap(([doc, { title, sections }]) => [
				...each(`${doc}.title`, title),
				...(sections ?? []).flatMap((s, i) => each(`${doc}.sections[${i + 1}].title`, s.title))
			])
		),
		...bannedProblems(
			glossary,
			{ file: TAGS_FILE },
			tags.flatMap((t) => each(t.id, t.label))
		)
	];
}

/** An item whose question shows the answer of another item on overlapping lines. */
function lintGiveaways(entries: Entry[]): BankProblem[] {
	return findGiveaways(entries).map(({ asked, showing, field, found }) => {
		const answers = [...new Set(Object.values(found))].map((a) => `"${a}"`).join(' / ');
		return {
			file: showing.file,
			itemId: showing.item.id,
			field,
			message: `shows ${answers} (${Object.keys(found).join(', ')}), the answer of "${asked.item.id}" (${asked.file}), which cites overlapping lines`
		};
	});
}

export interface TeachingInput {
	items: Entry[];
	/** The item's texts with their fields, as the other content rules read them. */
	textsOf: (item: Item) => { field: string; text: LocalizedText }[];
	glossary?: Glossary;
	sources?: SourceRegistry;
	tags?: TagSummary[];
}

/** Every teaching problem in the banks. */
export function lintTeaching({ items, textsOf, glossary = [], sources = {}, tags = [] }: TeachingInput): BankProblem[] {
	return [
		...lintLabels(items),
		...lintDepth(items),
		...lintChoiceSpread(items),
		...lintGlossary(items, textsOf, glossary, sources, tags),
		...lintGiveaways(items)
	];
}
