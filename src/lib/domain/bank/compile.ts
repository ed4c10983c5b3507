/**
 * Turns validated bank files into what the app serves: one index of topics and sources, and one
 * file per content language and topic (a phone downloads only the language it studies in).
 */
import { LANGUAGES, type Language } from '../language';
import { localize, type LocalizedItem } from './localize';
import { CUSTOM_ID_PREFIX } from '../import/custom-topic';
import type { Glossary, Item, LocalizedText, SourceDoc, TagVocabulary } from './schema';
import {
	validateBankFile,
	validateGlossary,
	validateRegistry,
	validateTags,
	type BankProblem,
	type Validated
} from './validate';

export interface TopicSummary {
	id: string;
	order: number;
	title: LocalizedText;
	summary: LocalizedText;
	itemIds: string[];
}

/** A tag items may carry (`questions/tags.yaml`), in the file's order, for filtering by tag. */
export interface TagSummary {
	id: string;
	label: LocalizedText;
}

export interface BankIndex {
	/** Changes whenever any bank content changes. */
	version: string;
	sources: Record<string, SourceDoc>;
	topics: TopicSummary[];
	tags: TagSummary[];
}

export interface TopicBank {
	topicId: string;
	language: Language;
	items: LocalizedItem[];
}

export interface AuthoredItem {
	file: string;
	item: Item;
}

export interface CompiledBanks {
	index: BankIndex;
	/** Every item as written, with all three languages, in file order (for linting and reports). */
	items: AuthoredItem[];
	/** `topicBanks[language][topicId]` */
	topicBanks: Record<Language, Record<string, TopicBank>>;
	/** The terminology the content rules hold every text to (not served). */
	glossary: Glossary;
}

export interface BankSourceFile {
	/** Path as the author sees it, e.g. `questions/eu-aid-programmes.yaml`. */
	file: string;
	/** The parsed YAML. */
	data: unknown;
}

export type CompileResult = { ok: true; value: CompiledBanks } | { ok: false; problems: BankProblem[] };

/** 32-bit FNV-1a of a string, as 8 hex digits: a content version, not a security hash. */
export function hashText(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The vocabulary files beside the banks (`questions/tags.yaml`, `questions/glossary.yaml`). */
export interface BankVocabularyFiles {
	/** Without it no item may carry a tag. */
	tags?: BankSourceFile;
	/** Without it no variant is banned. */
	glossary?: BankSourceFile;
}

/** Validates every bank, the registry, the tags and the glossary; compiles only when all of them are valid. */
export function compileBanks(
	files: BankSourceFile[],
	registryFile: BankSourceFile,
	vocabularyFiles: BankVocabularyFiles = {}
): CompileResult {
	const { tags: tagsFile, glossary: glossaryFile } = vocabularyFiles;
	const registry = validateRegistry(registryFile.data, registryFile.file);
	const vocabulary: Validated<TagVocabulary> = tagsFile
		? validateTags(tagsFile.data, tagsFile.file)
		: { ok: true, value: {} };
	const glossary: Validated<Glossary> = glossaryFile
		? validateGlossary(glossaryFile.data, glossaryFile.file)
		: { ok: true, value: [] };
	const contextProblems = [registry, vocabulary, glossary].flatMap((r) => (r.ok ? [] : r.problems));
	if (!registry.ok || !vocabulary.ok || !glossary.ok) return { ok: false, problems: contextProblems };
	const tags: TagSummary[] = Object.entries(vocabulary.value).map(([id, label]) => ({ id, label }));
	const tagIds = new Set(tags.map((t) => t.id));

	const problems: BankProblem[] = [];
	const topics: TopicSummary[] = [];
	const topicBanks = Object.fromEntries(LANGUAGES.map((l) => [l, {}])) as CompiledBanks['topicBanks'];
	const idOwners = new Map<string, string>();
	const authored: AuthoredItem[] = [];

	for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const result = validateBankFile(data, file, registry.value, tagIds);
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		const { topic, items } = result.value;
		// Instructors' own banks on a device use these ids (import/custom-topic.ts).
		if (topic.id.startsWith(CUSTOM_ID_PREFIX))
			problems.push({ file, field: 'topic.id', message: `must not start with "${CUSTOM_ID_PREFIX}"` });
		for (const item of items) {
			if (item.id.startsWith(CUSTOM_ID_PREFIX))
				problems.push({ file, itemId: item.id, field: 'id', message: `must not start with "${CUSTOM_ID_PREFIX}"` });
			const owner = idOwners.get(item.id);
			if (owner) problems.push({ file, itemId: item.id, field: 'id', message: `is already used in ${owner}` });
			idOwners.set(item.id, file);
		}
		topics.push({ ...topic, itemIds: items.map((i) => i.id) });
		authored.push(...items.map((item) => ({ file, item })));
		for (const language of LANGUAGES) {
			topicBanks[language][topic.id] = { topicId: topic.id, language, items: items.map((i) => localize(i, language)) };
		}
	}
	if (problems.length) return { ok: false, problems };
	topics.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

	const content = JSON.stringify({ registry: registry.value, topics, tags, topicBanks });
	return {
		ok: true,
		value: {
			index: { version: hashText(content), sources: registry.value, topics, tags },
			items: authored,
			topicBanks,
			glossary: glossary.value
		}
	};
}
