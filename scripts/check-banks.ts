/** `npm run banks:check`: validates and lints questions/, prints every problem, exits 1 if there are any. */
import { checkBanks, loadBanks } from '../src/lib/server/load-banks';
import { formatProblem } from '../src/lib/domain/bank/validate';

const problems = checkBanks();
if (problems.length) {
	console.error(`✗ ${problems.length} problem(s) in the question banks:`);
	for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const result = loadBanks();
if (result.ok) {
	const { topics } = result.value.index;
	console.log(`✓ ${topics.length} topics, ${result.value.items.length} items, valid and linted in kk, ru and en`);
}
