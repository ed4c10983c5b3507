// `npm run export`: the command line prints a parseable file, and refuses bad arguments clearly.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parse as parseGift } from 'gift-pegjs';

const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/export.ts', ...args], { encoding: 'utf8' });

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

	it.each([
		[['--format', 'pdf'], '--format must be one of moodle, gift, csv, tsv'],
		[['--format', 'csv', '--lang', 'de'], '--lang must be one of kk, ru, en'],
		[['--format', 'csv', '--topic', 'nope'], 'unknown topic nope']
	])('refuses %j', (args, message) => {
		const { status, stderr, stdout } = run(...args);
		expect(status).toBe(2);
		expect(stderr).toContain(message);
		expect(stdout).toBe('');
	});
});
