/**
 * Runs a page's actions one at a time and turns their failures into what the page says: the banks
 * could not be read (offline before the app was cached), or the device's storage failed.
 */
export type Failure = 'banks' | 'storage';

export function failureOf(error: unknown): Failure {
	return error instanceof TypeError || (error as Error)?.name === 'BankFetchError' ? 'banks' : 'storage';
}

export class ActionGuard {
	isBusy = $state(false);
	failed = $state<Failure | false>(false);

	/** Runs `action` with the page marked busy; a failure is kept in `failed` instead of thrown. */
	run = async (action: () => Promise<void>): Promise<void> => {
		this.isBusy = true;
		this.failed = false;
		try {
			await action();
		} catch (error) {
			this.failed = failureOf(error);
		} finally {
			this.isBusy = false;
		}
	};
}
