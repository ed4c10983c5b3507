/**
 * The instructors' page's assignments: the ones composed on this device, the one whose share panel
 * is open, and making a new one from the composer.
 */
import type { CustomBank } from '../domain/import/custom-bank';
import type { TopicSummary } from '../domain/bank/compile';
import type { Language } from '../domain/language';
import { assignmentKey } from '../domain/share/result';
import type { AssignmentRepository } from '../storage/assignments';
import type { ComposedAssignmentRow } from '../storage/rows';
import type { Composer, ComposeError } from './composer.svelte';

export type { ComposedAssignmentRow };

/**
 * Where the page's data lives; a function, so nothing is opened until the page asks (never while
 * prerendering), and the database code loads after the page has painted.
 */
export type ComposedStores = () => Promise<{ assignments: AssignmentRepository }>;

const appStores: ComposedStores = async () => ({
	assignments: (await import('../storage/assignments')).getAssignmentRepository()
});

export class ComposedAssignments {
	rows = $state.raw<ComposedAssignmentRow[]>([]);
	/** The key of the one whose share panel is open. */
	shownKey = $state<string>();
	failed = $state<'banks' | 'storage' | ComposeError | false>(false);
	readonly shown = $derived(this.rows.find((row) => row.key === this.shownKey));

	readonly #stores: ComposedStores;
	readonly #fetch: typeof fetch;
	readonly #clock: () => number;

	constructor(stores: ComposedStores = appStores, fetchFn?: typeof fetch, clock: () => number = Date.now) {
		this.#stores = stores;
		this.#fetch = fetchFn ?? ((input, init) => fetch(input, init));
		this.#clock = clock;
	}

	async #assignments(): Promise<AssignmentRepository> {
		return (await this.#stores()).assignments;
	}

	async load(): Promise<void> {
		try {
			this.rows = await (await this.#assignments()).listComposed();
		} catch {
			this.failed = 'storage';
		}
	}

	/** Reads the banks the composer picks from; a failure is said on the page. */
	async loadBanks(
		composer: Composer,
		topics: readonly TopicSummary[],
		language: Language,
		ownBanks: readonly CustomBank[]
	): Promise<void> {
		await composer.load(topics, language, this.#fetch, ownBanks).catch(() => (this.failed = 'banks'));
	}

	/** Saves the composer's assignment and opens its share panel; its key, or undefined when it failed. */
	async create(composer: Composer): Promise<string | undefined> {
		const encoded = composer.encode();
		if (!encoded.ok) {
			this.failed = encoded.error;
			return undefined;
		}
		this.failed = false;
		const { code, assignment } = encoded;
		const row = { key: assignmentKey(code), code, assignment, createdAt: this.#clock() };
		try {
			await (await this.#assignments()).saveComposed(row);
			this.rows = await (await this.#assignments()).listComposed();
			this.shownKey = row.key;
			return row.key;
		} catch {
			this.failed = 'storage';
			return undefined;
		}
	}

	/** Opens the share panel of `row`, or closes it when it is the open one. */
	toggle(row: ComposedAssignmentRow): void {
		this.shownKey = this.shownKey === row.key ? undefined : row.key;
	}

	async remove(row: ComposedAssignmentRow): Promise<void> {
		await (await this.#assignments()).removeComposed(row.key);
		this.rows = await (await this.#assignments()).listComposed();
	}
}
