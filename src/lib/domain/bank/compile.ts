/**
 * Turns validated bank files into what the app serves: one index of topics and sources, and one
 * file per content language and topic (a phone downloads only the language it studies in).
 */
import { LANGUAGES, type Language } from '../language';
import { localize, type LocalizedItem } from './localize';
import type { Item, LocalizedText, SourceDoc } from './schema';
import { validateBankFile, validateRegistry, type BankProblem } from './validate';

export interface TopicSummary {
	id: string;
	order: number;
	title: LocalizedText;
	summary: LocalizedText;
	itemIds: string[];
}

export interface BankIndex {
	/** Changes whenever any bank content changes. */
	version: string;
	sources: Record<string, SourceDoc>;
	topics: TopicSummary[];
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

/** Validates every bank and the registry; compiles only when all of them are valid. */
export function compileBanks(files: BankSourceFile[], registryFile: BankSourceFile): CompileResult {
	const registry = validateRegistry(registryFile.data, registryFile.file);
	if (!registry.ok) return registry;

	const problems: BankProblem[] = [];
	const topics: TopicSummary[] = [];
	const topicBanks = Object.fromEntries(LANGUAGES.map((l) => [l, {}])) as CompiledBanks['topicBanks'];
	const idOwners = new Map<string, string>();
	const authored: AuthoredItem[] = [];

	for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const result = validateBankFile(data, file, registry.value);
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		const { topic, items } = result.value;
		for (const item of items) {
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

	const content = JSON.stringify({ registry: registry.value, topics, topicBanks });
	return {
		ok: true,
		value: { index: { version: hashText(content), sources: registry.value, topics }, items: authored, topicBanks }
	};
}
