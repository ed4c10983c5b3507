/** Gathers what a study session needs (bank text, cards, today's new-card budget) and opens it. */
import { fetchTopicBank } from '../banks/fetch-banks';
import type { BankIndex } from '../domain/bank/compile';
import type { Language } from '../domain/language';
import { startOfLocalDay, type Settings } from '../domain/settings';
import { Scheduler } from '../domain/study/scheduler';
import { getRepository } from '../storage/repository';
import { StudySession } from './study-session.svelte';

export interface OpenStudySessionOptions {
	index: BankIndex;
	/** One topic id, or undefined for every due card across topics (no new cards then). */
	topicId: string | undefined;
	contentLanguage: Language;
	settings: Settings;
	fetch: typeof fetch;
	clock?: () => number;
}

export async function openStudySession(options: OpenStudySessionOptions): Promise<StudySession> {
	const { index, topicId, contentLanguage, settings, clock = Date.now } = options;
	const topicIds = topicId ? [topicId] : index.topics.map((t) => t.id);
	const repository = getRepository();
	const [banks, newCardsToday] = await Promise.all([
		Promise.all(topicIds.map((id) => fetchTopicBank(options.fetch, contentLanguage, id))),
		repository.countNewCardsSince(startOfLocalDay(clock()))
	]);
	const items = banks.flatMap((b) => b.items);
	const cards = await repository.loadCards(items.map((i) => i.id));
	return new StudySession({
		items,
		cards,
		newCardsLeft: topicId ? Math.max(0, settings.newCardsPerDay - newCardsToday) : 0,
		repository,
		scheduler: new Scheduler({ desiredRetention: settings.desiredRetention }),
		clock
	});
}
