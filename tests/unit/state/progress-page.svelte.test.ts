// The progress page's figures read from a database of the test's own (fake-indexeddb): nothing before
// any study, then the day's reviews, the streak, what is due (a buried card left out) and mastery.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { QuickReader } from '$lib/storage/quick-read';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { DAY_MS } from '$lib/domain/study/time';
import { FORECAST_DAYS, HEATMAP_DAYS, loadProgressFigures } from '$lib/state/progress-page.svelte';
import { topicOf, trueFalse } from './fake-banks';

const NOW = new Date(2026, 3, 15, 15, 0).getTime(); // mid-afternoon, local time
const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function fresh() {
	const name = `progress-page-${dbs.length}-${Math.random()}`;
	const db = new QaitalaDb(name);
	dbs.push(db);
	const reader = new QuickReader(name, async () => void (await db.open()));
	return { db, repository: new StudyRepository(db), reader };
}

const topics = [
	topicOf(
		'alpha',
		['a', 'b', 'c'].map((id) => trueFalse(id, true))
	),
	topicOf('beta', [trueFalse('d', false)], 2)
];

async function grade(repository: StudyRepository, itemId: string, grade: 'again' | 'good', at: number) {
	const card = (await repository.loadCards([itemId])).get(itemId);
	const next = new Scheduler().grade(itemId, card, grade, at);
	expect((await repository.recordReview(next.card, next.review)).ok).toBe(true);
}

describe('loadProgressFigures', () => {
	it('gives empty figures of the right shape before any study', async () => {
		const { reader } = fresh();
		const figures = await loadProgressFigures(topics, NOW, reader);
		expect(figures.days).toHaveLength(HEATMAP_DAYS);
		expect(figures.days.every((d) => d.count === 0)).toBe(true);
		expect(figures.forecast).toHaveLength(FORECAST_DAYS);
		expect(figures).toMatchObject({ dueNow: 0, streak: 0, totalReviews: 0, retention: { count: 0 } });
		expect(figures.mastery.map((m) => m.mastery)).toEqual([
			{ newCount: 3, learningCount: 0, masteredCount: 0 },
			{ newCount: 1, learningCount: 0, masteredCount: 0 }
		]);
	});

	it('counts reviews by local day, ending today, and the streak of days in a row', async () => {
		const { repository, reader } = fresh();
		await grade(repository, 'a', 'good', NOW - DAY_MS); // yesterday
		await grade(repository, 'b', 'good', NOW - 3_600_000);
		await grade(repository, 'c', 'good', NOW - 1_800_000);
		const figures = await loadProgressFigures(topics, NOW, reader);
		expect(figures.totalReviews).toBe(3);
		const last = figures.days.at(-1)!;
		expect(new Date(last.day).toDateString()).toBe(new Date(NOW).toDateString());
		expect(last.count).toBe(2);
		expect(figures.days.at(-2)!.count).toBe(1);
		expect(figures.days[1]!.day - figures.days[0]!.day).toBeGreaterThan(DAY_MS - 3_600_001); // a day apart (DST aside)
		expect(figures.streak).toBe(2);
		expect(figures.retention.count).toBe(0); // first answers of new cards are not recall
		expect(figures.mastery[0]!.mastery).toEqual({ newCount: 0, learningCount: 3, masteredCount: 0 });
		expect(figures.mastery[1]!.mastery.newCount).toBe(1);
	});

	it('counts a card due now as a session does, and leaves a buried one out', async () => {
		const { repository, reader } = fresh();
		await grade(repository, 'a', 'again', NOW - 3_600_000); // a learning step long past
		await grade(repository, 'd', 'again', NOW - 3_600_000);
		expect((await loadProgressFigures(topics, NOW, reader)).dueNow).toBe(2);
		await repository.buryItem('d', NOW + DAY_MS);
		expect((await loadProgressFigures(topics, NOW, reader)).dueNow).toBe(1);
		// Once the burial is over it counts again.
		expect((await loadProgressFigures(topics, NOW + DAY_MS + 1, reader)).dueNow).toBe(2);
	});

	it('gives the mastery of the topics asked for, and what is due on the whole device, as home does', async () => {
		const { repository, reader } = fresh();
		await grade(repository, 'd', 'again', NOW - 3_600_000);
		const figures = await loadProgressFigures(topics.slice(0, 1), NOW, reader);
		expect(figures.mastery.map((m) => m.topic.id)).toEqual(['alpha']);
		expect(figures.dueNow).toBe(1);
	});
});
