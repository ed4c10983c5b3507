/**
 * One flashcard session: joins the queue and scheduler (domain) with the repository (storage)
 * for the study page. `now` comes from an injected clock so tests can pin it.
 *
 * Other tabs may study the same cards. The card on screen stays as it was shown until the learner
 * acts on it, and its grade is saved only if the stored card is still that one and today's limits
 * allow it (the repository checks both in the grade's transaction); otherwise `note` says why and
 * the session re-reads storage. While a page reads it, the session follows storage live (grades,
 * burials and today's counts from every tab) and re-reads the clock, so cards that come due appear.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { LocalizedItem } from '../domain/bank/localize';
import {
	answerDuration,
	isSameCard,
	isSameCardMap,
	type AnswerContext,
	type Card,
	type Grade
} from '../domain/study/card';
import { hiddenItemIds, isSameFlags, type ItemFlags } from '../domain/study/flags';
import { isLeech } from '../domain/study/leech';
import { budgetLeft, NO_COUNTS, withGrade, type DailyLimits, type DayCounts } from '../domain/study/limits';
import {
	countsOfTally,
	dueForPractice,
	pickNextCard,
	reviewAheadIds,
	tallyQueue,
	tallyWithCard,
	type NextCard,
	type QueueCounts,
	type QueueInput,
	type QueueTally
} from '../domain/study/queue';
import type { GradeOutcome, Scheduler } from '../domain/study/scheduler';
import { startOfLocalDay } from '../domain/settings';
import type { GradeRefusal, StudyDay, StudyRepository } from '../storage/study-repository';
import { crossOutGrade, writeDownGrade } from '../storage/unsaved-grades';

/** How many grades of a session can be taken back, one after another. */
export const MAX_UNDO = 20;
/** How often an open session re-reads the clock, in ms (learning steps are minutes long). */
export const CLOCK_REFRESH_MS = 20_000;

/**
 * topics: due cards, then new ones within today's limits; allDue: studied cards only; practice:
 * chosen items (a `?item=` link, or "review ahead"), due now whatever their schedule, never limited
 * or set aside; free: every item once more, graded in memory only (the schedule is not touched).
 */
export type SessionKind = 'topics' | 'allDue' | 'practice' | 'free';

/** Kinds that show every item whatever its schedule, limits or burial. */
const isUnscheduled = (kind: SessionKind) => kind === 'practice' || kind === 'free';

/** Why the last action changed nothing; the page translates it. */
export type SessionNote = GradeRefusal | 'undoRefused' | 'saveFailed';

export interface StudySessionOptions {
	items: readonly LocalizedItem[];
	/** What storage held when the session was opened (nothing studied when absent). */
	day?: StudyDay;
	kind?: SessionKind;
	limits?: DailyLimits;
	/** Storage and the scheduler, or their code still loading (a first visit shows its first card without them). */
	repository: StudyRepository | Promise<StudyRepository>;
	scheduler: Scheduler | Promise<Scheduler>;
	clock?: () => number;
}

/** The card on screen, as it was when shown: its grade is checked against this. */
interface Shown extends NextCard {
	card: Card | undefined;
	/** When it appeared: a self-graded card's answer time runs from here to its grade. */
	shownAt: number;
}

/** One card changed in the session's cards: `from` is the map before, `cards` the map after. */
interface CardChange {
	from: ReadonlyMap<string, Card>;
	cards: ReadonlyMap<string, Card>;
	itemId: string;
	before: Card | undefined;
	after: Card | undefined;
}

const isSameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
	a.size === b.size && [...a].every((x) => b.has(x));

interface Undoable {
	reviewId: number;
	itemId: string;
	/** The card that grade stored: undo is allowed only while it is still stored. */
	cardAfter: Card;
}

export class StudySession {
	// Filled once by the constructor; the deriveds below first run after it.
	#items = new Map<string, LocalizedItem>();
	#itemIds: readonly string[] = [];
	#kind: SessionKind = 'topics';
	#limits: DailyLimits | undefined = undefined;
	#openedAt = 0;
	/** Storage once its code has loaded (`#withStore` waits for it until then). */
	#repository: StudyRepository | undefined;
	readonly #repositoryLoading: Promise<StudyRepository>;
	/** The scheduler once its code has loaded: until then a card shows, but cannot be graded. */
	#scheduler = $state.raw<Scheduler>();
	readonly #schedulerLoading: Promise<Scheduler>;
	readonly #clock: () => number;
	readonly #subscribe: () => void;
	/** The day `#counts` belong to (epoch ms of its start). */
	#dayStart = 0;
	#hasReadCards = false;
	// Not state: what the tally below was last taken from, and the last one-card change (a grade or an undo).
	#lastTally: { tally: QueueTally; cards: ReadonlyMap<string, Card>; hidden: ReadonlySet<string> } | undefined;
	#lastChange: CardChange | undefined;

	#cards = $state.raw(new Map<string, Card>());
	#counts = $state.raw<DayCounts>(NO_COUNTS);
	#flags = $state.raw<readonly ItemFlags[]>([]);
	/** Buried or suspended in this session: out at once, whatever storage says next. */
	#setAside = $state.raw<ReadonlySet<string>>(new Set());
	#now = $state(0);
	#shown = $state.raw<Shown | null>(null);
	#isSaving = $state(false);
	/** Settles once the grade being saved is saved (or refused). */
	#saving: Promise<void> = Promise.resolve();
	/** Reviews of this session that can be taken back, latest last. */
	#undoable = $state.raw<Undoable[]>([]);

	revealed = $state(false);
	/** Why the last grade, undo or set-aside changed nothing, until an action succeeds. */
	note = $state<SessionNote>();
	reviewedCount = $state(0);

	readonly #hidden = $derived.by(() => {
		const hidden = isUnscheduled(this.#kind) ? new Set<string>() : hiddenItemIds(this.#flags, this.#now);
		for (const itemId of this.#setAside) hidden.add(itemId);
		return hidden;
	});
	readonly #budget = $derived(budgetLeft(isUnscheduled(this.#kind) ? undefined : this.#limits, this.#counts));
	readonly #queueCards = $derived(
		isUnscheduled(this.#kind) ? dueForPractice(this.#cards, this.#openedAt) : this.#cards
	);

	get #queueInput(): QueueInput {
		return {
			itemIds: this.#itemIds,
			cards: this.#queueCards,
			now: this.#now,
			newCardsLeft: this.#kind === 'allDue' ? 0 : this.#budget.newCardsLeft,
			reviewsLeft: this.#budget.reviewsLeft,
			exclude: this.#hidden
		};
	}

	readonly #next = $derived<NextCard | null>(this.#shown && { itemId: this.#shown.itemId, isNew: this.#shown.isNew });
	readonly #outcomes = $derived.by((): Record<Grade, GradeOutcome> | undefined =>
		this.#shown && this.#scheduler
			? this.#scheduler.preview(this.#shown.itemId, this.#shown.card, this.#now)
			: undefined
	);
	/** The queue before today's limits: a grade updates the last tally, anything else recounts every item. */
	readonly #tally = $derived.by((): QueueTally => {
		const { cards, now } = this.#queueInput;
		const exclude = this.#hidden;
		const last = this.#lastTally;
		const change = this.#lastChange;
		const updated =
			last &&
			change &&
			change.cards === cards &&
			change.from === last.cards &&
			!exclude.has(change.itemId) &&
			isSameSet(exclude, last.hidden)
				? tallyWithCard(last.tally, change.before, change.after, now)
				: undefined;
		const tally = updated ?? tallyQueue({ itemIds: this.#itemIds, cards, now, exclude });
		this.#lastTally = { tally, cards, hidden: exclude };
		return tally;
	});
	readonly #queueCounts = $derived.by((): QueueCounts => {
		const { newCardsLeft, reviewsLeft } = this.#queueInput;
		const counts = countsOfTally(this.#tally, newCardsLeft, reviewsLeft);
		const shown = this.#shown;
		if (!shown) return counts;
		// The card on screen counts under its kind even if storage has moved on, until the learner acts on it.
		const kind = shown.isNew
			? 'newCount'
			: shown.card && shown.card.state !== 'review'
				? 'learningCount'
				: 'reviewCount';
		return counts.newCount + counts.learningCount + counts.reviewCount === 0 ? { ...counts, [kind]: 1 } : counts;
	});
	readonly #remaining = $derived(
		this.#queueCounts.newCount + this.#queueCounts.learningCount + this.#queueCounts.reviewCount
	);
	/** True when new cards remain but today's limit stops them. */
	readonly #isNewLimitReached = $derived(
		this.#kind === 'topics' && this.#budget.newCardsLeft <= 0 && this.#tally.newItems > 0
	);

	/** The card on screen, or null when the session is done for now. */
	get next(): NextCard | null {
		this.#subscribe();
		return this.#next;
	}

	get currentItem(): LocalizedItem | undefined {
		this.#subscribe();
		return this.#next ? this.#items.get(this.#next.itemId) : undefined;
	}

	get currentCard(): Card | undefined {
		return this.#shown?.card;
	}

	/** The card on screen has lapsed LEECH_LAPSES times: the page offers to reread or suspend it. */
	get isLeech(): boolean {
		return this.#kind !== 'free' && isLeech(this.#shown?.card);
	}

	/** What each grade would do to the card on screen (the intervals on the buttons). */
	get outcomes(): Record<Grade, GradeOutcome> | undefined {
		return this.#outcomes;
	}

	get remaining(): number {
		this.#subscribe();
		return this.#remaining;
	}

	/** What is left, by kind (new, learning, review), for the counters above the card. */
	get queueCounts(): QueueCounts {
		this.#subscribe();
		return this.#queueCounts;
	}

	get isNewLimitReached(): boolean {
		return this.#isNewLimitReached;
	}

	get isSaving(): boolean {
		return this.#isSaving;
	}

	get canUndo(): boolean {
		return this.#undoable.length > 0;
	}

	/**
	 * What a finished topic session can go on with: new cards past today's limit, studied cards not
	 * yet due (review ahead), and free practice. Only for topic sessions; undefined otherwise.
	 */
	get keepPractising(): { newLeft: number; aheadCount: number } | undefined {
		if (this.#kind !== 'topics') return undefined;
		return {
			newLeft: this.#tally.newItems,
			aheadCount: reviewAheadIds(this.#itemIds, this.#cards, this.#now, this.#hidden).length
		};
	}

	/** True when grades here change nothing stored (free practice). */
	get isFree(): boolean {
		return this.#kind === 'free';
	}

	constructor({ items, day, kind = 'topics', limits, repository, scheduler, clock = Date.now }: StudySessionOptions) {
		this.#items = new Map(items.map((i) => [i.id, i]));
		this.#itemIds = items.map((i) => i.id);
		this.#kind = kind;
		this.#limits = limits;
		this.#repositoryLoading = Promise.resolve(repository);
		this.#schedulerLoading = Promise.resolve(scheduler);
		if (repository instanceof Promise) {
			// A failure to load (offline) surfaces where storage is used.
			repository.then((loaded) => (this.#repository = loaded)).catch(() => undefined);
		} else this.#repository = repository;
		if (scheduler instanceof Promise) scheduler.then((loaded) => (this.#scheduler = loaded)).catch(() => undefined);
		else this.#scheduler = scheduler;
		this.#clock = clock;
		this.#now = this.#openedAt = clock();
		this.#dayStart = startOfLocalDay(this.#now);
		if (day) this.#apply(day);
		this.#advance();
		this.#subscribe = createSubscriber(() => this.follow());
	}

	reveal(): void {
		if (this.#shown) this.revealed = true;
	}

	/**
	 * Grades the card on screen. Returns whether it was saved; if not, nothing was stored, `note`
	 * says why and (unless the disk is full, when the same card stays gradable) the queue is re-read.
	 * Without `answer`, the grade is the student's own, timed from the card shown.
	 */
	async grade(grade: Grade, answer?: AnswerContext): Promise<boolean> {
		// The card on screen may be the one shown while the previous grade is still being saved: that save first.
		if (this.#isSaving && this.#shown && this.revealed) await this.#saving;
		const shown = this.#shown;
		if (!shown || !this.revealed || this.#isSaving) return false;
		this.#isSaving = true;
		const now = this.#clock();
		const context = answer ?? { source: 'self', durationMs: answerDuration(shown.shownAt, now) };
		const limits =
			isUnscheduled(this.#kind) || !this.#limits ? undefined : { ...this.#limits, dayStartMs: startOfLocalDay(now) };
		// Storage's code still loading (a first visit's first moments): the grade is written down
		// first, so that a reload before it is saved cannot lose it (the next page saves it).
		const unsaved =
			this.#repository || this.#kind === 'free'
				? undefined
				: writeDownGrade({ itemId: shown.itemId, card: shown.card, grade, at: now, answer: context, limits });
		try {
			// Loaded long before a first card is answered: waited for only if not.
			const scheduler = this.#scheduler ?? (await this.#schedulerLoading);
			const { card, review } = scheduler.grade(shown.itemId, shown.card, grade, now, context);
			if (this.#kind === 'free') {
				// Kept in memory only: "again" brings the card back within the session, any other grade lets it go.
				this.#cards = new Map(this.#cards).set(card.itemId, card);
				if (grade !== 'again') this.#setAside = new Set(this.#setAside).add(card.itemId);
				this.reviewedCount++;
				this.#now = this.#clock();
				this.#advance();
				return true;
			}
			// The next card is shown at once, in the frame after the tap; the save (its checks against
			// other tabs and today's limits included) follows, and a refusal puts things back below.
			const before = { cards: this.#cards, counts: this.#counts };
			this.#setCard(card.itemId, card);
			this.#counts = withGrade(this.#counts, review.cardBefore);
			this.reviewedCount++;
			this.#now = this.#clock();
			this.#advance();
			let saved: Awaited<ReturnType<StudyRepository['recordReview']>>;
			try {
				const saving = this.#withStore((store) => store.recordReview(card, review, { limits }));
				this.#saving = saving.then(
					() => undefined,
					() => undefined
				);
				saved = await saving;
			} catch (error) {
				this.#takeBack(before, shown);
				throw error;
			}
			if (!saved.ok) {
				this.#takeBack(before, shown);
				await this.#refuse(saved.refusal, false);
				return false;
			}
			this.note = undefined;
			this.#undoable = [
				...this.#undoable.slice(-(MAX_UNDO - 1)),
				{ reviewId: saved.reviewId, itemId: card.itemId, cardAfter: card }
			];
			return true;
		} catch {
			this.note = 'saveFailed';
			return false;
		} finally {
			if (unsaved) crossOutGrade(unsaved);
			this.#isSaving = false;
		}
	}

	/**
	 * Takes back the latest grade of this session: the card returns to exactly its earlier state and
	 * is shown again. Refused (nothing changes) once another tab has graded that card since.
	 * Returns whether the grade was taken back.
	 */
	async undo(): Promise<boolean> {
		// A grade still being saved (a first visit's first save waits for storage's code) is saved
		// first: an undo right after a tap takes back that grade.
		if (this.#isSaving) await this.#saving;
		const last = this.#undoable.at(-1);
		if (!last || this.#isSaving) return false;
		this.#isSaving = true;
		try {
			const undone = await this.#withStore((store) => store.undoReview(last.reviewId, last.cardAfter));
			if (!undone.ok) {
				// That grade can never be taken back now; a full disk may let it later.
				if (undone.refusal === 'changedElsewhere') this.#undoable = this.#undoable.slice(0, -1);
				await this.#refuse(undone.refusal === 'storageFull' ? 'storageFull' : 'undoRefused', true);
				return false;
			}
			this.note = undefined;
			this.#undoable = this.#undoable.slice(0, -1);
			this.#setCard(last.itemId, undone.cardBefore ?? undefined);
			this.#counts = withGrade(this.#counts, undone.cardBefore, -1);
			this.reviewedCount--;
			this.#shown = {
				itemId: last.itemId,
				isNew: undone.cardBefore === null,
				card: undone.cardBefore ?? undefined,
				shownAt: this.#clock()
			};
			this.revealed = false;
			return true;
		} catch {
			this.note = 'saveFailed';
			return false;
		} finally {
			this.#isSaving = false;
		}
	}

	/** Keeps the current card out of sessions until `untilMs` (for "bury until tomorrow"). */
	async bury(untilMs: number): Promise<void> {
		await this.#putAside((itemId) => this.#withStore((store) => store.buryItem(itemId, untilMs)));
	}

	/** Takes the current card out of every session until it is unsuspended (from Browse). */
	async suspend(): Promise<void> {
		await this.#putAside((itemId) => this.#withStore((store) => store.setSuspended(itemId, true)));
	}

	async #putAside(store: (itemId: string) => Promise<void>): Promise<void> {
		const itemId = this.#shown?.itemId;
		if (!itemId || this.#isSaving) return;
		this.#isSaving = true;
		try {
			await store(itemId);
		} catch {
			this.note = 'saveFailed';
			return;
		} finally {
			this.#isSaving = false;
		}
		this.note = undefined;
		this.#setAside = new Set(this.#setAside).add(itemId);
		this.#advance();
	}

	/** Re-reads the clock so learning cards that came due while the page sat open appear. */
	refresh(): void {
		this.#now = this.#clock();
		if (!this.#shown) this.#advance();
	}

	/** Undoes a grade shown before its save was refused: the graded card is back on screen, its answer shown. */
	#takeBack(before: { cards: Map<string, Card>; counts: DayCounts }, shown: Shown): void {
		this.#cards = before.cards;
		this.#counts = before.counts;
		this.reviewedCount--;
		this.#shown = shown;
		this.revealed = true;
	}

	/** Changes one card (undefined: new again), and notes it so the tally follows without a recount. */
	#setCard(itemId: string, card: Card | undefined): void {
		const from = this.#cards;
		const cards = new Map(from);
		if (card) cards.set(itemId, card);
		else cards.delete(itemId);
		this.#cards = cards;
		this.#lastChange = { from, cards, itemId, before: from.get(itemId), after: card };
	}

	/** Shows the next card of the queue as it stands now. */
	#advance(): void {
		const next = pickNextCard(this.#queueInput);
		this.#shown = next && { ...next, card: this.#cards.get(next.itemId), shownAt: this.#clock() };
		this.revealed = false;
	}

	#apply(day: StudyDay): void {
		// Free practice keeps its own cards after the first read: what other tabs store does not change it.
		if (this.#kind !== 'free' || !this.#hasReadCards) this.#cards = day.cards;
		this.#hasReadCards = true;
		this.#flags = day.flags;
		this.#counts = day.counts;
	}

	/** Whether `day` is what the session already holds (its cards as the optimistic grades left them). */
	#holds(day: StudyDay): boolean {
		const sameCounts =
			day.counts.newCards === this.#counts.newCards && day.counts.reviewCards === this.#counts.reviewCards;
		// Free practice keeps its own cards after the first read.
		const sameCards = this.#kind === 'free' || isSameCardMap(day.cards, this.#cards);
		return sameCounts && sameCards && isSameFlags(day.flags, this.#flags);
	}

	async #refuse(note: SessionNote, mayKeepShown: boolean): Promise<void> {
		this.note = note;
		if (note === 'storageFull') return; // nothing was written: the same card stays, still gradable
		try {
			this.#dayStart = startOfLocalDay(this.#clock());
			this.#apply(await this.#withStore((store) => store.loadStudyDay(this.#itemIds, this.#dayStart)));
		} catch {
			return; // the note stands; the live view or a reload catches up
		}
		this.#now = this.#clock();
		const shown = this.#shown;
		const isStillShown = mayKeepShown && shown && isSameCard(this.#cards.get(shown.itemId), shown.card);
		if (!isStillShown) this.#advance();
	}

	/**
	 * Follows storage changes from any tab, and the clock now and then, until the returned stop is
	 * called. A page gets this by reading `next`, `currentItem` or `remaining` (createSubscriber).
	 */
	follow(): () => void {
		let stopWatching = this.#watchDay();
		const tick = () => {
			if (startOfLocalDay(this.#clock()) !== this.#dayStart) {
				stopWatching(); // a new day: today's counts start again
				stopWatching = this.#watchDay();
			}
			this.refresh();
		};
		const timer = setInterval(tick, CLOCK_REFRESH_MS);
		const onVisible = () => document.visibilityState === 'visible' && tick();
		if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
		return () => {
			clearInterval(timer);
			if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
			stopWatching();
		};
	}

	#watchDay(): () => void {
		const dayStart = (this.#dayStart = startOfLocalDay(this.#clock()));
		const watch = (store: StudyRepository) =>
			store.watch(
				() => store.loadStudyDay(this.#itemIds, dayStart, false), // checked when the session opened
				(day) => {
					// Mostly the echo of this session's own save, already shown: replacing equal state would only recount.
					if (this.#holds(day)) return;
					this.#apply(day);
					// Something new to show on a "done" screen; a card on screen stays until acted on.
					if (!this.#shown) this.#advance();
				}
			);
		if (this.#repository) return watch(this.#repository);
		// Storage's code is still loading: the watch starts when it has, unless stopped before.
		let stop: (() => void) | undefined;
		let isStopped = false;
		this.#repositoryLoading.then((store) => !isStopped && (stop = watch(store))).catch(() => undefined);
		return () => {
			isStopped = true;
			stop?.();
		};
	}

	/** Uses storage: at once when its code has loaded (a grade's save starts in the tap's task), else once it has. */
	#withStore<T>(use: (store: StudyRepository) => Promise<T>): Promise<T> {
		return this.#repository ? use(this.#repository) : this.#repositoryLoading.then(use);
	}
}
