/** Narrowing questions by what they ask of the student (their level) and what they are about (their tags). */
import type { TagSummary } from './compile';
import type { ItemLevel } from './schema';

/** What a question carries to be narrowed by; an instructor's imported question carries neither. */
export interface LevelAndTags {
	level?: ItemLevel;
	tags?: readonly string[];
}

export interface LevelTagChoice {
	/** Only questions of these levels (so none without a level); undefined for any level. */
	levels?: readonly ItemLevel[];
	/** Only questions carrying at least one of these tags; undefined or empty for any. */
	tagIds?: readonly string[];
}

/** True when `item` passes `choice`. */
export function matchesLevelAndTags(item: LevelAndTags, { levels, tagIds }: LevelTagChoice): boolean {
	if (levels && !(item.level && levels.includes(item.level))) return false;
	if (tagIds?.length && !item.tags?.some((tag) => tagIds.includes(tag))) return false;
	return true;
}

/**
 * The tags of `vocabulary`, in its order, that one of `items` carries, and those in `kept` (a chosen
 * tag stays listed after its topic is unticked, so the control never hides what it is filtering by).
 */
export function tagsInUse(
	vocabulary: readonly TagSummary[],
	items: Iterable<LevelAndTags>,
	kept: readonly string[] = []
): TagSummary[] {
	const used = new Set(kept);
	for (const item of items) for (const tag of item.tags ?? []) used.add(tag);
	return vocabulary.filter((t) => used.has(t.id));
}

/** The vocabulary entries of an item's tags, in the item's order; ids missing from the vocabulary are left out. */
export function tagsOf(item: LevelAndTags, vocabulary: ReadonlyMap<string, TagSummary>): TagSummary[] {
	return (item.tags ?? []).flatMap((id) => vocabulary.get(id) ?? []);
}
