/**
 * The instructor's composer: the choices on the form, the questions they select (shown
 * in the preview exactly as students get them), and the assignment they make. The instructor's own
 * banks are topics beside the built-in ones; questions taken from them travel inside the assignment.
 */
import { fetchTopicBank, fetchTopicBanks } from '../banks/fetch-banks';
import type { TagSummary, TopicSummary } from '../domain/bank/compile';
import type { LocalizedItem } from '../domain/bank/localize';
import { ITEM_LEVELS, ITEM_TYPES, type ItemLevel, type ItemType } from '../domain/bank/schema';
import { tagsInUse, type LevelTagChoice } from '../domain/bank/level-tags';
import { LANGUAGES, type Language } from '../domain/language';
import { TEST_ITEM_TYPES, newTestSeed } from '../domain/quiz/test-set';
import {
	ASSIGNMENT_VERSION,
	CARRYING_ASSIGNMENT_VERSION,
	MAX_ASSIGNMENT_ITEMS,
	decodeAssignment,
	encodeAssignment,
	type Assignment,
	type AssignmentError
} from '../domain/share/assignment';
import { carriedLanguages, carryItem, type CarriedItem } from '../domain/share/carried';
import type { CustomBank } from '../domain/import/custom-bank';
import { customTopicBank, customTopicId, isCustomTopicId } from '../domain/import/custom-topic';
import { composeItemIds, dueAtFromDateInput, eligibleCandidates, type ComposeCandidate } from '../domain/share/compose';

export type ComposerProblem =
	| 'teach.problem.title'
	| 'teach.problem.topics'
	| 'teach.problem.types'
	| 'teach.problem.count'
	| 'teach.problem.languages'
	| 'teach.problem.noQuestions'
	| 'tagFiltersTeach.problem.levels'
	| 'tagFiltersTeach.problem.noMatch';

/** Why an assignment could not be made: students could not open it, or it is too large to share. */
export type ComposeError = AssignmentError | 'customTopicsTeach.compose.tooLarge';

export class Composer {
	title = $state('');
	instructions = $state('');
	topicIds = $state<string[]>([]);
	types = $state<ItemType[]>([...ITEM_TYPES]);
	count = $state(20);
	order = $state<'fixed' | 'shuffled'>('fixed');
	seed = $state(newTestSeed(Math.random));
	mode = $state<'flashcards' | 'test'>('test');
	timeLimitMin = $state(0);
	languages = $state<Language[]>([...LANGUAGES]);
	/** The value of the due date field (`YYYY-MM-DD`), empty for none. */
	dueDate = $state('');
	/** Levels ticked; all of them (the default) leaves levels alone, so questions without one stay in. */
	levels = $state<ItemLevel[]>([...ITEM_LEVELS]);
	/** Tags ticked: only questions carrying one of them; none for any tag. */
	tagIds = $state<string[]>([]);

	/** Every item of every topic, with its type: what the choices select from. */
	#candidates = $state.raw<ComposeCandidate[]>([]);
	/** The items in the preview's language, to show their text. */
	#items = $state.raw(new Map<string, LocalizedItem>());
	/** Topic ids in course order: questions are listed topic by topic in this order, whatever order they were ticked in. */
	#topicOrder = $state.raw<string[]>([]);
	/** The instructor's own banks: their questions are carried whole. */
	#ownBanks = $state.raw<readonly CustomBank[]>([]);
	isLoaded = $state(false);

	get orderedTopicIds(): string[] {
		return this.#topicOrder.filter((id) => this.topicIds.includes(id));
	}

	/** Flashcards cannot be marked automatically, so a test leaves them out. */
	get allowedTypes(): readonly ItemType[] {
		return this.mode === 'test' ? TEST_ITEM_TYPES : ITEM_TYPES;
	}

	get chosenTypes(): ItemType[] {
		return this.types.filter((t) => this.allowedTypes.includes(t));
	}

	/** The levels and tags the questions are narrowed to; empty when nothing narrows them. */
	get narrowing(): LevelTagChoice {
		return {
			...(this.levels.length < ITEM_LEVELS.length
				? { levels: ITEM_LEVELS.filter((l) => this.levels.includes(l)) }
				: {}),
			...(this.tagIds.length ? { tagIds: [...this.tagIds] } : {})
		};
	}

	get isNarrowed(): boolean {
		return Object.keys(this.narrowing).length > 0;
	}

	/** The tags of `vocabulary` worth offering: those the chosen topics' questions carry, and the ticked ones. */
	offeredTags(vocabulary: readonly TagSummary[]): TagSummary[] {
		const topics = new Set(this.topicIds);
		return tagsInUse(
			vocabulary,
			this.#candidates.filter((c) => topics.has(c.topicId)),
			this.tagIds
		);
	}

	/** How many questions the chosen topics and types (and levels and tags) offer. */
	get available(): number {
		return eligibleCandidates(this.#candidates, {
			topicIds: this.orderedTopicIds,
			types: this.chosenTypes,
			...this.narrowing
		}).length;
	}

	get maxCount(): number {
		return Math.min(MAX_ASSIGNMENT_ITEMS, this.available);
	}

	get itemIds(): string[] {
		return composeItemIds(this.#candidates, {
			topicIds: this.orderedTopicIds,
			types: this.chosenTypes,
			...this.narrowing,
			count: this.count,
			order: this.order,
			seed: this.seed.trim()
		});
	}

	item(itemId: string): LocalizedItem | undefined {
		return this.#items.get(itemId);
	}

	get problems(): ComposerProblem[] {
		const problems: ComposerProblem[] = [];
		if (!this.title.trim()) problems.push('teach.problem.title');
		if (this.topicIds.length === 0) problems.push('teach.problem.topics');
		if (this.chosenTypes.length === 0) problems.push('teach.problem.types');
		// An emptied number field binds to null.
		if (!Number.isInteger(this.count) || this.count < 1) problems.push('teach.problem.count');
		if (this.languages.length === 0) problems.push('teach.problem.languages');
		if (this.levels.length === 0) problems.push('tagFiltersTeach.problem.levels');
		else if (this.topicIds.length > 0 && this.chosenTypes.length > 0 && this.available === 0) {
			const unnarrowed = eligibleCandidates(this.#candidates, {
				topicIds: this.orderedTopicIds,
				types: this.chosenTypes
			}).length;
			problems.push(unnarrowed > 0 ? 'tagFiltersTeach.problem.noMatch' : 'teach.problem.noQuestions');
		}
		return problems;
	}

	/** The chosen questions from the instructor's own banks, as the assignment carries them. */
	get carried(): CarriedItem[] {
		return this.itemIds.flatMap((id) => carryItem(id, this.#ownBanks) ?? []);
	}

	/** Languages students may choose that some carried question does not have (they see it in its own). */
	get missingOwnLanguages(): Language[] {
		const carried = this.carried.map(carriedLanguages);
		return LANGUAGES.filter((l) => this.languages.includes(l) && carried.some((languages) => !languages.includes(l)));
	}

	/** The assignment the form describes, or undefined while it has problems. */
	get assignment(): Assignment | undefined {
		if (this.problems.length > 0) return undefined;
		const itemIds = this.itemIds;
		const used = new Set(itemIds.map((id) => this.#candidates.find((c) => c.itemId === id)?.topicId));
		const instructions = this.instructions.trim();
		const dueAt = dueAtFromDateInput(this.dueDate);
		const carried = this.carried;
		const common = {
			title: this.title.trim(),
			...(instructions ? { instructions } : {}),
			...(dueAt !== undefined ? { dueAt } : {}),
			mode: this.mode,
			...(this.mode === 'test' && this.timeLimitMin > 0 ? { timeLimitMin: this.timeLimitMin } : {}),
			// Plain copies in a stable order: the code (and so its key) depends only on the choices.
			languages: LANGUAGES.filter((l) => this.languages.includes(l)),
			// Students have the built-in topics only; the own ones' questions are carried.
			topicIds: this.orderedTopicIds.filter((id) => used.has(id) && !isCustomTopicId(id)),
			itemIds
		};
		// References only stay version 1, so apps not yet updated still open them.
		return carried.length
			? { ...common, v: CARRYING_ASSIGNMENT_VERSION, carried }
			: { ...common, v: ASSIGNMENT_VERSION };
	}

	/**
	 * The assignment and its code, checked as students will decode them: a set that would not open for
	 * them is never shared. One carrying too many long questions of the instructor's is too large.
	 */
	encode(): { ok: true; assignment: Assignment; code: string } | { ok: false; error: ComposeError } {
		const draft = this.assignment;
		if (!draft) return { ok: false, error: 'share.error.invalid' };
		const assignment: Assignment = $state.snapshot(draft);
		const code = encodeAssignment(assignment);
		const checked = decodeAssignment(code);
		if (checked.ok) return { ok: true, assignment, code };
		return {
			ok: false,
			error: checked.error === 'share.error.tooLarge' ? 'customTopicsTeach.compose.tooLarge' : checked.error
		};
	}

	/**
	 * Reads every topic's bank in `language` (precached, so this works offline too); `topics` may list
	 * the instructor's own banks (`ownBanks`), which are read from those.
	 */
	async load(
		topics: readonly TopicSummary[],
		language: Language,
		fetchFn: typeof fetch,
		ownBanks: readonly CustomBank[] = []
	): Promise<void> {
		const own = new Map(ownBanks.map((b) => [customTopicId(b), b] as const));
		const banks = await fetchTopicBanks(
			fetchFn,
			language,
			topics.map((t) => t.id),
			(f, l, id) => {
				const bank = own.get(id);
				return bank ? customTopicBank(bank, l) : fetchTopicBank(f, l, id);
			}
		);
		this.#ownBanks = ownBanks;
		this.#topicOrder = topics.map((t) => t.id);
		this.#candidates = banks.flatMap((b) =>
			b.items.map((item) => ({
				itemId: item.id,
				topicId: b.topicId,
				type: item.type,
				level: item.level,
				tags: item.tags
			}))
		);
		this.#items = new Map(banks.flatMap((b) => b.items.map((item) => [item.id, item] as const)));
		this.isLoaded = true;
	}
}
