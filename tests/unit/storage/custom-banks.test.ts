import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { CustomBankRepository } from '$lib/storage/custom-banks';
import type { CustomBank } from '$lib/domain/import/custom-bank';

const dbs: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
function fresh() {
	const db = new QaitalaDb(`custom-banks-${dbs.length}-${Date.now()}`);
	dbs.push(db);
	return new CustomBankRepository(db);
}

const bank = (title: string, importedAt: number): Omit<CustomBank, 'id'> => ({
	title,
	language: 'kk',
	format: 'csv',
	importedAt,
	items: [
		{ id: `custom-${importedAt.toString(36)}-1`, type: 'flashcard', prompt: 'Елорда?', answer: 'Астана', explanation: '' },
		{ id: `custom-${importedAt.toString(36)}-2`, type: 'numeric', prompt: 'Жыл?', answer: 1991, tolerance: 0, explanation: 'Тәуелсіздік' }
	]
});

describe('CustomBankRepository', () => {
	it('stores a bank whole and gives it back', async () => {
		const repo = fresh();
		const id = await repo.add(bank('Бірінші', 1000));
		expect(await repo.get(id)).toEqual({ ...bank('Бірінші', 1000), id });
	});

	it('lists banks newest first, and forgets a removed one', async () => {
		const repo = fresh();
		const older = await repo.add(bank('Older', 1000));
		const newer = await repo.add(bank('Newer', 2000));
		const middle = await repo.add(bank('Middle', 1500));
		expect((await repo.list()).map((b) => b.id)).toEqual([newer, middle, older]);
		await repo.remove(middle);
		expect((await repo.list()).map((b) => b.title)).toEqual(['Newer', 'Older']);
		expect(await repo.get(middle)).toBeUndefined();
	});

	it('leaves out a stored row that is not a valid bank', async () => {
		const repo = fresh();
		await repo.add(bank('Good', 1000));
		const broken = { ...bank('Broken', 2000), items: [{ id: 'x', type: 'choice', prompt: 'Q', options: [] }] } as unknown as CustomBank;
		const brokenId = (await repo.db.customBanks.add(broken)) as number;
		expect((await repo.list()).map((b) => b.title)).toEqual(['Good']);
		expect(await repo.get(brokenId)).toBeUndefined();
	});
});
