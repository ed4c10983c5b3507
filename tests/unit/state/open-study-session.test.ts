// Opening a study or quiz page's session: the banks from a fake fetch, the cards and settings from the
// app's database (fake-indexeddb), the cards' language from the settings, and why an opening failed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { Language } from '$lib/domain/language';
import { settings } from '$lib/state/settings.svelte';
import { EXTRA_NEW_CARDS, isKeepPractising, openSessionForPage, sessionTopics } from '$lib/state/open-study-session';
import { SessionLoader } from '$lib/state/session-loader.svelte';
import { quickReader } from '$lib/storage/quick-read';
import { fakeBanks, trueFalse } from './fake-banks';

const db = new QaitalaDb();
/** Seven items in each language, their text saying which. */
const alpha = (language: Language) =>
	Array.from({ length: 7 }, (_, i) => trueFalse(`a-${i}`, true, `${language} ${i}`));
const banks = fakeBanks({ alpha, beta: [trueFalse('b-0', false)] });

beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
	vi.restoreAllMocks();
	vi.stubGlobal('fetch', banks.fetch);
	await settings.load('en');
	await settings.update({ contentLanguage: null, newCardsPerDay: 20 });
});

const opened = async (...args: Parameters<typeof openSessionForPage>) => {
	const result = await openSessionForPage(...args);
	if (!result.ok) throw new Error(`not opened: ${result.reason}`);
	return result;
};

describe('openSessionForPage', () => {
	it('opens a topic’s new cards in the interface language, with every topic of the index', async () => {
		const { session, contentLanguage, topics } = await opened(['alpha'], 'en');
		expect(contentLanguage).toBe('en');
		expect(session.queueCounts).toEqual({ newCount: 7, learningCount: 0, reviewCount: 0 });
		expect(session.currentItem?.type === 'true-false' && session.currentItem.statement).toMatch(/^en /);
		expect(topics.map((t) => t.id)).toEqual(['alpha', 'beta']);
	});

	it('shows the cards in the language the settings choose, whatever the interface', async () => {
		await settings.update({ contentLanguage: 'kk' });
		const { session, contentLanguage } = await opened(['alpha'], 'ru');
		expect(contentLanguage).toBe('kk');
		expect(session.currentItem?.type === 'true-false' && session.currentItem.statement).toMatch(/^kk /);
	});

	it('holds new cards to the daily limit, and gives more past it when asked to keep practising', async () => {
		await settings.update({ newCardsPerDay: 2 });
		expect((await opened(['alpha'], 'en')).session.queueCounts.newCount).toBe(2);
		expect(EXTRA_NEW_CARDS).toBeGreaterThan(5);
		expect((await opened(['alpha'], 'en', undefined, 'more')).session.queueCounts.newCount).toBe(7);
	});

	it('practises just the items named, whatever the limit', async () => {
		await settings.update({ newCardsPerDay: 0 });
		const { session } = await opened(['alpha'], 'en', ['a-3', 'a-5']);
		expect(session.remaining).toBe(2);
		expect(['a-3', 'a-5']).toContain(session.currentItem?.id);
	});

	it('gathers the due cards of every topic when no topic is named, and no new ones', async () => {
		const repository = new StudyRepository(db);
		const { card, review } = new Scheduler().grade('b-0', undefined, 'again', Date.now() - 3_600_000);
		await repository.recordReview(card, review);
		const { session } = await opened(undefined, 'en');
		expect(session.queueCounts.newCount).toBe(0);
		expect(session.currentItem?.id).toBe('b-0');
	});

	it('on a first visit (no database yet) shows the first card without reading storage, and saves its grade', async () => {
		vi.spyOn(quickReader, 'hasDatabase').mockResolvedValue(false);
		const readDay = vi.spyOn(StudyRepository.prototype, 'loadStudyDay');
		const { session } = await opened(['alpha'], 'en');
		expect(readDay).not.toHaveBeenCalled();
		expect(session.queueCounts).toEqual({ newCount: 7, learningCount: 0, reviewCount: 0 });
		session.reveal();
		expect(await session.grade('good')).toBe(true);
		expect(await db.reviews.count()).toBe(1);
	});

	it('fails as “banks” when a bank cannot be fetched, and as “storage” when the database fails', async () => {
		expect(await openSessionForPage(['gone'], 'en')).toEqual({ ok: false, reason: 'banks' });
		vi.spyOn(StudyRepository.prototype, 'loadStudyDay').mockRejectedValueOnce(new Error('UnknownError'));
		expect(await openSessionForPage(['alpha'], 'en')).toEqual({ ok: false, reason: 'storage' });
	});
});

describe('the topics of a page and its ways to keep practising', () => {
	it('reads a topic page, a mix address and the all-due page', () => {
		const url = new URL('https://x/en/mix/?topic=alpha&topic=beta');
		expect(sessionTopics({ topic: { id: 'alpha' }, isMix: false }, url)).toEqual(['alpha']);
		expect(sessionTopics({ topic: null, isMix: true }, url)).toEqual(['alpha', 'beta']);
		expect(sessionTopics({ topic: null, isMix: false }, url)).toBeUndefined();
	});

	it('knows its three ways and nothing else', () => {
		expect(['more', 'ahead', 'free'].every(isKeepPractising)).toBe(true);
		expect([undefined, null, 'More', 'all'].some(isKeepPractising)).toBe(false);
	});
});

describe('SessionLoader', () => {
	const page = { topic: { id: 'alpha' }, isMix: false };
	const at = (address: string) => new URL(`https://x${address}`);

	it('opens the session of the address with its way to keep practising', async () => {
		const loader = new SessionLoader();
		await loader.open(page, at('/en/study/alpha/?practice=free'), 'en');
		expect(loader.failure).toBe(false);
		expect(loader.practice).toBe('free');
		expect(loader.loaded?.session.isFree).toBe(true);
		await loader.open(page, at('/en/study/alpha/?practice=nonsense'), 'en');
		expect(loader.practice).toBeUndefined();
		expect(loader.loaded?.session.isFree).toBe(false);
	});

	it('keeps the open session when a navigation lands on the same address', async () => {
		const loader = new SessionLoader();
		await loader.open(page, at('/en/study/alpha/'), 'en');
		const first = loader.loaded;
		const asked = banks.asked.length;
		await loader.open(page, at('/en/study/alpha/'), 'en');
		expect(loader.loaded).toBe(first);
		expect(banks.asked.length).toBe(asked);
	});

	it('keeps the session of the address opened last when an earlier one arrives after it', async () => {
		// The earlier address's index arrives last.
		let isFirst = true;
		vi.stubGlobal('fetch', async (url: string) => {
			if (url.endsWith('index.json') && isFirst) {
				isFirst = false;
				await new Promise((resolve) => setTimeout(resolve, 300));
			}
			return banks.fetch(url);
		});
		const loader = new SessionLoader();
		const earlier = loader.open(page, at('/en/study/alpha/'), 'en');
		const later = loader.open(page, at('/en/study/alpha/?item=a-6'), 'en');
		await Promise.all([earlier, later]);
		expect(loader.loaded?.session.remaining).toBe(1);
		expect(loader.loaded?.session.currentItem?.id).toBe('a-6');
	});

	it('says why a session could not open, and clears it when the next one does', async () => {
		const loader = new SessionLoader();
		await loader.open({ topic: { id: 'gone' }, isMix: false }, at('/en/study/gone/'), 'en');
		expect(loader.failure).toBe('banks');
		expect(loader.loaded).toBeUndefined();
		await loader.open(page, at('/en/study/alpha/'), 'en');
		expect(loader.failure).toBe(false);
		expect(loader.loaded?.session.remaining).toBe(7);
	});
});
