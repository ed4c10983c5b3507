import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { ClassResultRepository } from '$lib/storage/class-results';
import { encodeResult, type Result } from '$lib/domain/share/result';

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
function fresh() {
	const db = new QaitalaDb(`class-results-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	return new ClassResultRepository(db);
}

const A = 'aaaaaaaa';
const B = 'bbbbbbbb';
const at = Date.UTC(2026, 10, 25, 10, 0);
function toImport(name: string, answers: string, completedAt = at, assignment = A) {
	const result: Result = { v: 1, assignment, name, answers, timeSpentMs: 60_000, completedAt };
	return { result, code: encodeResult(result) };
}

describe('ClassResultRepository', () => {
	it('files results under their assignment and keeps one row per student, the latest', async () => {
		const repo = fresh();
		expect(
			await repo.importResults(
				[toImport('Әлия Серікова', '10'), toImport('Bob', '00'), toImport('Bob', '11', at, B)],
				1
			)
		).toEqual({
			added: 3,
			updated: 0,
			unchanged: 0
		});
		const counts = await repo.importResults(
			[
				toImport('әлия  серікова', '11', at + 1000), // sent again, later: replaces
				toImport('BOB', '11', at - 1000), // an older code: ignored
				toImport('Bob', '00') // the same code again
			],
			2
		);
		expect(counts).toEqual({ added: 0, updated: 1, unchanged: 2 });
		const rows = (await repo.listFor(A)).readable;
		expect(rows.map((r) => [r.nameKey, r.result.name, r.result.answers, r.importedAt]).sort()).toEqual([
			['bob', 'Bob', '00', 1],
			['әлия серікова', 'әлия  серікова', '11', 2]
		]);
		expect(await repo.assignmentsWithResults()).toEqual([A, B]);
	});

	it('keeps the reports a result carries, and takes the same work sent again with new reports', async () => {
		const repo = fresh();
		const first = toImport('Ерлан', '10');
		const reported: Result = {
			...first.result,
			v: 2,
			reports: [{ q: 1, reason: 'wrongAnswer', comment: 'Жауабы 1992' }]
		};
		expect(await repo.importResults([first], 1)).toEqual({ added: 1, updated: 0, unchanged: 0 });
		// Made again after reporting a question: the same completion, another code.
		expect(await repo.importResults([{ result: reported, code: encodeResult(reported) }], 2)).toEqual({
			added: 0,
			updated: 1,
			unchanged: 0
		});
		expect((await repo.listFor(A)).readable[0]?.result).toEqual(reported);
		// The very same code again changes nothing.
		expect(await repo.importResults([{ result: reported, code: encodeResult(reported) }], 3)).toEqual({
			added: 0,
			updated: 0,
			unchanged: 1
		});
	});

	it('takes the later of two results for the same student within one batch', async () => {
		const repo = fresh();
		const counts = await repo.importResults([toImport('Chen', '11', at + 5), toImport('Chen', '00', at)], 1);
		expect(counts).toEqual({ added: 1, updated: 0, unchanged: 1 });
		expect((await repo.listFor(A)).readable[0]?.result.answers).toBe('11');
	});

	it('imports a batch in one transaction: a failure leaves nothing behind', async () => {
		const repo = fresh();
		const broken = {
			...toImport('Dana', '1'),
			result: { ...toImport('Dana', '1').result, assignment: undefined as unknown as string }
		};
		await expect(repo.importResults([toImport('Chen', '1'), broken], 1)).rejects.toThrow();
		expect(await repo.listFor(A)).toEqual({ readable: [], unreadable: [] });
	});

	it('removes one result or every result of an assignment, keeping its class list', async () => {
		const repo = fresh();
		await repo.importResults([toImport('A', '1'), toImport('B', '1'), toImport('C', '1', at, B)], 1);
		await repo.saveRoster(A, ['A', 'B']);
		const [first] = (await repo.listFor(A)).readable;
		await repo.remove(first!.id!);
		expect((await repo.listFor(A)).readable).toHaveLength(1);
		await repo.clearAssignment(A);
		expect((await repo.listFor(A)).readable).toEqual([]);
		expect((await repo.listFor(B)).readable).toHaveLength(1);
		expect(await repo.assignmentsWithResults()).toEqual([B]);
		expect(await repo.loadRoster(A)).toEqual(['A', 'B']);
	});

	it('saves a tidy class list per assignment and removes an empty one', async () => {
		const repo = fresh();
		expect(await repo.loadRoster(A)).toEqual([]);
		expect(await repo.saveRoster(A, ['  Әлия   Серікова ', '', 'әлия серікова', 'Bob'])).toEqual([
			'Әлия Серікова',
			'Bob'
		]);
		expect(await repo.loadRoster(A)).toEqual(['Әлия Серікова', 'Bob']);
		expect(await repo.loadRoster(B)).toEqual([]);
		await repo.saveRoster(A, ['  ']);
		expect(await repo.db.rosters.get(A)).toBeUndefined();
	});

	it('ignores anything but names in a stored class list', async () => {
		const repo = fresh();
		await repo.db.rosters.put({ assignment: A, names: ['Bob', 42, null] as unknown as string[] });
		expect(await repo.loadRoster(A)).toEqual(['Bob']);
	});

	it('set aside a stored row completed at 8640000000000001 and read every other (it once hid a whole class)', async () => {
		const repo = fresh();
		await repo.importResults([toImport('Aliya', '10'), toImport('Bob', '11')], 1);
		const bad = toImport('Chen', '01', 8_640_000_000_000_001);
		const id = (await repo.db.classResults.add({
			assignment: A,
			nameKey: 'chen',
			result: bad.result,
			code: bad.code,
			importedAt: 1
		})) as number;
		await repo.db.classResults.add({
			assignment: A,
			nameKey: 'junk',
			result: 'not a result' as unknown as Result,
			code: 'x',
			importedAt: 1
		});
		const { readable, unreadable } = await repo.listFor(A);
		expect(readable.map((r) => r.result.name).sort()).toEqual(['Aliya', 'Bob']);
		expect(unreadable).toEqual([
			{ id, name: 'Chen', error: 'share.error.resultDate' },
			{ id: expect.any(Number), error: 'share.error.invalidResult' }
		]);
		await repo.removeMany(unreadable.map((r) => r.id));
		expect((await repo.listFor(A)).unreadable).toEqual([]);
	});

	it('read a row whose stored result was damaged from its code, and check answers against a known assignment', async () => {
		const repo = fresh();
		const { result, code } = toImport('Dana', '10');
		await repo.db.classResults.add({
			assignment: A,
			nameKey: 'dana',
			result: { ...result, completedAt: Number.NaN },
			code,
			importedAt: 1
		});
		expect((await repo.listFor(A)).readable.map((r) => r.result)).toEqual([result]);
		expect((await repo.listFor(A, { itemCount: 3 })).unreadable).toEqual([
			{ id: expect.any(Number), name: 'Dana', error: 'share.error.answerCount' }
		]);
	});

	it('let a good result replace an unreadable row of the same student', async () => {
		const repo = fresh();
		const bad = toImport('Chen', '01', 8_640_000_000_000_001);
		await repo.db.classResults.add({
			assignment: A,
			nameKey: 'chen',
			result: bad.result,
			code: bad.code,
			importedAt: 1
		});
		expect(await repo.importResults([toImport('Chen', '11')], 2)).toEqual({ added: 0, updated: 1, unchanged: 0 });
		expect((await repo.listFor(A)).readable.map((r) => r.result.answers)).toEqual(['11']);
	});

	it('list only assignment keys that look like keys', async () => {
		const repo = fresh();
		await repo.importResults([toImport('Bob', '1')], 1);
		await repo.db.classResults.add({
			assignment: 'not-a-key',
			nameKey: 'x',
			result: toImport('X', '1').result,
			code: '',
			importedAt: 1
		});
		await repo.db.classResults.add({
			assignment: 7 as unknown as string,
			nameKey: 'y',
			result: toImport('Y', '1').result,
			code: '',
			importedAt: 1
		});
		expect(await repo.assignmentsWithResults()).toEqual([A]);
	});
});
