/**
 * The instructor's own banks as topics, for pages that list topics (home, mix, test, browse,
 * progress, the composer). Their lists are prerendered with the built-in topics only; these join
 * them in the browser once read.
 */
import type { TopicSummary } from '../domain/bank/compile';
import type { CustomBank } from '../domain/import/custom-bank';
import type { OwnTopic } from '../domain/import/custom-topic';
import type { OwnBankSource } from './topic-banks';
import { quickReader } from '../storage/quick-read';

export class OwnTopics {
	topics = $state.raw<OwnTopic[]>([]);
	banks = $state.raw<CustomBank[]>([]);
	readonly #source: (() => Promise<OwnBankSource>) | undefined;

	/** @param source the device's own banks (topic-banks.ts) when omitted */
	constructor(source?: () => Promise<OwnBankSource>) {
		this.#source = source;
	}

	/** Reads the banks in the browser (never while prerendering); none when storage is blocked. */
	async load(): Promise<void> {
		// Most devices have no own bank: one look at the store, and nothing more loads.
		if (!this.#source && !(await quickReader.listCustomBankRows().catch(() => [])).length) return;
		const { appOwnBanks, loadOwnTopics } = await import('./topic-banks');
		const { banks, topics } = await loadOwnTopics(this.#source ?? appOwnBanks);
		this.banks = banks;
		this.topics = topics;
	}

	/** The own topics first, then `topics`. */
	with(topics: readonly TopicSummary[]): TopicSummary[] {
		return [...this.topics, ...topics];
	}
}
