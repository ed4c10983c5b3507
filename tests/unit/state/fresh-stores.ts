// A database of its own for each test (fake-indexeddb), with the repositories the assignment and test pages save through.
import { afterEach } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { AssignmentRepository } from '$lib/storage/assignments';
import { ProblemReportRepository } from '$lib/storage/problem-reports';
import { StudyRepository } from '$lib/storage/study-repository';
import { TestAttemptRepository } from '$lib/storage/test-attempts';

const opened: QaitalaDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

let count = 0;

/** Fresh repositories on a fresh database, deleted after the test. */
export function freshStores(prefix: string) {
	const db = new QaitalaDb(`${prefix}-${++count}-${Date.now()}`);
	opened.push(db);
	return {
		db,
		assignments: new AssignmentRepository(db),
		attempts: new TestAttemptRepository(db),
		study: new StudyRepository(db),
		reports: new ProblemReportRepository(db)
	};
}
