/**
 * How a set of items is spread: what they ask of the student (levels), where the right option of a
 * choice sits, how many options of a "select all" item are right. The content rules (lint.ts) and
 * `npm run banks:report` count with the same functions.
 */
import type { Item, ItemLevel } from './schema';

export type ChoiceItem = Extract<Item, { type: 'choice' }>;

export type LevelCounts = Record<ItemLevel | 'unlabelled', number> & { total: number };

/** Items per level; `unlabelled` counts items without one. */
export function countLevels(items: readonly Item[]): LevelCounts {
	const counts: LevelCounts = { recall: 0, understand: 0, analyse: 0, unlabelled: 0, total: items.length };
	for (const item of items) counts[item.level ?? 'unlabelled']++;
	return counts;
}

/** Items that ask more than recall: understand or analyse. */
export const deepCount = (counts: LevelCounts) => counts.understand + counts.analyse;

/** Share (0–1) of items that ask more than recall; 0 when there are none. */
export const deepShare = (counts: LevelCounts) => (counts.total ? deepCount(counts) / counts.total : 0);

export const isChoice = (item: Item): item is ChoiceItem => item.type === 'choice';

export const correctCount = (item: ChoiceItem) => item.options.filter((o) => o.correct).length;

/** A "select all that apply" item: more than one right option. */
export const isSelectAll = (item: Item): item is ChoiceItem => isChoice(item) && correctCount(item) > 1;

/** Exactly three right options out of five: the pattern a guesser learns to expect if it repeats. */
export const isThreeOfFive = (item: ChoiceItem) => item.options.length === 5 && correctCount(item) === 3;

export const hasCorrectFirst = (item: ChoiceItem) => item.options[0]?.correct === true;

/** Groups values by a key, keeping the order in which keys first appear. */
export function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const value of values) {
		const k = key(value);
		groups.set(k, [...(groups.get(k) ?? []), value]);
	}
	return groups;
}

/** A share as a whole percentage for messages and reports: 0.375 → "38 %". */
export const percent = (share: number) => `${Math.round(share * 100)} %`;
