import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { ClassResultRepository } from '$lib/storage/class-results';
import { AssignmentRepository } from '$lib/storage/assignments';
import { ClassResultsState } from '$lib/state/class-results.svelte';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { assignmentKey, encodeResult, type Result } from '$lib/domain/share/result';

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const assignment: Assignment = {
	v: 1,
	title: 'Set A',
	mode: 'test',
	languages: ['en'],
	topicIds: ['kz-usa'],
	itemIds: ['a', 'b']
};
const code = encodeAssignment(assignment);
const key = assignmentKey(code);
const other = assignmentKey('elsewhere');
const at = Date.UTC(2026, 10, 25);
const resultCode = (assignmentKeyOf: string, name: string, answers: string) =>
	encodeResult({
		v: 1,
		assignment: assignmentKeyOf,
		name,
		answers,
		timeSpentMs: 1000,
		completedAt: at
	} satisfies Result);

async function fresh(withComposed: boolean) {
	const db = new QaitalaDb(`results-page-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	const stores = { results: new ClassResultRepository(db), assignments: new AssignmentRepository(db) };
	if (withComposed) await stores.assignments.saveComposed({ key, code, assignment, createdAt: at });
	const state = new ClassResultsState(() => stores);
	await state.open();
	return { state, stores };
}

describe('ClassResultsState', () => {
	it('files each pasted code under its assignment, reports the others and keeps the failed lines', async () => {
		const { state } = await fresh(true);
		expect(state.selected?.assignment?.title).toBe('Set A');
		const text = [resultCode(key, 'Aliya', '11'), 'broken', resultCode(other, 'Bob', '10')].join('\n');
		const { report, remaining } = await state.addText(text, at);
		expect(report.counts).toEqual({ added: 2, updated: 0, unchanged: 0 });
		expect(report.elsewhere).toEqual([{ choice: { key: other }, count: 1 }]);
		expect(report.problems).toEqual([{ line: 1, error: 'share.error.malformed' }]);
		expect(remaining).toBe('broken');
		expect(state.rows.map((r) => r.result.name)).toEqual(['Aliya']);
		expect(state.choices.map((c) => c.key)).toEqual([key, other]);
	});

	it('leaves a paste with no good code as it is, with its own line numbers', async () => {
		const { state } = await fresh(true);
		const { report, remaining } = await state.addText('\nbad one', at);
		expect(remaining).toBe('\nbad one');
		expect(report.problems.map((p) => p.line)).toEqual([2, 2]);
	});

	it('shows the first imported assignment when there was none, and reopens on the one with results', async () => {
		const { state, stores } = await fresh(false);
		expect(state.selectedKey).toBeUndefined();
		await state.addText(resultCode(other, 'Bob', '1'), at);
		expect(state.selectedKey).toBe(other);
		await stores.assignments.saveComposed({ key, code, assignment, createdAt: at });
		const reopened = new ClassResultsState(() => stores);
		await reopened.open();
		expect(reopened.selectedKey).toBe(other);
	});

	it('reads a JSON result file and a text file of codes, naming the file (and line) of each problem', async () => {
		const { state } = await fresh(true);
		const files = [
			new File([JSON.stringify({ qaitala: 'result', code: resultCode(key, 'Aliya', '11') })], 'aliya.json'),
			new File([`${resultCode(key, 'Bob', '01')}\nnope\n`], 'codes.txt'),
			new File(['{"qaitala":"assignment"}'], 'wrong.json')
		];
		const report = await state.addFiles(files, at);
		expect(report.counts.added).toBe(2);
		expect(report.problems).toEqual([
			{ file: 'codes.txt', line: 2, error: 'share.error.malformed' },
			{ file: 'wrong.json', line: undefined, error: 'share.error.malformed' }
		]);
	});

	it('removes a result and puts it back', async () => {
		const { state } = await fresh(true);
		await state.addText(resultCode(key, 'Aliya', '11'), at);
		const [row] = state.rows;
		await state.remove(row!);
		expect(state.rows).toEqual([]);
		await state.restore(row!, at + 1);
		expect(state.rows.map((r) => r.result.name)).toEqual(['Aliya']);
	});
});

describe('ClassResultsState and codes that do not fit', () => {
	it('refuses a result dated ahead of the clock and one with the wrong number of answers, keeping those lines', async () => {
		const { state } = await fresh(true);
		const future = encodeResult({
			v: 1,
			assignment: key,
			name: 'Chen',
			answers: '11',
			timeSpentMs: 0,
			completedAt: at + 3 * 86_400_000
		} satisfies Result);
		const text = [
			resultCode(key, 'Aliya', '11'),
			future,
			resultCode(key, 'Bob', '111'),
			resultCode(other, 'Dana', '111')
		].join('\n');
		const { report, remaining } = await state.addText(text, at);
		expect(report.counts.added).toBe(2); // Aliya, and Dana for an assignment this device does not know
		expect(report.problems).toEqual([
			{ line: 1, error: 'share.error.resultFuture' },
			{ line: 2, error: 'share.error.answerCount' }
		]);
		expect(remaining.split('\n')).toHaveLength(2);
	});

	it('keeps a stored row completed at 8640000000000001 out of the table and offers to remove it (it once hid a whole class)', async () => {
		const { state, stores } = await fresh(true);
		await state.addText([resultCode(key, 'Aliya', '11'), resultCode(key, 'Bob', '01')].join('\n'), at);
		const bad: Result = {
			v: 1,
			assignment: key,
			name: 'Chen',
			answers: '10',
			timeSpentMs: 0,
			completedAt: 8_640_000_000_000_001
		};
		await stores.results.db.classResults.add({
			assignment: key,
			nameKey: 'chen',
			result: bad,
			code: encodeResult(bad),
			importedAt: at
		});
		await state.select(key);
		expect(state.rows.map((r) => r.result.name).sort()).toEqual(['Aliya', 'Bob']);
		expect(state.unreadable).toEqual([{ id: expect.any(Number), name: 'Chen', error: 'share.error.resultDate' }]);
		await state.removeUnreadable();
		expect(state.unreadable).toEqual([]);
		expect(state.rows).toHaveLength(2);
	});
});

describe('ClassResultsState.clear', () => {
	it('drops an assignment made elsewhere from the list once its results are gone', async () => {
		const { state } = await fresh(true);
		await state.addText(resultCode(other, 'Bob', '1'), at);
		await state.select(other);
		await state.clear();
		expect(state.choices.map((c) => c.key)).toEqual([key]);
		expect(state.selectedKey).toBe(key);
	});
});
