/** Gathers what a study session needs (bank text, cards, today's new-card budget) and opens it. */
import { BankDataError, BankFetchError } from '../domain/errors';
import type { BankIndex, TopicBank, TopicSummary } from '../domain/bank/compile';
import { customTopicId, isCustomTopicId, isOwnTopic } from '../domain/import/custom-topic';
import type { SourceDoc } from '../domain/bank/schema';
import type { Language } from '../domain/language';
import { startOfLocalDay, type Settings } from '../domain/settings';
import type { Scheduler } from '../domain/study/scheduler';
import { reviewAheadIds } from '../domain/study/queue';
import { hiddenItemIds } from '../domain/study/flags';
import { settings as appSettings } from './settings.svelte';
import { StudySession } from './study-session.svelte';
import { ItemTranslations } from './item-translations';
import { loadBankIndex, loadTopicBanks } from './topic-banks';
import { quickReader } from '../storage/quick-read';
import type { StudyDay, StudyRepository } from '../storage/study-repository';
import { NO_COUNTS } from '../domain/study/limits';
import { BANK_INDEX_URL, fetchAhead, topicBankUrl } from '../banks/fetch-banks';
import { afterNextPaint } from './after-paint';

/**
 * After a topic is done for today: `more` new cards past the daily limit (EXTRA_NEW_CARDS more),
 * `ahead` the studied cards due soonest (graded as usual: FSRS takes the early review into account),
 * `free` every item once more without touching the schedule.
 */
export const KEEP_PRACTISING = ['more', 'ahead', 'free'] as const;
export type KeepPractising = (typeof KEEP_PRACTISING)[number];
export const EXTRA_NEW_CARDS = 10;

export const isKeepPractising = (value: unknown): value is KeepPractising =>
	(KEEP_PRACTISING as readonly unknown[]).includes(value);

export interface OpenStudySessionOptions {
	index: BankIndex;
	/** The topics to study (new cards too), or undefined for every due card across topics (no new cards). */
	topicIds: readonly string[] | undefined;
	contentLanguage: Language;
	settings: Settings;
	fetch: typeof fetch;
	/** Practise just these items (e.g. `?item=` from a link), whatever their schedule and the daily limit. */
	onlyItemIds?: readonly string[];
	/** How a finished topic goes on (`?practice=`); see KeepPractising. */
	practice?: KeepPractising;
	/** The topics' banks, already being fetched. */
	banks?: Promise<TopicBank[]>;
	clock?: () => number;
}

let loadingSessionCode:
	| Promise<
			[
				typeof import('../storage/study-repository'),
				typeof import('../domain/study/scheduler'),
				typeof import('./exam-plan.svelte')
			]
	  >
	| undefined;

/**
 * Storage (Dexie), the scheduler (ts-fsrs) and the exam plan: not part of the page's first load,
 * asked for as soon as a session starts opening, so they arrive while the bank index, the settings
 * and the banks do.
 */
function sessionCode() {
	if (loadingSessionCode) return loadingSessionCode;
	const loading = Promise.all([
		import('../storage/study-repository'),
		import('../domain/study/scheduler'),
		import('./exam-plan.svelte')
	]);
	loading.catch(() => {
		if (loadingSessionCode === loading) loadingSessionCode = undefined; // offline: a retry asks again
	});
	return (loadingSessionCode = loading);
}

/**
 * The session's code, asked for now when the device has study data (opening reads it with that
 * code). A first visit needs none of it for its first card: it is asked for once that card is shown
 * (a grade tapped before it arrives is written down first: storage/unsaved-grades.ts).
 */
function warmSessionCode(): void {
	quickReader.hasDatabase().then(
		(has) => {
			if (has) sessionCode().catch(() => undefined); // a failure surfaces where the session opens
		},
		() => undefined // storage blocked: the session says so when it opens
	);
}

/**
 * From a study or quiz page's load, before the page has hydrated (or when a link to it is hovered):
 * starts what opening its session waits for on the network (the session's code, the bank index,
 * the topics' banks in the cards' language), so that travels beside the page's own code. The
 * session itself is opened later, from storage as it is then.
 */
export function prefetchSession(topicIds: readonly string[] | undefined, uiLanguage: Language): void {
	warmSessionCode();
	fetchAhead(BANK_INDEX_URL);
	if (!topicIds?.length) return;
	appSettings.load(uiLanguage).then(
		() => {
			const language = appSettings.contentLanguageFor(uiLanguage);
			for (const id of topicIds) if (!isCustomTopicId(id)) fetchAhead(topicBankUrl(language, id));
		},
		() => undefined // storage blocked: the session says so when it opens
	);
}

async function openStudySession(
	options: OpenStudySessionOptions
): Promise<{ session: StudySession; translations: ItemTranslations }> {
	const { index, contentLanguage, settings, clock = Date.now } = options;
	const isAllDue = options.topicIds === undefined;
	const topicIds = options.topicIds ?? index.topics.map((t) => t.id);
	const [banks, isFirstVisit] = await Promise.all([
		options.banks ?? loadTopicBanks(options.fetch, contentLanguage, topicIds),
		quickReader.hasDatabase().then((has) => !has)
	]);
	const topicOf = new Map(banks.flatMap((b) => b.items.map((i) => [i.id, b.topicId] as const)));
	const now = clock();
	const allItems = banks.flatMap((b) => b.items);
	let repository: StudyRepository | Promise<StudyRepository>;
	let scheduler: Scheduler | Promise<Scheduler>;
	let exam: { pace: number } | undefined;
	let day: StudyDay;
	if (isFirstVisit) {
		// Nothing is stored on this device yet: the first card needs neither storage nor the
		// scheduler, whose code (and the database's making) follows once that card is shown.
		const code = afterNextPaint().then(sessionCode);
		repository = code.then(([{ getStudyRepository }]) => getStudyRepository());
		scheduler = code.then(([, { Scheduler }]) => schedulerWith(Scheduler, settings));
		day = { cards: new Map(), flags: [], counts: NO_COUNTS };
	} else {
		const [{ getStudyRepository }, { Scheduler }, { prepareExamDay }] = await sessionCode();
		const store = (repository = getStudyRepository());
		const loaded = (scheduler = schedulerWith(Scheduler, settings));
		// Before the day is read: an exam plan may bring cards forward, and sets the pace of new cards.
		exam = await prepareExamDay(store, loaded, index.topics, now);
		day = await store.loadStudyDay(
			allItems.map((i) => i.id),
			startOfLocalDay(now)
		);
	}
	const practice = isAllDue || options.onlyItemIds ? undefined : options.practice;
	const chosen =
		practice === 'ahead'
			? reviewAheadIds(
					allItems.map((i) => i.id),
					day.cards,
					now,
					hiddenItemIds(day.flags, now)
				)
			: options.onlyItemIds;
	const only = chosen && new Set(chosen);
	const items = only ? allItems.filter((i) => only.has(i.id)) : allItems;
	if (only) day = { ...day, cards: new Map([...day.cards].filter(([itemId]) => only.has(itemId))) };
	const extraNew = practice === 'more' ? EXTRA_NEW_CARDS : 0;
	const session = new StudySession({
		items,
		day,
		// Items chosen explicitly (`?item=`, review ahead) are practised now, even if set aside or past the daily limits.
		kind: practice === 'free' ? 'free' : only ? 'practice' : isAllDue ? 'allDue' : 'topics',
		limits: {
			newCardsPerDay: Math.max(settings.newCardsPerDay, exam?.pace ?? 0) + extraNew,
			reviewsPerDay: settings.reviewsPerDay
		},
		repository,
		scheduler,
		clock
	});
	const ownLanguages = new Map(index.topics.filter(isOwnTopic).map((t) => [t.id, t.own.languages] as const));
	return { session, translations: new ItemTranslations(topicOf, options.fetch, ownLanguages) };
}

type SchedulerSettings = Pick<Settings, 'desiredRetention' | 'learningSteps' | 'fsrsWeights'>;

/** The FSRS scheduler with the learner's retention, learning steps and (once fitted) own weights. */
export async function schedulerFor(settings: SchedulerSettings): Promise<Scheduler> {
	return schedulerWith((await import('../domain/study/scheduler')).Scheduler, settings);
}

function schedulerWith(SchedulerClass: typeof Scheduler, settings: SchedulerSettings): Scheduler {
	return new SchedulerClass({
		desiredRetention: settings.desiredRetention,
		learningSteps: settings.learningSteps.split(' ') as `${number}m`[],
		weights: settings.fsrsWeights
	});
}

export type OpenedSession =
	| {
			ok: true;
			session: StudySession;
			translations: ItemTranslations;
			contentLanguage: Language;
			sources: Record<string, SourceDoc>;
			/** Every topic, the learner's own ones too (a page without a prerendered topic takes its title here). */
			topics: TopicSummary[];
	  }
	| { ok: false; reason: 'banks' | 'storage' };

/** For a study or quiz page: loads the settings, then the session in the chosen card language. */
export async function openSessionForPage(
	topicIds: readonly string[] | undefined,
	uiLanguage: Language,
	onlyItemIds?: readonly string[],
	practice?: KeepPractising
): Promise<OpenedSession> {
	try {
		warmSessionCode();
		const indexLoaded = loadBankIndex(fetch);
		const current = await appSettings.load(uiLanguage);
		// Fixed for the session: a card must not change language under the learner.
		const contentLanguage = appSettings.contentLanguageFor(uiLanguage);
		// A topic's bank is fetched beside the index, not after it.
		const banks = topicIds && loadTopicBanks(fetch, contentLanguage, topicIds);
		banks?.catch(() => undefined); // a failure surfaces where it is awaited
		const index = await indexLoaded;
		const { session, translations } = await openStudySession({
			index,
			topicIds,
			contentLanguage,
			settings: current,
			fetch,
			onlyItemIds,
			practice,
			banks
		});
		return { ok: true, session, translations, contentLanguage, sources: index.sources, topics: index.topics };
	} catch (error) {
		// A lazy import that fails offline is a TypeError, the platform's only sign; anything else here comes from IndexedDB.
		const isNetwork = error instanceof BankFetchError || error instanceof BankDataError || error instanceof TypeError;
		return { ok: false, reason: isNetwork ? 'banks' : 'storage' };
	}
}

/** What a study or quiz page was prerendered with (server/entries.ts). */
export interface TopicPageKind {
	topic: { id: string } | null;
	isMix: boolean;
	/** `custom`: an instructor's own bank on this device, named by `?bank=<key>`. */
	isCustom?: boolean;
}

/**
 * The topics a study or quiz page covers: its own, those of a `mix` address, the own bank of a
 * `custom` one (none when the address names no bank), or none (undefined) for all due.
 */
export function sessionTopics(data: TopicPageKind, url: URL): string[] | undefined {
	if (data.topic) return [data.topic.id];
	if (data.isCustom)
		return url.searchParams
			.getAll('bank')
			.map((key) => customTopicId(key))
			.filter(isCustomTopicId);
	return data.isMix ? url.searchParams.getAll('topic') : undefined;
}
