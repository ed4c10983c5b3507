/**
 * What an instructor's choices in the composer turn into: the exact questions of an
 * assignment, in the order students will see them, and the link that carries it.
 */
import type { ItemType } from '../bank/schema';
import { matchesLevelAndTags, type LevelAndTags, type LevelTagChoice } from '../bank/level-tags';
import { shuffle } from '../shuffle';
import type { Language } from '../language';
import { carriedItems, MAX_ASSIGNMENT_ITEMS, type Assignment } from './assignment';
import { MAX_LINK_CHARS } from './carried';

export interface ComposeCandidate extends LevelAndTags {
	itemId: string;
	topicId: string;
	type: ItemType;
}

export interface ComposeChoice extends LevelTagChoice {
	/** In course order; candidates are listed topic by topic in this order. */
	topicIds: readonly string[];
	types: readonly ItemType[];
	count: number;
	/** `fixed`: the course's order; `shuffled`: an order drawn from the seed. */
	order: 'fixed' | 'shuffled';
	/** Draws which questions are taken when there are more than `count`, and the shuffled order. */
	seed: string;
}

/** The questions that match the chosen topics and types (and levels and tags, when chosen), in course order. */
export function eligibleCandidates(
	candidates: readonly ComposeCandidate[],
	choice: Pick<ComposeChoice, 'topicIds' | 'types' | 'levels' | 'tagIds'>
): ComposeCandidate[] {
	const types = new Set(choice.types);
	return choice.topicIds.flatMap((topicId) =>
		candidates.filter((c) => c.topicId === topicId && types.has(c.type) && matchesLevelAndTags(c, choice))
	);
}

/**
 * The item ids of an assignment. With more eligible questions than `count`, the seed draws which
 * ones (the same seed, the same questions); `fixed` then keeps them in the course's order.
 * @example composeItemIds(candidates, { topicIds: ['eu-2007'], types: ['choice'], count: 10, order: 'fixed', seed: 'k3v9' })
 */
export function composeItemIds(candidates: readonly ComposeCandidate[], choice: ComposeChoice): string[] {
	const eligible = eligibleCandidates(candidates, choice).map((c) => c.itemId);
	const count = Math.max(0, Math.min(choice.count, MAX_ASSIGNMENT_ITEMS, eligible.length));
	const drawn = shuffle(eligible, `assignment:${choice.seed}`).slice(0, count);
	if (choice.order === 'shuffled') return drawn;
	const chosen = new Set(drawn);
	return eligible.filter((id) => chosen.has(id));
}

/** The link a student opens: the code sits after `#`, so it never reaches a server (and works offline). */
export function assignmentLink(origin: string, language: Language, code: string): string {
	return `${origin}/${language}/assignment/#${code}`;
}

/**
 * Whether the link (and its QR code) is offered for an assignment: always for references only, which
 * stay short; for one carrying the instructor's questions while it fits a QR code. Its file always works.
 */
export function isLinkOffered(assignment: Assignment, link: string): boolean {
	return carriedItems(assignment).length === 0 || link.length <= MAX_LINK_CHARS;
}

/** The end of the day picked in a date field (`2026-12-04`), in this device's time zone; undefined if empty or invalid. */
export function dueAtFromDateInput(value: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return undefined;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const end = new Date(year, month - 1, day, 23, 59, 59, 999);
	return end.getMonth() === month - 1 ? end.getTime() : undefined;
}

/** The value a date field shows for `dueAt` (the inverse of dueAtFromDateInput). */
export function dateInputValue(dueAt: number | undefined): string {
	if (dueAt === undefined) return '';
	const date = new Date(dueAt);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
