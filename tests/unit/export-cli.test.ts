// `npm run export`: the command line prints a parseable file, and refuses bad arguments clearly.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseGift } from 'gift-pegjs';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { getCompiledBanks } from '$lib/server/load-banks';

const run = (...args: string[]) =>
	spawnSync('node_modules/.bin/tsx', ['scripts/export.ts', ...args], { encoding: 'utf8' });

// Each case starts a process that compiles the banks: seconds on a busy two-core machine, so the
// limit is generous (a limit, not a speed measure).
describe('npm run export', { timeout: 120_000 }, () => {
	it('prints the chosen topic in the chosen language as GIFT', () => {
		const { status, stdout } = run('--format', 'gift', '--topic', 'kz-china', '--lang', 'ru');
		expect(status).toBe(0);
		const questions = parseGift(stdout);
		expect(questions[0]).toMatchObject({ type: 'Category', title: '$course$/Qaitala/kz-china' });
		expect(questions.length).toBeGreaterThan(10);
		expect(stdout).toMatch(/[а-яё]/i);
	});

	it('writes the chosen topics as an Anki package, the other languages on the back', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'qaitala-export-'));
		try {
			const out = join(dir, 'deck.apkg');
			const { status, stdout } = run(
				'--format',
				'apkg',
				'--topic',
				'kz-china',
				'--topic',
				'kz-usa',
				'--lang',
				'ru',
				'--other-languages',
				'--out',
				out
			);
			expect(status).toBe(0);
			expect(stdout).toContain(`wrote ${out}`);
			const files = unzipSync(readFileSync(out));
			const db = new (await initSqlJs()).Database(files['collection.anki2']);
			const banks = getCompiledBanks();
			const expected = banks.topicBanks.ru['kz-china']!.items.length + banks.topicBanks.ru['kz-usa']!.items.length;
			expect(db.exec('SELECT count(*) FROM notes')[0]!.values[0]![0]).toBe(expected);
			expect(db.exec('SELECT count(*) FROM cards')[0]!.values[0]![0]).toBe(expected);
			const flds = String(db.exec('SELECT flds FROM notes LIMIT 1')[0]!.values[0]![0]);
			expect(flds).toMatch(/[а-яё]/i);
			expect(flds).toContain('<div class="other" lang="kk">');
			db.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it.each([
		[['--format', 'pdf'], '--format must be one of moodle, gift, csv, tsv, apkg'],
		[['--format', 'gift', '--other-languages'], '--other-languages is for --format apkg only'],
		[['--format', 'csv', '--lang', 'de'], '--lang must be one of kk, ru, en'],
		[['--format', 'csv', '--topic', 'nope'], 'unknown topic nope']
	])('refuses %j', (args, message) => {
		const { status, stderr, stdout } = run(...args);
		expect(status).toBe(2);
		expect(stderr).toContain(message);
		expect(stdout).toBe('');
	});
});
