// The class results page's flow around ClassResultsState: paste box, report, undo, failures.
import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { ClassResultRepository } from '$lib/storage/class-results';
import { AssignmentRepository } from '$lib/storage/assignments';
import { ClassResultsState } from '$lib/state/class-results.svelte';
import { ClassResultsPage } from '$lib/state/class-results-page.svelte';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { assignmentKey, encodeResult } from '$lib/domain/share/result';

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const assignment: Assignment = {
	v: 1,
	title: 'Set P',
	mode: 'test',
	languages: ['en'],
	topicIds: ['kz-usa'],
	itemIds: ['a', 'b']
};
const code = encodeAssignment(assignment);
const key = assignmentKey(code);
const at = Date.UTC(2026, 10, 25);
const resultCode = (name: string, answers: string) =>
	encodeResult({ v: 1, assignment: key, name, answers, timeSpentMs: 1000, completedAt: at });

async function fresh() {
	const db = new QaitalaDb(`results-flow-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	const stores = { results: new ClassResultRepository(db), assignments: new AssignmentRepository(db) };
	await stores.assignments.saveComposed({ key, code, assignment, createdAt: at });
	const page = new ClassResultsPage(
		() => 'en',
		new ClassResultsState(() => stores),
		() => at
	);
	await page.open();
	return page;
}

describe('ClassResultsPage', () => {
	it('says an empty paste is empty, and keeps only the failed lines of a paste', async () => {
		const page = await fresh();
		expect(page.isReady).toBe(true);
		page.codes = '  ';
		await page.addCodes();
		expect(page.isPasteEmpty).toBe(true);
		expect(page.report).toBeUndefined();

		page.codes = `${resultCode('Aliya', '11')}\nbroken`;
		await page.addCodes();
		expect(page.isPasteEmpty).toBe(false);
		expect(page.report?.counts.added).toBe(1);
		expect(page.codes).toBe('broken');
		expect(page.hasLeftLines).toBe(true);
		expect(page.overview.students.map((s) => s.name)).toEqual(['Aliya']);
		expect(page.overview.averagePercent).toBe(100);
	});

	it('removes a student’s result and undoes it', async () => {
		const page = await fresh();
		page.codes = [resultCode('Aliya', '11'), resultCode('Bolat', '01')].join('\n');
		await page.addCodes();
		const bolat = page.overview.students.find((s) => s.name === 'Bolat')!;
		await page.remove(bolat);
		expect(page.removed?.result.name).toBe('Bolat');
		expect(page.overview.students).toHaveLength(1);
		await page.undo();
		expect(page.removed).toBeUndefined();
		expect(page.overview.students).toHaveLength(2);
	});

	it('says storage failed, and is not left busy', async () => {
		const broken = new ClassResultsState(() => {
			throw new Error('blocked');
		});
		const page = new ClassResultsPage(
			() => 'en',
			broken,
			() => at
		);
		await page.open();
		expect(page.failureMessage).toBe('results.storageError');
		expect(page.isBusy).toBe(false);
		expect(page.isReady).toBe(true);
	});
});
