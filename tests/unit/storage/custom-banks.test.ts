import { afterEach, describe, expect, it } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { CustomBankRepository } from '$lib/storage/custom-banks';
import type { CustomBank } from '$lib/domain/import/custom-bank';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { customBankKey } from '$lib/domain/import/custom-topic';

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
		{
			id: `custom-${importedAt.toString(36)}-1`,
			type: 'flashcard',
			prompt: 'Елорда?',
			answer: 'Астана',
			explanation: ''
		},
		{
			id: `custom-${importedAt.toString(36)}-2`,
			type: 'numeric',
			prompt: 'Жыл?',
			answer: 1991,
			tolerance: 0,
			explanation: 'Тәуелсіздік'
		}
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
		const broken = {
			...bank('Broken', 2000),
			items: [{ id: 'x', type: 'choice', prompt: 'Q', options: [] }]
		} as unknown as CustomBank;
		const brokenId = (await repo.db.customBanks.add(broken)) as number;
		expect((await repo.list()).map((b) => b.title)).toEqual(['Good']);
		expect(await repo.get(brokenId)).toBeUndefined();
	});

	it('gives two banks saved in the same millisecond their own ids', async () => {
		const repo = fresh();
		const first = await repo.add(bank('First', 1000));
		const second = await repo.add(bank('Second', 1000));
		const [a, b] = [(await repo.get(first))!, (await repo.get(second))!];
		expect(a.items.map((i) => i.id)).toEqual([`custom-${(1000).toString(36)}-1`, `custom-${(1000).toString(36)}-2`]);
		expect(b.importedAt).toBe(1001);
		expect(b.items.map((i) => i.id)).toEqual([`custom-${(1001).toString(36)}-1`, `custom-${(1001).toString(36)}-2`]);
	});

	it('finds a bank by the key its topic id names', async () => {
		const repo = fresh();
		const id = await repo.add(bank('Keyed', Date.UTC(2025, 5, 1)));
		expect((await repo.getByKey(customBankKey(Date.UTC(2025, 5, 1))))?.id).toBe(id);
		expect(await repo.getByKey(customBankKey(Date.UTC(2025, 5, 2)))).toBeUndefined();
		expect(await repo.getByKey('not a key')).toBeUndefined();
	});

	it('deletes the learner’s progress in a bank with it, and nothing else', async () => {
		const repo = fresh();
		const study = new StudyRepository(repo.db);
		const scheduler = new Scheduler({ enableFuzz: false });
		const gone = await repo.add(bank('Gone', 1000));
		await repo.add(bank('Kept', 2000));
		const now = Date.UTC(2026, 0, 5);
		for (const itemId of [`custom-${(1000).toString(36)}-1`, `custom-${(2000).toString(36)}-1`, 'kz-china-1']) {
			const { card, review } = scheduler.grade(itemId, undefined, 'good', now);
			await study.recordReview(card, review);
		}
		await study.setSuspended(`custom-${(1000).toString(36)}-2`, true);
		await repo.remove(gone);
		expect([...(await study.loadCards()).keys()].sort()).toEqual([`custom-${(2000).toString(36)}-1`, 'kz-china-1']);
		expect((await repo.db.reviews.toArray()).map((r) => r.itemId).sort()).toEqual([
			`custom-${(2000).toString(36)}-1`,
			'kz-china-1'
		]);
		expect(await study.loadItemFlags()).toEqual([]);
		expect((await repo.list()).map((b) => b.title)).toEqual(['Kept']);
	});
});
