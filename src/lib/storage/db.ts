/**
 * The one Dexie database of the app. Versions only go up: a schema change is a new version,
 * and a version with an upgrade function is never deleted.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Card, Review } from '../domain/study/card';
import type { ItemFlags } from '../domain/study/flags';
import type { TestAttempt } from '../domain/quiz/test-set';
import type { SetAsideRow } from '../domain/data/row-schemas';
import type { ProblemReport } from '../domain/report/problem-report';
import type { ClassResultRow, ComposedAssignmentRow, CustomBankRow, ReceivedAssignmentRow, RosterRow } from './rows';

export interface ReviewRow extends Review {
	id?: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export class QaitalaDb extends Dexie {
	cards!: EntityTable<Card, 'itemId'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	itemFlags!: EntityTable<ItemFlags, 'itemId'>;
	testAttempts!: EntityTable<TestAttempt, 'id'>;
	receivedAssignments!: EntityTable<ReceivedAssignmentRow, 'key'>;
	composedAssignments!: EntityTable<ComposedAssignmentRow, 'key'>;
	classResults!: EntityTable<ClassResultRow, 'id'>;
	rosters!: EntityTable<RosterRow, 'assignment'>;
	customBanks!: EntityTable<CustomBankRow, 'id'>;
	setAside!: EntityTable<SetAsideRow, 'id'>;
	problemReports!: EntityTable<ProblemReport, 'id'>;

	constructor(name = 'qaitala') {
		super(name);
		this.version(1).stores({
			cards: '&itemId, dueAt, state',
			reviews: '++id, reviewedAt, itemId',
			settings: '&key'
		});
		// v2: items buried until tomorrow or suspended. Only a new table: no data to rewrite.
		this.version(2).stores({
			itemFlags: '&itemId'
		});
		// v3: test-mode attempts, kept with every answer. A new table only.
		this.version(3).stores({
			testAttempts: '++id, startedAt'
		});
		// v4: a student's received assignments; an instructor's composed sets, the results
		// collected for them, class rosters and imported question banks. New tables only.
		this.version(4).stores({
			receivedAssignments: '&key, addedAt',
			composedAssignments: '&key, createdAt',
			classResults: '++id, assignment, &[assignment+nameKey]',
			rosters: '&assignment',
			customBanks: '++id, importedAt'
		});
		// v5: rows the database check could not repair, kept whole (in backups too) rather than
		// dropped. A new table only; the check itself runs after every upgrade (database-check.ts).
		this.version(5).stores({
			setAside: '++id, table, setAsideAt'
		});
		// v6: every review row says where its grade came from and how long the answer took.
		// Earlier rows cannot know either: they are marked unknown rather than guessed.
		this.version(6)
			.stores({})
			.upgrade((tx) =>
				tx
					.table('reviews')
					.toCollection()
					.modify((row: Partial<Review>) => {
						row.source ??= 'unknown';
						row.durationMs ??= null;
					})
			);
		// v7: problems the learner reported with questions. A new table only.
		this.version(7).stores({
			problemReports: '++id, itemId, assignmentKey, reportedAt'
		});
	}
}
