// The bank validator over the real questions/ folder: `npm test` fails on any invalid bank.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { checkBanks, loadBanks, SEEDS_DIR } from '$lib/server/load-banks';
import { formatProblem } from '$lib/domain/bank/validate';

// The documents sit beside the checkout (or where QAITALA_SEEDS says). Without them the line counts
// cannot be checked: skipped (and reported as skipped) on a developer's machine, a failure in CI.
const hasSeeds = existsSync(SEEDS_DIR);

describe('questions/', () => {
	const result = loadBanks();

	it('is valid and passes the content rules', () => {
		expect(checkBanks().map(formatProblem)).toEqual([]);
	});

	it.skipIf(!hasSeeds && !process.env.CI)('records the true line count of every source document', () => {
		expect(hasSeeds, `source documents in ${SEEDS_DIR}`).toBe(true);
		if (!result.ok) return;
		for (const [file, doc] of Object.entries(result.value.index.sources)) {
			const lines = readFileSync(`${SEEDS_DIR}/${file}`, 'utf8').replace(/\n$/, '').split('\n').length;
			expect(doc.lineCount, file).toBe(lines);
		}
	});

	it('has at least 30 items of at least four types from document 000', () => {
		if (!result.ok) return;
		const items = Object.values(result.value.topicBanks.en)
			.flatMap((b) => b.items)
			.filter((i) => i.source.doc === '000_eab9da0bd88c0708.txt');
		expect(items.length).toBeGreaterThanOrEqual(30);
		expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(4);
	});
});
