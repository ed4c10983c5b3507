/** `npm run banks:check`: validates questions/ and prints every problem; exits 1 if there are any. */
import { loadBanks } from '../src/lib/server/load-banks';
import { formatProblem } from '../src/lib/domain/bank/validate';

const result = loadBanks();
if (!result.ok) {
	console.error(`✗ ${result.problems.length} problem(s) in the question banks:`);
	for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const { topics } = result.value.index;
const items = topics.reduce((sum, t) => sum + t.itemIds.length, 0);
console.log(`✓ ${topics.length} topics, ${items} items, valid in kk, ru and en`);
