import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import { encodeBackup, readBackup, setAsideInvalidRows } from '$lib/domain/backup/codec';
import { crc32 } from '$lib/domain/backup/crc32';
import {
	backupFileName,
	MAX_BACKUP_FILE_BYTES,
	MAX_INFLATED_BYTES,
	MAX_ROWS_PER_TABLE,
	type BackupTables
} from '$lib/domain/backup/format';
import { BackupRepository } from '$lib/storage/backup';
import { deleteAll, FILL_NOW, fillEveryTable, freshDb } from '../../storage/fill-every-table';

const META = { appVersion: 'test', createdAt: FILL_NOW };

/** A backup made by the app from a database with every kind of row. */
let real: Uint8Array;
let realTables: BackupTables;
beforeAll(async () => {
	const db = freshDb('codec');
	await fillEveryTable(db);
	const repository = new BackupRepository(db);
	realTables = await repository.readAll();
	real = await repository.exportBackup(META);
});
afterAll(deleteAll);

/** gzip of a JSON text, as a made-up file would be. */
const gzipJson = (value: unknown) => gzipSync(strToU8(typeof value === 'string' ? value : JSON.stringify(value)));
const header = (counts: Record<string, number>, extra: object = {}) => ({
	format: 'qaitala-backup',
	version: 1,
	appVersion: 'x',
	createdAt: FILL_NOW,
	counts,
	...extra
});
const card = {
	itemId: 'kz-a-1',
	state: 'review',
	dueAt: FILL_NOW,
	stability: 3,
	difficulty: 5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	lastReviewAt: FILL_NOW - 1
};

function errorKey(bytes: Uint8Array) {
	const read = readBackup(bytes);
	return read.ok ? 'ok' : read.error.key;
}

describe('crc32', () => {
	it('gives the value gzip writes (zlib: crc32("hello world") = 0x0d4a1185)', () => {
		expect(crc32(strToU8('hello world'))).toBe(0x0d4a1185);
		expect(crc32(strToU8('world'), crc32(strToU8('hello ')))).toBe(0x0d4a1185);
	});
});

describe('backupFileName', () => {
	it('carries the local date', () => {
		expect(backupFileName(new Date(2026, 11, 6, 23, 59).getTime())).toBe('qaitala-backup-2026-12-06.qaitala-backup');
	});
});

describe('encodeBackup and readBackup', () => {
	it('read back exactly the rows written, with a header counting them', () => {
		const read = readBackup(real);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.backup.tables).toEqual(realTables);
		expect(read.backup.header).toMatchObject({
			format: 'qaitala-backup',
			version: 2,
			appVersion: 'test',
			createdAt: FILL_NOW
		});
		expect(read.backup.header.counts.reviews).toBe(realTables.reviews!.length);
	});

	it('read a version 1 file, made before reviews kept their source and time, as unknown and untimed', () => {
		const review = {
			itemId: 'kz-a-1',
			grade: 'good',
			reviewedAt: FILL_NOW,
			cardBefore: null,
			elapsedDays: 0,
			scheduledDays: 3,
			stateAfter: 'review'
		};
		const read = readBackup(gzipJson({ header: header({ reviews: 1 }), tables: { reviews: [review] } }));
		expect(read.ok && read.backup.tables.reviews).toEqual([{ ...review, source: 'unknown', durationMs: null }]);
	});

	it('leave out this device’s own settings', () => {
		const tables = {
			settings: [
				{ key: 'lastBackupAt', value: FILL_NOW },
				{ key: 'restoreUndo', value: {} },
				{ key: 'studentName', value: 'Әлия' }
			]
		};
		const read = readBackup(encodeBackup(tables, META));
		expect(read.ok && read.backup.tables.settings).toEqual([{ key: 'studentName', value: 'Әлия' }]);
	});

	it('set aside a row that fails its schema instead of writing a file that cannot be restored', () => {
		const tables = { cards: [card, { ...card, itemId: 'kz-a-2', state: 'weird' }], setAside: [] };
		expect(setAsideInvalidRows(tables, FILL_NOW)).toEqual({
			cards: [card],
			setAside: [
				{
					id: 1,
					table: 'cards',
					row: { ...card, itemId: 'kz-a-2', state: 'weird' },
					reason: expect.stringMatching(/^backup: state: /),
					setAsideAt: FILL_NOW
				}
			]
		});
		const read = readBackup(encodeBackup(tables, META));
		expect(read.ok && read.backup.header.counts).toEqual({ cards: 1, setAside: 1 });
	});

	it.each([
		['an empty file', new Uint8Array(0), 'backup.error.notBackup'],
		['a text file', strToU8('cards,reviews\n1,2\n'), 'backup.error.notBackup'],
		['a gzip of something else', gzipJson({ hello: 'world' }), 'backup.error.notBackup'],
		['a gzip that is not JSON', gzipJson('{"header":'), 'backup.error.damaged'],
		['a gzip that is not UTF-8', gzipSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'backup.error.damaged'],
		[
			'a newer format version',
			gzipJson({ header: header({}, { version: 3 }), tables: {} }),
			'backup.error.newerVersion'
		],
		['a version that never was', gzipJson({ header: header({}, { version: 0 }), tables: {} }), 'backup.error.damaged'],
		[
			'a table this version does not know',
			gzipJson({ header: header({ flashcardDecks: 0 }), tables: { flashcardDecks: [] } }),
			'backup.error.newerVersion'
		],
		[
			'counts that do not match the rows',
			gzipJson({ header: header({ cards: 2 }), tables: { cards: [card] } }),
			'backup.error.damaged'
		],
		[
			'a table the header does not count',
			gzipJson({ header: header({}), tables: { cards: [card] } }),
			'backup.error.damaged'
		],
		[
			'rows that are not a list',
			gzipJson({ header: header({ cards: 1 }), tables: { cards: { 0: card } } }),
			'backup.error.damaged'
		],
		[
			'a date beyond the calendar',
			gzipJson({ header: header({}, { createdAt: 8.64e15 + 1 }), tables: {} }),
			'backup.error.damaged'
		],
		[
			'two gzip members',
			new Uint8Array([...gzipJson({ header: header({}), tables: {} }), ...gzipJson('x')]),
			'backup.error.damaged'
		]
	])('refuse %s', (_, bytes, key) => {
		expect(errorKey(bytes)).toBe(key);
	});

	it('refuse a backup with bytes after its end', () => {
		expect(errorKey(new Uint8Array([...real, 0, 0, 0, 0]))).toBe('backup.error.damaged');
	});

	it('name the table and the row that is not valid', () => {
		const bad = gzipJson({ header: header({ cards: 2 }), tables: { cards: [card, { ...card, stability: 'high' }] } });
		expect(readBackup(bad)).toEqual({
			ok: false,
			error: { key: 'backup.error.invalidRow', params: { table: 'cards', row: 2 } }
		});
	});

	it('refuse a file larger than any backup before reading it', () => {
		const huge = new Uint8Array(MAX_BACKUP_FILE_BYTES + 1);
		huge.set(real.subarray(0, 20));
		expect(errorKey(huge)).toBe('backup.error.tooLarge');
	});

	it('refuse a table with more rows than any learner has', () => {
		const many = Array.from({ length: MAX_ROWS_PER_TABLE + 1 }, () => 0);
		expect(errorKey(gzipJson({ header: header({ cards: many.length }), tables: { cards: many } }))).toBe(
			'backup.error.tooLarge'
		);
	});

	it('refuse a zip bomb while inflating, even when its trailer claims a small size', () => {
		// The bound is the same code at any size; a 1 MB one keeps the test quick on a busy machine.
		const maxBytes = 1024 * 1024;
		const bomb = gzipSync(new Uint8Array(4 * maxBytes), { level: 9 });
		expect(bomb.length).toBeLessThan(maxBytes / 100);
		const read = (bytes: Uint8Array) => readBackup(bytes, undefined, maxBytes);
		expect(read(bomb)).toEqual({ ok: false, error: { key: 'backup.error.tooLarge' } });
		bomb.set([100, 0, 0, 0], bomb.length - 4); // "100 bytes"
		expect(read(bomb)).toEqual({ ok: false, error: { key: 'backup.error.tooLarge' } });
	});

	it('call a file cut short damaged, even when its last bytes read as a huge size', () => {
		const lying = gzipSync(new Uint8Array(10));
		new DataView(lying.buffer).setUint32(lying.length - 4, MAX_INFLATED_BYTES + 1, true);
		expect(errorKey(lying)).toBe('backup.error.damaged');
	});
});

describe('readBackup on damaged and hostile files (property tests)', { timeout: 60_000 }, () => {
	/** Never throws; either refuses or gives back exactly the rows that were written. */
	function readsWholeOrRefuses(bytes: Uint8Array) {
		const read = readBackup(bytes);
		if (read.ok) expect(read.backup.tables).toEqual(realTables);
		else expect(read.error.key).toMatch(/^backup\.error\./);
		return read.ok;
	}

	it('refuses a backup cut short at every position', () => {
		for (let length = 0; length < real.length; length++)
			expect(readsWholeOrRefuses(real.subarray(0, length)), `cut at ${length}`).toBe(false);
	});

	it('never throws on arbitrary bytes, with or without the gzip signature', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, signed) => {
				const file = signed ? new Uint8Array([0x1f, 0x8b, 0x08, ...bytes]) : bytes;
				expect(readBackup(file).ok).toBe(false);
			}),
			{ numRuns: 2000 }
		);
	});

	it('refuses or reads exactly the same rows after any single bit flip', () => {
		fc.assert(
			fc.property(fc.nat({ max: real.length * 8 - 1 }), (bit) => {
				const flipped = real.slice();
				flipped[bit >> 3]! ^= 1 << (bit & 7);
				readsWholeOrRefuses(flipped);
			}),
			{ numRuns: 1500 }
		);
	});

	it('refuses or reads exactly the same rows after random damage to several bytes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 1, max: 255 })), {
					minLength: 1,
					maxLength: 8
				}),
				(edits) => {
					const damaged = real.slice();
					for (const [at, xor] of edits) damaged[at]! ^= xor;
					readsWholeOrRefuses(damaged);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('refuses huge declared sizes in the trailer or the header without trying to allocate them', () => {
		fc.assert(
			fc.property(fc.integer({ min: MAX_INFLATED_BYTES + 1, max: 0xffffffff }), (size) => {
				const lying = real.slice();
				new DataView(lying.buffer).setUint32(lying.length - 4, size, true);
				expect(errorKey(lying)).toBe('backup.error.damaged');
			})
		);
		fc.assert(
			fc.property(fc.integer({ min: MAX_ROWS_PER_TABLE + 1, max: Number.MAX_SAFE_INTEGER }), (count) => {
				expect(errorKey(gzipJson({ header: header({ reviews: count }), tables: { reviews: [] } }))).toBe(
					'backup.error.damaged'
				);
			})
		);
	});

	it('never throws on JSON of any shape, gzipped properly', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.jsonValue(), (head, tables) => {
				expect(readBackup(gzipJson({ header: head, tables })).ok).toBe(false);
				expect(readBackup(gzipJson({ header: header({ cards: 1 }), tables: { cards: [tables] } })).ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});
