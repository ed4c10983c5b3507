/**
 * The instructor's own banks on the /teach page: the list, a validated import kept whole, and a
 * deletion (which takes the learner's progress in the bank with it, CustomBankRepository.remove).
 */
import type { CustomBank } from '../domain/import/custom-bank';
import type { ImportOptions } from '../domain/import/parse';
import type { ImportResult } from '../domain/import/custom-bank';

/** What the page does with the banks in storage (CustomBankRepository, or a fake in tests). */
export interface CustomBankStore {
	list(): Promise<CustomBank[]>;
	add(bank: Omit<CustomBank, 'id'>): Promise<number>;
	remove(id: number): Promise<void>;
}

const appStore = async (): Promise<CustomBankStore> =>
	(await import('../storage/custom-banks')).getCustomBankRepository();

export type ImportOutcome = { kind: 'parsed'; result: ImportResult } | { kind: 'storage-error' };

export class CustomBanks {
	banks = $state.raw<CustomBank[]>([]);
	hasLoaded = $state(false);
	hasLoadError = $state(false);
	readonly #store: () => Promise<CustomBankStore>;
	readonly #clock: () => number;

	constructor(store: () => Promise<CustomBankStore> = appStore, clock: () => number = Date.now) {
		this.#store = store;
		this.#clock = clock;
	}

	/** Reads the list again; storage may be blocked (private mode, a full disk), which the page says. */
	async refresh(): Promise<void> {
		try {
			this.banks = await (await this.#store()).list();
			this.hasLoadError = false;
		} catch {
			this.hasLoadError = true;
		}
		this.hasLoaded = true;
	}

	/** Reads and validates a text; keeps the bank only when all of it is valid. */
	async import(input: Omit<ImportOptions, 'now'> & { text: string }): Promise<ImportOutcome> {
		// The parsers (with the GIFT grammar) load only when someone imports.
		const { parseCustomBank } = await import('../domain/import/parse');
		const result = parseCustomBank(input.text, { ...input, now: this.#clock() });
		if (!result.ok) return { kind: 'parsed', result };
		try {
			await (await this.#store()).add(result.bank);
		} catch {
			return { kind: 'storage-error' };
		}
		await this.refresh();
		return { kind: 'parsed', result };
	}

	/** Deletes a bank with the learner's progress in it. */
	async remove(bank: CustomBank): Promise<void> {
		if (bank.id === undefined) return;
		await (await this.#store()).remove(bank.id);
		await this.refresh();
	}
}
