/** Test mode: a fixed, reproducible set of questions and its score. */
import type { ItemLevel, ItemType } from '../bank/schema';
import { matchesLevelAndTags } from '../bank/level-tags';
import { seededRandom } from '../bank/present';
import type { QuizResponse } from './evaluate';

/** Types a test can check by itself; flashcards are self-graded, so they stay out of tests. */
export const TEST_ITEM_TYPES: readonly ItemType[] = [
	'choice',
	'true-false',
	'cloze',
	'numeric',
	'ordering',
	'matching'
];

export const TEST_SIZES = [10, 20, 30, 50] as const;
export const TEST_TIME_LIMITS_MIN = [0, 10, 20, 30, 45] as const;

export interface TestCandidate {
	itemId: string;
	topicId: string;
	type: ItemType;
	level?: ItemLevel;
}

/**
 * The questions of a test: `count` items of the chosen topics (and of one level, if given), drawn
 * by `seed`, so the same seed gives the same test (for a retake, or for a whole class).
 * @example buildTestSet(candidates, { topicIds: ['kz-china'], count: 10, seed: 'a7k2' })
 */
export function buildTestSet(
	candidates: readonly TestCandidate[],
	{ topicIds, count, seed, level }: { topicIds: readonly string[]; count: number; seed: string; level?: ItemLevel }
): string[] {
	const topics = new Set(topicIds);
	const levels = level ? [level] : undefined;
	const pool = candidates
		.filter((c) => topics.has(c.topicId) && TEST_ITEM_TYPES.includes(c.type) && matchesLevelAndTags(c, { levels }))
		.map((c) => c.itemId);
	const random = seededRandom(`test:${seed}`);
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
	}
	return pool.slice(0, Math.max(0, count));
}

/** A short random seed to show and share, from a random function (Math.random in the app). */
export function newTestSeed(random: () => number): string {
	const letters = 'abcdefghijkmnpqrstuvwxyz23456789';
	return Array.from({ length: 6 }, () => letters[Math.floor(random() * letters.length)]).join('');
}

export interface TestAnswer {
	itemId: string;
	response: QuizResponse;
	isCorrect: boolean;
}

export interface TestAttempt {
	id?: number;
	seed: string;
	topicIds: string[];
	itemIds: string[];
	/** 0 for no limit. */
	timeLimitMs: number;
	startedAt: number;
	/** Undefined while the test is still running. */
	finishedAt?: number;
	answers: TestAnswer[];
	/** Set when the test is an instructor's assignment (its assignmentKey), kept apart from practice tests. */
	assignmentKey?: string;
	/** The one level the questions were drawn from, when the learner chose one (a retake draws from it again). */
	level?: ItemLevel;
}

/** Right answers out of all questions; unanswered ones count as wrong. */
export function scoreAttempt(attempt: Pick<TestAttempt, 'itemIds' | 'answers'>): { correct: number; total: number } {
	return { correct: attempt.answers.filter((a) => a.isCorrect).length, total: attempt.itemIds.length };
}

/** When a timed test runs out, in epoch ms; undefined without a limit. */
export function testDeadline(attempt: Pick<TestAttempt, 'startedAt' | 'timeLimitMs'>): number | undefined {
	return attempt.timeLimitMs > 0 ? attempt.startedAt + attempt.timeLimitMs : undefined;
}
