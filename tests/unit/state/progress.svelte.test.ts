// The home page's counts follow grades made in another tab.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { ProgressOverview } from '$lib/state/progress.svelte';
import type { TopicSummary } from '$lib/domain/bank/compile';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
const topic = { id: 't', itemIds: ['a', 'b', 'c'] } as unknown as TopicSummary;
const scheduler = new Scheduler({ enableFuzz: false });
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

function tab(name: string): StudyRepository {
	const db = new QaitalaDb(name);
	dbs.push(db);
	return new StudyRepository(db);
}

describe('ProgressOverview', () => {
	it('follows another tab’s grades: new, due and reviewed today (d)', async () => {
		const name = `progress-${Date.now()}`;
		const home = new ProgressOverview(tab(name), () => NOW + 120_000);
		await home.load(NOW + 120_000);
		expect(home.countsFor(topic)).toEqual({ newCount: 3, dueCount: 0, total: 3 });
		const stop = home.follow();
		try {
			const other = tab(name);
			const { card, review } = scheduler.grade('a', undefined, 'again', NOW); // due a minute later
			await other.recordReview(card, review);
			await vi.waitFor(() => expect(home.countsFor(topic)).toEqual({ newCount: 2, dueCount: 1, total: 3 }));
			expect(home.today).toMatchObject({ itemsReviewed: 1, answers: 1 });
		} finally {
			stop();
		}
	});
});
