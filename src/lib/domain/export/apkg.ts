/**
 * An Anki package (.apkg): a zip holding `collection.anki2`, an SQLite database in Anki's schema 11
 * (tables col, notes, cards, revlog, graves; the note types, decks and options as JSON in `col`),
 * and `media`, the JSON map of media files (none here). Every Anki since 2.1 imports it; the layout
 * is the one Anki's own legacy export and genanki write. sql.js is passed in, so this module stays
 * free of WebAssembly loading and the caller decides where the wasm file comes from.
 */
import type { SqlJsStatic } from 'sql.js';
import { zipSync, strToU8 } from 'fflate';
import type { UncitedItem } from '../bank/localize';
import type { Language } from '../language';
import type { ExportLabels } from './answer-text';
import { ankiDeckName, toAnkiNotes, type AnkiNote } from './anki-notes';
import { sha1Hex } from './sha1';

export const APKG_COLLECTION_FILE = 'collection.anki2';

/** Fixed, so a second import of a Qaitala deck reuses the note type instead of adding a copy. */
export const QAITALA_NOTE_TYPE_ID = 1_735_689_600_000;
const NOTE_TYPE_NAME = 'Qaitala (Front/Back)';
const OPTIONS_ID = 1;

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Light and dark friendly: colours are left to Anki's theme. */
const CARD_CSS = `.card { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 20px; line-height: 1.45; text-align: left; }
.choices { margin-top: 0.5em; }
.answer { font-weight: 600; }
.explanation, .other { margin-top: 0.6em; font-size: 0.85em; opacity: 0.8; }
.other { border-top: 1px dotted; padding-top: 0.5em; }`;

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function noteType(deckId: number, modSeconds: number) {
	return {
		id: QAITALA_NOTE_TYPE_ID,
		name: NOTE_TYPE_NAME,
		type: 0,
		mod: modSeconds,
		usn: -1,
		sortf: 0,
		did: deckId,
		tmpls: [
			{
				name: 'Card 1',
				ord: 0,
				qfmt: '{{Front}}',
				afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
				bqfmt: '',
				bafmt: '',
				did: null,
				bfont: '',
				bsize: 0
			}
		],
		flds: [field('Front', 0), field('Back', 1)],
		css: CARD_CSS,
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		latexsvg: false,
		req: [[0, 'any', [0]]],
		tags: [],
		vers: []
	};
}

function deck(id: number, name: string, modSeconds: number) {
	return {
		id,
		name,
		desc: '',
		mod: modSeconds,
		usn: id === 1 ? 0 : -1,
		collapsed: false,
		browserCollapsed: false,
		dyn: 0,
		conf: OPTIONS_ID,
		extendNew: 10,
		extendRev: 50,
		newToday: [0, 0],
		revToday: [0, 0],
		lrnToday: [0, 0],
		timeToday: [0, 0]
	};
}

/** Anki's default deck options. */
const DECK_OPTIONS = {
	id: OPTIONS_ID,
	name: 'Default',
	mod: 0,
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
	lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
	rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 }
};

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
export function ankiChecksum(text: string): number {
	return parseInt(sha1Hex(strToU8(text)).slice(0, 8), 16);
}

/** Anki separates a note's fields with the unit separator. */
const FIELD_SEPARATOR = '\x1f';

/**
 * The package of one deck of new cards, one card per note.
 * @param now epoch ms: the collection's times, and the first of the ids (deck, notes, cards)
 */
export function buildApkg(SQL: SqlJsStatic, deckName: string, notes: readonly AnkiNote[], now: number): Uint8Array {
	const nowMs = Math.floor(now);
	const seconds = Math.floor(nowMs / 1000);
	const deckId = nowMs;
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			seconds - (seconds % 86_400),
			nowMs,
			nowMs,
			JSON.stringify({
				activeDecks: [deckId],
				curDeck: deckId,
				newSpread: 0,
				collapseTime: 1200,
				timeLim: 0,
				estTimes: true,
				dueCounts: true,
				curModel: QAITALA_NOTE_TYPE_ID,
				nextPos: notes.length + 1,
				sortType: 'noteFld',
				sortBackwards: false,
				addToCur: true
			}),
			JSON.stringify({ [QAITALA_NOTE_TYPE_ID]: noteType(deckId, seconds) }),
			JSON.stringify({ 1: deck(1, 'Default', seconds), [deckId]: deck(deckId, deckName, seconds) }),
			JSON.stringify({ [OPTIONS_ID]: DECK_OPTIONS }),
			'{}'
		]);
		const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
		const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
		try {
			db.run('BEGIN');
			notes.forEach((note, index) => {
				const id = nowMs + index;
				const tags = note.tags.length ? ` ${note.tags.join(' ')} ` : '';
				insertNote.run([
					id,
					note.guid,
					QAITALA_NOTE_TYPE_ID,
					seconds,
					tags,
					`${note.front}${FIELD_SEPARATOR}${note.back}`,
					note.sortText,
					ankiChecksum(note.sortText)
				]);
				// A new card's `due` is its position in the new queue.
				insertCard.run([id, id, deckId, seconds, index + 1]);
			});
			db.run('COMMIT');
		} finally {
			insertNote.free();
			insertCard.free();
		}
		return zipSync({ [APKG_COLLECTION_FILE]: db.export(), media: strToU8('{}') });
	} finally {
		db.close();
	}
}

/** What `/teach` and `npm run export` ask for. */
export interface ApkgRequest {
	language: Language;
	/** Languages whose question and answer go on the back too (none, or the other two). */
	backLanguages: readonly Language[];
	/** In the order given; each with its items in `language` and in every back language. */
	topics: readonly { topicId: string; title: string; items: Partial<Record<Language, readonly UncitedItem[]>> }[];
	/** True and false in every language used. */
	labels: Partial<Record<Language, ExportLabels>>;
	/** The deck's name when there are too many topics to list, in `language`. */
	courseName: string;
	/** Epoch ms. */
	now: number;
}

/** The chosen topics as one Anki deck, its name from the topics' titles (see ankiDeckName). */
export function exportApkg(SQL: SqlJsStatic, request: ApkgRequest): Uint8Array {
	const labelsOf = (language: Language): ExportLabels => request.labels[language] ?? { true: 'true', false: 'false' };
	const main = request.topics.map((t) => ({ topicId: t.topicId, items: t.items[request.language] ?? [] }));
	const others = request.backLanguages
		.filter((language) => language !== request.language)
		.map((language) => ({
			language,
			labels: labelsOf(language),
			items: new Map(request.topics.flatMap((t) => (t.items[language] ?? []).map((item) => [item.id, item] as const)))
		}));
	const notes = toAnkiNotes(main, { language: request.language, labels: labelsOf(request.language) }, others);
	const deckName = ankiDeckName(
		request.topics.map((t) => t.title),
		request.courseName
	);
	return buildApkg(SQL, deckName, notes, request.now);
}
