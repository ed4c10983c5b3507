// The Anki package is opened the way Anki would: unzipped, and its collection read with SQLite (sql.js).
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { getCompiledBanks } from '$lib/server/load-banks';
import { ankiChecksum, APKG_COLLECTION_FILE, exportApkg, QAITALA_NOTE_TYPE_ID } from '$lib/domain/export/apkg';
import { ankiDeckName } from '$lib/domain/export/anki-notes';
import { sha1Hex } from '$lib/domain/export/sha1';
import { toCardsCsv } from '$lib/domain/export/cards-csv';
import type { UncitedItem } from '$lib/domain/bank/localize';

const NOW = Date.UTC(2025, 2, 14, 9, 30);
const banks = getCompiledBanks();
const labels = {
	kk: { true: 'Ақиқат', false: 'Жалған' },
	ru: { true: 'Верно', false: 'Неверно' },
	en: { true: 'True', false: 'False' }
};
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

/** The package's files, and its collection's rows as objects. */
function open(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const db = new SQL.Database(files[APKG_COLLECTION_FILE]);
	const rows = (sql: string) => {
		const [result] = db.exec(sql);
		return result
			? result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]])))
			: [];
	};
	return { files, db, rows };
}

const topicOf = (id: string, languages: readonly ('kk' | 'ru' | 'en')[]) => ({
	topicId: id,
	title: banks.index.topics.find((t) => t.id === id)!.title.en,
	items: Object.fromEntries(languages.map((l) => [l, banks.topicBanks[l][id]!.items]))
});

describe('Anki package', () => {
	it('is a zip of a schema 11 collection, an empty media map, and one new card per item', () => {
		const ids = ['kz-china', 'kz-usa'];
		const bytes = exportApkg(SQL, {
			language: 'en',
			backLanguages: [],
			topics: ids.map((id) => topicOf(id, ['en'])),
			labels,
			courseName: 'Course',
			now: NOW
		});
		const { files, db, rows } = open(bytes);
		expect(Object.keys(files).sort()).toEqual([APKG_COLLECTION_FILE, 'media']);
		expect(strFromU8(files.media!)).toBe('{}');
		expect(rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name)).toEqual([
			'cards',
			'col',
			'graves',
			'notes',
			'revlog'
		]);

		const count = ids.reduce((sum, id) => sum + banks.topicBanks.en[id]!.items.length, 0);
		expect(rows('SELECT count(*) AS n FROM notes')[0]!.n).toBe(count);
		expect(rows('SELECT count(*) AS n FROM cards')[0]!.n).toBe(count);
		expect(rows('SELECT count(*) AS n FROM revlog')[0]!.n).toBe(0);
		expect(rows('SELECT count(*) AS n FROM cards WHERE nid NOT IN (SELECT id FROM notes)')[0]!.n).toBe(0);

		const [col] = rows('SELECT * FROM col');
		expect(col!.ver).toBe(11);
		const models = JSON.parse(String(col!.models));
		const model = models[QAITALA_NOTE_TYPE_ID];
		expect(model.flds.map((f: { name: string }) => f.name)).toEqual(['Front', 'Back']);
		expect(model.tmpls[0].qfmt).toBe('{{Front}}');
		const decks = Object.values(JSON.parse(String(col!.decks))) as { id: number; name: string }[];
		const deck = decks.find((d) => d.id !== 1)!;
		expect(deck.name).toBe('Qaitala — Kazakhstan and China; Kazakhstan and the United States');
		expect(rows('SELECT DISTINCT did FROM cards').map((r) => r.did)).toEqual([deck.id]);
		expect(rows('SELECT DISTINCT mid FROM notes').map((r) => r.mid)).toEqual([QAITALA_NOTE_TYPE_ID]);
		db.close();
	});

	it('writes a note’s fields as escaped HTML, its options shuffled as in the card files, the other languages on the back', () => {
		const items = banks.topicBanks.en['kz-china']!.items;
		const choice = items.find((i) => i.type === 'choice')!;
		const bytes = exportApkg(SQL, {
			language: 'en',
			backLanguages: ['kk', 'ru'],
			topics: [topicOf('kz-china', ['en', 'kk', 'ru'])],
			labels,
			courseName: 'Course',
			now: NOW
		});
		const { db, rows } = open(bytes);
		const notes = rows('SELECT * FROM notes ORDER BY id');
		expect(notes).toHaveLength(items.length);
		const note = notes[items.indexOf(choice)]!;
		const [front, back] = String(note.flds).split('\x1f');
		// The CSV card file letters the options in the same shuffled order.
		const [csvFront, csvBack] = Papa.parse<string[]>(toCardsCsv([choice], labels.en).trim()).data[0]!;
		expect(note.sfld).toBe(csvFront);
		const html = (text: string) =>
			text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
		const choices = csvFront!
			.slice(choice.prompt.length + 1)
			.split('  ')
			.map(html)
			.join('<br>');
		expect(front).toBe(`<div class="question">${html(choice.prompt)}</div><div class="choices">${choices}</div>`);
		expect(
			html(csvBack!).startsWith(
				back!
					.match(/<div class="answer">(.*?)<\/div>/)![1]!
					.split('<br>')
					.join('; ')
			)
		).toBe(true);
		expect(back).toContain('<div class="other" lang="kk">');
		expect(back).toContain('<div class="other" lang="ru">');
		const kkChoice = banks.topicBanks.kk['kz-china']!.items.find((i) => i.id === choice.id) as Extract<
			UncitedItem,
			{ type: 'choice' }
		>;
		expect(back).toContain(kkChoice.prompt);
		expect(note.csum).toBe(ankiChecksum(String(note.sfld)));
		expect(note.tags).toBe(' qaitala kz-china ');
		expect(note.guid).toBe(`qaitala-en-kkru-${choice.id}`);
		db.close();
	});

	it('never lets a text become markup', () => {
		const item: UncitedItem = {
			id: 'x-1',
			type: 'flashcard',
			prompt: 'Is <b>this</b> & "that" bold?',
			answer: '<img src=x onerror=alert(1)>\nNo',
			explanation: ''
		};
		const bytes = exportApkg(SQL, {
			language: 'en',
			backLanguages: [],
			topics: [{ topicId: 't', title: 'T', items: { en: [item] } }],
			labels,
			courseName: 'C',
			now: NOW
		});
		const { db, rows } = open(bytes);
		const [front, back] = String(rows('SELECT flds FROM notes')[0]!.flds).split('\x1f');
		expect(front).toBe('<div class="question">Is &lt;b&gt;this&lt;/b&gt; &amp; &quot;that&quot; bold?</div>');
		expect(back).toBe('<div class="answer">&lt;img src=x onerror=alert(1)&gt;<br>No</div>');
		db.close();
	});

	it('names the deck after a few topics, after the course for many, and never nests it', () => {
		expect(ankiDeckName(['A'], 'Course')).toBe('Qaitala — A');
		expect(ankiDeckName(['A', 'B::C', 'D'], 'Course')).toBe('Qaitala — A; B:C; D');
		expect(ankiDeckName(['A', 'B', 'C', 'D'], 'Course')).toBe('Qaitala — Course');
	});

	it('computes SHA-1 as Node does', () => {
		for (const text of ['', 'abc', 'Қазақстан', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)]) {
			expect(sha1Hex(new TextEncoder().encode(text))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
		}
	});
});
