/**
 * An instructor's imported question banks on this device. A bank is stored whole in one
 * write, after it was validated whole: a failed import never gets here, so it changes nothing.
 */
import type { CustomBank } from '../domain/import/custom-bank';
import { checkStoredBank } from '../domain/import/validate-custom';
import type { QaitalaDb } from './db';
import { getDb } from './repository';

export class CustomBankRepository {
	constructor(readonly db: QaitalaDb) {}

	/** Stores a validated bank; returns its id. */
	async add(bank: Omit<CustomBank, 'id'>): Promise<number> {
		return this.db.transaction('rw', this.db.customBanks, async () => (await this.db.customBanks.add({ ...bank })) as number);
	}

	/** Every bank, newest first; a row that is not a bank (edited by hand, say) is left out. */
	async list(): Promise<CustomBank[]> {
		const rows = await this.db.customBanks.orderBy('importedAt').reverse().toArray();
		return rows.flatMap((row) => checkStoredBank(row) ?? []);
	}

	async get(id: number): Promise<CustomBank | undefined> {
		return checkStoredBank(await this.db.customBanks.get(id));
	}

	async remove(id: number): Promise<void> {
		await this.db.customBanks.delete(id);
	}
}

let shared: CustomBankRepository | undefined;

/** The app's custom banks, opened on first use in the browser (never during prerendering). */
export function getCustomBanks(): CustomBankRepository {
	shared ??= new CustomBankRepository(getDb());
	return shared;
}
