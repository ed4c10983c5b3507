/**
 * The instructor's own banks as topics, for pages that list topics (home, mix, test, browse,
 * progress, the composer). Their lists are prerendered with the built-in topics only; these join
 * them in the browser once read.
 */
import type { TopicSummary } from '../domain/bank/compile';
import type { CustomBank } from '../domain/import/custom-bank';
import type { OwnTopic } from '../domain/import/custom-topic';
import { appOwnBanks, loadOwnTopics, type OwnBankSource } from './topic-banks';

export class OwnTopics {
	topics = $state.raw<OwnTopic[]>([]);
	banks = $state.raw<CustomBank[]>([]);
	readonly #source: () => Promise<OwnBankSource>;

	constructor(source: () => Promise<OwnBankSource> = appOwnBanks) {
		this.#source = source;
	}

	/** Reads the banks in the browser (never while prerendering); none when storage is blocked. */
	async load(): Promise<void> {
		const { banks, topics } = await loadOwnTopics(this.#source);
		this.banks = banks;
		this.topics = topics;
	}

	/** The own topics first, then `topics`. */
	with(topics: readonly TopicSummary[]): TopicSummary[] {
		return [...this.topics, ...topics];
	}
}
