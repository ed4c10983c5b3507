import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { TestAttemptRepository } from '$lib/storage/test-attempts';

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
function fresh() {
	const db = new QaitalaDb(`attempts-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	return new TestAttemptRepository(db);
}
const base = { seed: 'abc123', topicIds: ['t'], itemIds: ['a', 'b'], timeLimitMs: 0, startedAt: 1000 };

describe('TestAttemptRepository', () => {
	it('keeps every answer as it is given, replacing a changed one', async () => {
		const repo = fresh();
		const id = await repo.start(base);
		await repo.saveAnswer(id, { itemId: 'a', response: { type: 'true-false', answer: true }, isCorrect: false });
		await repo.saveAnswer(id, { itemId: 'a', response: { type: 'true-false', answer: false }, isCorrect: true });
		await repo.saveAnswer(id, { itemId: 'b', response: { type: 'cloze', text: 'x' }, isCorrect: false });
		await repo.finish(id, 5000);
		const stored = await repo.get(id);
		expect(stored?.answers.map((a) => [a.itemId, a.isCorrect])).toEqual([
			['a', true],
			['b', false]
		]);
		expect(stored?.finishedAt).toBe(5000);
	});

	it('refuses answers to a finished attempt and lists attempts newest first', async () => {
		const repo = fresh();
		const first = await repo.start(base);
		await repo.finish(first, 2000);
		await expect(
			repo.saveAnswer(first, { itemId: 'a', response: { type: 'true-false', answer: true }, isCorrect: true })
		).rejects.toThrow();
		const second = await repo.start({ ...base, startedAt: 3000 });
		expect((await repo.recent(5)).map((a) => a.id)).toEqual([second, first]);
	});
});
