/**
 * A student's way through an assignment, as pure state changes: flashcards until each is
 * learned, the answers string a result carries, and the time spent.
 */
import type { Grade } from '../study/card';

export interface FlashcardRunState {
	/** Item ids still to learn, the next one first. */
	queue: string[];
	/** Per item id: recalled (Good or Easy) at its first showing. */
	firstTry: Record<string, boolean>;
}

/** How many other cards come between a card that was not recalled and its next showing. */
export const REQUEUE_GAP = 3;

/** Longest pause counted as time spent: a phone left on the table does not count for hours. */
export const MAX_COUNTED_PAUSE_MS = 5 * 60 * 1000;

export function startFlashcardRun(itemIds: readonly string[]): FlashcardRunState {
	return { queue: [...itemIds], firstTry: {} };
}

/**
 * Grades the card at the front of the queue: Good or Easy means learned (it leaves the queue);
 * Again or Hard puts it back a few cards later. The first grade of each card is what the result reports.
 */
export function gradeFlashcard(state: FlashcardRunState, grade: Grade): FlashcardRunState {
	const [current, ...rest] = state.queue;
	if (current === undefined) return state;
	const recalled = grade === 'good' || grade === 'easy';
	const firstTry = current in state.firstTry ? state.firstTry : { ...state.firstTry, [current]: recalled };
	if (recalled) return { queue: rest, firstTry };
	const at = Math.min(REQUEUE_GAP, rest.length);
	return { queue: [...rest.slice(0, at), current, ...rest.slice(at)], firstTry };
}

/** One character per question in the assignment's order: 1 right, 0 wrong, - not answered. */
export function answersString(itemIds: readonly string[], isCorrect: (itemId: string) => boolean | undefined): string {
	return itemIds
		.map((id) => {
			const correct = isCorrect(id);
			return correct === undefined ? '-' : correct ? '1' : '0';
		})
		.join('');
}

/** Time spent after one more action at `now`, counting at most MAX_COUNTED_PAUSE_MS since the last one. */
export function addActiveTime(spentMs: number, lastActionAt: number | undefined, now: number): number {
	if (lastActionAt === undefined) return spentMs;
	return spentMs + Math.min(Math.max(0, now - lastActionAt), MAX_COUNTED_PAUSE_MS);
}
