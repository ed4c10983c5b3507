/**
 * An instructor's imported question banks on this device. A bank is stored whole in one
 * write, after it was validated whole: a failed import never gets here, so it changes nothing.
 */
import type { CustomBank } from '../domain/import/custom-bank';
import { checkStoredBank, rekeyBank } from '../domain/import/validate-custom';
import { importedAtOf } from '../domain/import/custom-topic';
import type { QaitalaDb } from './db';
import { getDb } from './connection';

export class CustomBankRepository {
	constructor(readonly db: QaitalaDb) {}

	/**
	 * Stores a validated bank; returns its id. Its `importedAt` names its topic and item ids, so it
	 * must be its own: should another bank have it (two saved in one millisecond), the next free
	 * millisecond is taken and the ids follow.
	 */
	async add(bank: Omit<CustomBank, 'id'>): Promise<number> {
		return this.db.transaction('rw', this.db.customBanks, async () => {
			let importedAt = bank.importedAt;
			while ((await this.db.customBanks.where('importedAt').equals(importedAt).count()) > 0) importedAt++;
			const row = importedAt === bank.importedAt ? bank : rekeyBank(bank, importedAt);
			return (await this.db.customBanks.add({ ...row })) as number;
		});
	}

	/** Every bank, newest first; a row that is not a bank (edited by hand, say) is left out. */
	async list(): Promise<CustomBank[]> {
		const rows = await this.db.customBanks.orderBy('importedAt').reverse().toArray();
		return rows.flatMap((row) => checkStoredBank(row) ?? []);
	}

	async get(id: number): Promise<CustomBank | undefined> {
		return checkStoredBank(await this.db.customBanks.get(id));
	}

	/** The bank a topic's key names (customBankKey), if this device has it. */
	async getByKey(key: string): Promise<CustomBank | undefined> {
		const importedAt = importedAtOf(key);
		if (importedAt === undefined) return undefined;
		return checkStoredBank(await this.db.customBanks.where('importedAt').equals(importedAt).first());
	}

	/**
	 * Deletes a bank and, in the same transaction, the learner's progress in it: its cards, their
	 * review rows and set-aside flags. Its ids are never used again (a re-import gets new ones), so
	 * what was kept would only be counted where nothing can be studied any more.
	 */
	async remove(id: number): Promise<void> {
		const { db } = this;
		await db.transaction('rw', [db.customBanks, db.cards, db.reviews, db.itemFlags], async () => {
			const row = await db.customBanks.get(id);
			const itemIds = Array.isArray(row?.items)
				? row.items.map((item) => item?.id).filter((i): i is string => typeof i === 'string')
				: [];
			await db.customBanks.delete(id);
			if (!itemIds.length) return;
			await db.cards.bulkDelete(itemIds);
			await db.itemFlags.bulkDelete(itemIds);
			await db.reviews.where('itemId').anyOf(itemIds).delete();
		});
	}
}

let shared: CustomBankRepository | undefined;

/** The app's custom banks, opened on first use in the browser (never during prerendering). */
export function getCustomBankRepository(): CustomBankRepository {
	shared ??= new CustomBankRepository(getDb());
	return shared;
}
