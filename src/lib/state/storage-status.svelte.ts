/**
 * Settings' storage panels: the storage status, the request to keep the data, and "Check
 * database" with its counts. Also the one moment the app asks by itself: after a study session.
 * Storage is opened only from the methods, so pages can be prerendered.
 */
import type { CheckReport } from '../storage/database-check';
import type { StorageStatus, StorageStatusRepository } from '../storage/storage-status';

/** The storage (Dexie), loaded when a method first runs: not part of Settings' first load. */
const appRepository = async (): Promise<StorageStatusRepository> =>
	(await import('../storage/storage-status')).getStorageStatusRepository();

export type PersistOutcome = 'kept' | 'refused';

export class StorageStatusState {
	readonly #repository: () => StorageStatusRepository | Promise<StorageStatusRepository>;
	readonly #clock: () => number;
	status = $state.raw<StorageStatus | undefined>();
	persistOutcome = $state<PersistOutcome | undefined>();
	report = $state.raw<CheckReport | undefined>();
	isChecking = $state(false);
	checkFailed = $state(false);

	constructor(
		repository: () => StorageStatusRepository | Promise<StorageStatusRepository> = appRepository,
		clock: () => number = Date.now
	) {
		this.#repository = repository;
		this.#clock = clock;
	}

	async load(): Promise<void> {
		this.status = await (await this.#repository()).read();
	}

	/** The learner pressed "Keep my data": ask the browser, then show what it said. */
	async askPersistence(): Promise<void> {
		this.persistOutcome = (await (await this.#repository()).requestPersistence(this.#clock())) ? 'kept' : 'refused';
		await this.load();
	}

	/**
	 * After a study session: asks once, if there is progress to keep and the browser does not keep
	 * it yet; returns whether it asked (the page then says why).
	 */
	async askAfterSession(): Promise<boolean> {
		const repository = await this.#repository();
		if (!(await repository.shouldAskAfterSession())) return false;
		this.persistOutcome = (await repository.requestPersistence(this.#clock())) ? 'kept' : 'refused';
		return true;
	}

	/** The app was just installed: a good moment to ask the browser to keep its data. */
	askOnInstall(): Promise<void> {
		return Promise.resolve(this.#repository())
			.then((repository) => repository.requestPersistence(this.#clock()))
			.then(() => undefined);
	}

	async checkDatabase(): Promise<void> {
		if (this.isChecking) return;
		this.isChecking = true;
		this.checkFailed = false;
		try {
			this.report = await (await this.#repository()).checkDatabase();
			await this.load();
		} catch {
			this.checkFailed = true;
		} finally {
			this.isChecking = false;
		}
	}
}

/** The app's one instance (browser only; nothing is opened until a method runs). */
export const storageStatus = new StorageStatusState();
