/** Test-mode attempts: saved when a test starts and after every answer, so a reload loses nothing. */
import type { TestAnswer, TestAttempt } from '../domain/quiz/test-set';
import { MissingRecordError } from '../domain/errors';
import type { QaitalaDb } from './db';
import { getDb } from './connection';

export class TestAttemptRepository {
	constructor(readonly db: QaitalaDb) {}

	/** Stores a new attempt and returns its id. */
	async start(attempt: Omit<TestAttempt, 'id' | 'answers' | 'finishedAt'>): Promise<number> {
		return (await this.db.testAttempts.add({ ...attempt, answers: [] })) as number;
	}

	/** Adds (or replaces) the answer to one question of a running attempt. */
	async saveAnswer(attemptId: number, answer: TestAnswer): Promise<void> {
		await this.db.transaction('rw', this.db.testAttempts, async () => {
			const attempt = await this.db.testAttempts.get(attemptId);
			if (!attempt || attempt.finishedAt !== undefined)
				throw new MissingRecordError(`attempt ${attemptId} is not running`);
			const answers = [...attempt.answers.filter((a) => a.itemId !== answer.itemId), answer];
			await this.db.testAttempts.put({ ...attempt, answers });
		});
	}

	async finish(attemptId: number, finishedAt: number): Promise<void> {
		await this.db.testAttempts.update(attemptId, { finishedAt });
	}

	/** The latest attempts, newest first. */
	async recent(limit: number): Promise<TestAttempt[]> {
		return this.db.testAttempts.orderBy('startedAt').reverse().limit(limit).toArray();
	}

	async get(attemptId: number): Promise<TestAttempt | undefined> {
		return this.db.testAttempts.get(attemptId);
	}
}

let shared: TestAttemptRepository | undefined;

export function getTestAttemptRepository(): TestAttemptRepository {
	shared ??= new TestAttemptRepository(getDb());
	return shared;
}
