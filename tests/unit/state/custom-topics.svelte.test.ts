// An instructor's own bank as a topic (read through the topic sources, shown on pages, studied), in an
// assignment the instructor composes, and on the student's device that has never seen the bank.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { TopicSummary } from '$lib/domain/bank/compile';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import type { CustomBank } from '$lib/domain/import/custom-bank';
import { customTopicId, customTopicSummary } from '$lib/domain/import/custom-topic';
import { customItemId } from '$lib/domain/import/validate-custom';
import { CARRYING_ASSIGNMENT_VERSION, decodeAssignment, encodeAssignment } from '$lib/domain/share/assignment';
import { assignmentKey, decodeResult } from '$lib/domain/share/result';
import { Scheduler } from '$lib/domain/study/scheduler';
import { BankFetchError } from '$lib/domain/errors';
import { loadBankIndex, loadTopicBank, type OwnBankSource } from '$lib/state/topic-banks';
import { OwnTopics } from '$lib/state/own-topics.svelte';
import { Composer } from '$lib/state/composer.svelte';
import { CustomBanks, type CustomBankStore } from '$lib/state/custom-banks.svelte';
import { ItemTranslations } from '$lib/state/item-translations';
import { sessionTopics } from '$lib/state/open-study-session';
import { ownTopicTitle } from '$lib/state/session-loader.svelte';
import {
	answersOf,
	makeResult,
	receiveAssignment,
	runAssignment,
	saveTestProgress
} from '$lib/state/assignment-run.svelte';
import { seededRandom } from '$lib/domain/bank/present';
import { freshStores } from './fresh-stores';

const AT = Date.UTC(2025, 8, 1, 12);
const KEY = AT.toString(36);
const own = (n: number) => customItemId(AT, n);
const NOW = Date.UTC(2026, 1, 2, 9);

const bank: CustomBank = {
	id: 3,
	title: 'Capitals',
	language: 'en',
	format: 'csv',
	importedAt: AT,
	items: [
		{ id: own(1), type: 'flashcard', prompt: 'Capital of Kazakhstan?', answer: 'Astana', explanation: '' },
		{
			id: own(2),
			type: 'true-false',
			statement: 'Bishkek is the capital of Kyrgyzstan.',
			answer: true,
			explanation: ''
		},
		{ id: own(3), type: 'cloze', text: 'The capital of Uzbekistan is ___.', answers: ['Tashkent'], explanation: '' }
	],
	translations: {
		kk: [
			{ id: own(1), type: 'flashcard', prompt: 'Қазақстанның астанасы?', answer: 'Астана', explanation: '' },
			{ id: own(2), type: 'true-false', statement: 'Бішкек — Қырғызстанның астанасы.', answer: true, explanation: '' },
			{ id: own(3), type: 'cloze', text: 'Өзбекстанның астанасы — ___.', answers: ['Ташкент'], explanation: '' }
		]
	}
};

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const text = { kk: 't', ru: 't', en: 't' };
const builtIn: LocalizedItem[] = [
	{ id: 'b-tf', type: 'true-false', statement: 'Built in', answer: false, explanation: 'W', source }
];
const builtInTopics: TopicSummary[] = [{ id: 'built', order: 1, title: text, summary: text, itemIds: ['b-tf'] }];
const fakeFetch = (async (url: string) => {
	if (url === '/banks/index.json')
		return new Response(JSON.stringify({ version: 'x', sources: {}, topics: builtInTopics, tags: [] }));
	const match = /\/banks\/(kk|ru|en)\/built\.json$/.exec(url);
	return match
		? new Response(JSON.stringify({ topicId: 'built', language: match[1], items: builtIn }))
		: new Response('', { status: 404 });
}) as typeof fetch;

const source1 = (banks: CustomBank[]) => async (): Promise<OwnBankSource> => ({
	list: async () => banks,
	getByKey: async (key) => banks.find((b) => b.importedAt.toString(36) === key)
});
const blocked = async (): Promise<OwnBankSource> => {
	throw new Error('storage blocked');
};

describe('an own bank read as a topic', () => {
	it('joins the built-in topics, first', async () => {
		const index = await loadBankIndex(fakeFetch, source1([bank]));
		expect(index.topics.map((t) => t.id)).toEqual([`custom-${KEY}`, 'built']);
		expect((await loadBankIndex(fakeFetch, blocked)).topics.map((t) => t.id)).toEqual(['built']);
	});

	it('gives its questions in the language asked for, else in its own', async () => {
		const kk = await loadTopicBank(fakeFetch, 'kk', `custom-${KEY}`, source1([bank]));
		expect(kk).toMatchObject({ topicId: `custom-${KEY}`, language: 'kk' });
		expect(kk.items[0]).toMatchObject({ id: own(1), prompt: 'Қазақстанның астанасы?' });
		expect((await loadTopicBank(fakeFetch, 'ru', `custom-${KEY}`, source1([bank]))).language).toBe('en');
		expect((await loadTopicBank(fakeFetch, 'ru', 'built', source1([bank]))).items).toEqual(builtIn);
	});

	it('fails as a missing file when this device does not have it', async () => {
		await expect(loadTopicBank(fakeFetch, 'en', 'custom-zzz', source1([bank]))).rejects.toBeInstanceOf(BankFetchError);
	});

	it('is listed on pages once read, before the course’s topics', async () => {
		const topics = new OwnTopics(source1([bank]));
		expect(topics.with(builtInTopics).map((t) => t.id)).toEqual(['built']);
		await topics.load();
		expect(topics.with(builtInTopics).map((t) => t.id)).toEqual([`custom-${KEY}`, 'built']);
		expect(topics.banks).toEqual([bank]);
		const none = new OwnTopics(blocked);
		await none.load();
		expect(none.topics).toEqual([]);
	});

	it('is opened from a `custom` page’s address, and titled from the session’s topics', () => {
		const url = new URL(`https://x.test/en/study/custom/?bank=${KEY}`);
		expect(sessionTopics({ topic: null, isMix: false, isCustom: true }, url)).toEqual([`custom-${KEY}`]);
		expect(
			sessionTopics({ topic: null, isMix: false, isCustom: true }, new URL('https://x.test/en/study/custom/?bank=BAD!'))
		).toEqual([]);
		expect(sessionTopics({ topic: null, isMix: false, isCustom: false }, url)).toBeUndefined();
		expect(ownTopicTitle([customTopicSummary(bank), ...builtInTopics], url)).toBe('Capitals');
		expect(ownTopicTitle(builtInTopics, url)).toBeUndefined();
	});

	it('offers only the languages it has to glance at, and shows its own where the cards’ language is missing', () => {
		const topicOf = new Map([
			[own(1), `custom-${KEY}`],
			['b-tf', 'built']
		]);
		const translations = new ItemTranslations(topicOf, fakeFetch, new Map([[`custom-${KEY}`, ['en', 'kk'] as const]]));
		expect(translations.has(own(1), 'kk')).toBe(true);
		expect(translations.has(own(1), 'ru')).toBe(false);
		expect(translations.has('b-tf', 'ru')).toBe(true);
		expect(translations.languageOf(own(1), 'ru')).toBe('en');
		expect(translations.languageOf(own(1), 'kk')).toBe('kk');
		expect(translations.languageOf('b-tf', 'ru')).toBe('ru');
	});
});

describe('the teach page’s banks', () => {
	function memoryStore(): CustomBankStore & { rows: CustomBank[] } {
		const rows: CustomBank[] = [];
		return {
			rows,
			list: async () => [...rows].reverse(),
			add: async (b) => rows.push({ ...b, id: rows.length + 1 }),
			remove: async (id) =>
				void rows.splice(
					rows.findIndex((r) => r.id === id),
					1
				)
		};
	}

	it('imports a whole valid file, nothing of an invalid one, and deletes', async () => {
		const store = memoryStore();
		const banks = new CustomBanks(
			async () => store,
			() => AT
		);
		const bad = await banks.import({ text: 'question,answer\nQ,', title: 'Bad', language: 'en', format: 'auto' });
		expect(bad.kind === 'parsed' && bad.result.ok).toBe(false);
		expect(store.rows).toEqual([]);
		const good = await banks.import({
			text: 'question_en,question_kk,answer\nCapital?,Астана?,Astana',
			title: 'Good',
			language: 'en',
			format: 'auto'
		});
		expect(good.kind === 'parsed' && good.result.ok).toBe(true);
		expect(banks.banks.map((b) => [b.title, b.items[0]!.id, Object.keys(b.translations ?? {})])).toEqual([
			['Good', own(1), ['kk']]
		]);
		await banks.remove(banks.banks[0]!);
		expect(banks.banks).toEqual([]);
	});

	it('says a storage failure apart from a bad file', async () => {
		const banks = new CustomBanks(
			async () => ({ ...memoryStore(), add: () => Promise.reject(new Error('full')) }),
			() => AT
		);
		expect(await banks.import({ text: 'question,answer\nQ,A', title: 'T', language: 'en', format: 'auto' })).toEqual({
			kind: 'storage-error'
		});
		const blockedList = new CustomBanks(() => Promise.reject(new Error('blocked')));
		await blockedList.refresh();
		expect(blockedList.hasLoadError).toBe(true);
	});
});

async function composed(itemTypes: Composer['types'], topicIds: string[], mode: 'test' | 'flashcards' = 'test') {
	const composer = new Composer();
	const topics = [customTopicSummary(bank), ...builtInTopics];
	await composer.load(topics, 'en', fakeFetch, [bank]);
	composer.title = 'Week 6';
	composer.mode = mode;
	composer.types = itemTypes;
	composer.topicIds = topicIds;
	composer.count = 10;
	flushSync();
	return composer;
}

describe('an assignment with the instructor’s own questions', () => {
	it('carries their text in every language the bank has, and refers to the built-in ones', async () => {
		const composer = await composed(['true-false', 'cloze'], [`custom-${KEY}`, 'built']);
		const assignment = composer.assignment!;
		expect(assignment).toMatchObject({
			v: CARRYING_ASSIGNMENT_VERSION,
			topicIds: ['built'],
			itemIds: [own(2), own(3), 'b-tf']
		});
		expect('carried' in assignment && assignment.carried.map((c) => [c.id, Object.keys(c)])).toEqual([
			[own(2), ['id', 'en', 'kk']],
			[own(3), ['id', 'en', 'kk']]
		]);
		expect(composer.carried).toHaveLength(2);
		// kk and en are in the bank; ru is not.
		expect(composer.missingOwnLanguages).toEqual(['ru']);
		composer.languages = ['kk', 'en'];
		expect(composer.missingOwnLanguages).toEqual([]);
		expect(decodeAssignment(encodeAssignment(assignment), new Set(['b-tf']))).toEqual({ ok: true, assignment });
	});

	it('stays version 1 when it uses no own question', async () => {
		const composer = await composed(['true-false'], ['built']);
		expect(composer.assignment).toMatchObject({ v: 1, topicIds: ['built'], itemIds: ['b-tf'] });
		expect(composer.carried).toEqual([]);
	});

	it('is answered on a student’s device that never had the bank, offline from what it stored, and gives a result', async () => {
		const stores = freshStores('custom-topics');
		const composer = await composed(['true-false', 'cloze'], [`custom-${KEY}`, 'built']);
		composer.languages = ['kk', 'en'];
		const code = encodeAssignment(composer.assignment!);
		const opened = await receiveAssignment(stores, code, new Set(['b-tf']), NOW);
		if (!opened.ok) throw new Error(opened.error);
		// The row keeps the questions: the run needs no bank for them.
		const stored = await stores.assignments.getReceived(assignmentKey(code));
		expect(stored?.assignment && 'carried' in stored.assignment && stored.assignment.carried).toHaveLength(2);

		let clock = NOW;
		const { row, runner } = await runAssignment(
			stores,
			opened.row,
			'kk',
			new Scheduler({ enableFuzz: false }),
			fakeFetch,
			() => (clock += 20_000)
		);
		if (runner.kind !== 'test') throw new Error('not a test');
		expect(runner.run.currentItem).toMatchObject({ id: own(2), statement: 'Бішкек — Қырғызстанның астанасы.' });
		await runner.run.answer({ type: 'true-false', answer: true });
		expect(runner.run.currentItem).toMatchObject({ id: own(3), text: 'Өзбекстанның астанасы — ___.' });
		await runner.run.answer({ type: 'cloze', text: 'ташкент' });
		await runner.run.answer({ type: 'true-false', answer: true });
		const saved = await saveTestProgress(stores, row, runner.run);
		expect(await answersOf(stores, saved)).toBe('110');
		const withResult = await makeResult(stores, saved, 'Aliya', NOW);
		const result = decodeResult(withResult.result!.code, { assignment: assignmentKey(code) });
		expect(result.ok && result.result.answers).toBe('110');
	});

	it('as flashcards, keeps the own questions’ grades in the assignment, out of the schedule', async () => {
		const stores = freshStores('custom-topics');
		const composer = await composed(['flashcard', 'true-false'], [`custom-${KEY}`, 'built'], 'flashcards');
		const code = encodeAssignment(composer.assignment!);
		const opened = await receiveAssignment(stores, code, new Set(['b-tf']), NOW);
		if (!opened.ok) throw new Error(opened.error);
		const { runner } = await runAssignment(
			stores,
			opened.row,
			'en',
			new Scheduler({ enableFuzz: false }),
			fakeFetch,
			() => NOW + 5000
		);
		if (runner.kind !== 'cards') throw new Error('not cards');
		while (runner.run.current) await runner.run.grade('good');
		expect(runner.run.row.completedAt).toBeDefined();
		expect(await answersOf(stores, runner.run.row)).toBe('111');
		const cards = await stores.study.loadCards([own(1), own(2), 'b-tf']);
		expect([...cards.keys()]).toEqual(['b-tf']);
	});
});

describe('an assignment too large to share', () => {
	it('is refused with its own reason, before anything is stored', async () => {
		const random = seededRandom('too large');
		const words = (chars: number) =>
			Array.from({ length: chars / 8 }, () =>
				Math.floor(random() * 2 ** 40)
					.toString(36)
					.padEnd(8, 'x')
			)
				.join('')
				.slice(0, chars);
		const at = AT + 1;
		const items = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				id: customItemId(at, i + 1),
				type: 'flashcard' as const,
				prompt: words(1000),
				answer: words(1000),
				explanation: words(1000)
			}));
		const huge: CustomBank = {
			title: 'Huge',
			language: 'en',
			format: 'csv',
			importedAt: at,
			items: items(100),
			translations: { kk: items(100), ru: items(100) }
		};
		const composer = new Composer();
		await composer.load([customTopicSummary(huge)], 'en', fakeFetch, [huge]);
		composer.title = 'Too much';
		composer.mode = 'flashcards';
		composer.topicIds = [customTopicId(huge)];
		composer.count = 100;
		flushSync();
		expect(composer.assignment?.itemIds).toHaveLength(100);
		expect(composer.encode()).toEqual({ ok: false, error: 'customTopicsTeach.compose.tooLarge' });
		composer.count = 5;
		flushSync();
		const encoded = composer.encode();
		expect(encoded.ok && decodeAssignment(encoded.code)).toEqual({
			ok: true,
			assignment: encoded.ok && encoded.assignment
		});
	});
});

describe('own topic ids on the student’s side', () => {
	it('are the bank’s own: the same after a reload', () => {
		expect(customTopicId(bank)).toBe(`custom-${KEY}`);
		expect(customTopicSummary(bank).itemIds).toEqual([own(1), own(2), own(3)]);
	});
});
