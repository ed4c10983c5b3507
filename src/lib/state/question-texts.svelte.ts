/**
 * The questions of an assignment in one language, for the class results' legend: from the
 * (precached) banks of its topics, and the instructor's own questions it carries.
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Language } from '../domain/language';
import { carriedItems, type Assignment } from '../domain/share/assignment';
import { localizeCarried } from '../domain/share/carried';
import { fetchTopicBank } from '../banks/fetch-banks';

export class QuestionTexts {
	/** By question id; the previous assignment's stay until the next ones are read. */
	items = $state.raw<Map<string, LocalizedItem>>(new Map());
	failed = $state(false);
	readonly #fetch: typeof fetch;
	/** Counts the reads, so only the latest one is shown when they overlap. */
	#reads = 0;

	constructor(fetchFn?: typeof fetch) {
		this.#fetch = fetchFn ?? ((input, init) => fetch(input, init));
	}

	async load(assignment: Assignment | undefined, language: Language): Promise<void> {
		const read = ++this.#reads;
		this.failed = false;
		try {
			const banks = await Promise.all(
				(assignment?.topicIds ?? []).map((id) => fetchTopicBank(this.#fetch, language, id))
			);
			// The instructor's own questions travel inside the assignment.
			const carried = assignment ? carriedItems(assignment).map((c) => localizeCarried(c, language)) : [];
			if (read === this.#reads)
				this.items = new Map(
					[...banks.flatMap((bank) => bank.items), ...carried].map((item) => [item.id, item] as const)
				);
		} catch {
			if (read === this.#reads) this.failed = true;
		}
	}
}
