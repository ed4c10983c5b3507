/**
 * What a stored row of each table may look like, as valibot schemas: the one contract that the
 * database check, backups and restores use. Built from the domain's own schemas (assignments,
 * results, custom questions) and types, so the app writes what these accept.
 *
 * Objects are strict: a field added to a stored row must be added here too; the row-schema unit
 * test writes real rows through the repositories and fails when one is missing.
 */
import * as v from 'valibot';
import { ITEM_LEVELS, ItemIdSchema, TopicIdSchema } from '../bank/schema';
import { CARD_STATES, GRADES, MAX_ANSWER_DURATION_MS, REVIEW_SOURCES, type Card, type Review } from '../study/card';
import type { ItemFlags } from '../study/flags';
import type { TestAttempt } from '../quiz/test-set';
import { LANGUAGES } from '../language';
import { LEARNING_STEP_PRESETS, MAX_NEW_CARDS_PER_DAY, MAX_REVIEWS_PER_DAY, type Settings } from '../settings';
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from '../study/retention';
import { AssignmentSchema, MAX_ASSIGNMENT_ITEMS } from '../share/assignment';
import { ResultSchema } from '../share/result';
import { MAX_ENCODED_LENGTH } from '../share/codec';
import { CARRIED_LIMITS } from '../share/carried';
import { CustomItemSchema } from '../import/validate-custom';
import { CUSTOM_BANK_ORIGINS, IMPORT_LIMITS } from '../import/custom-bank';
import { hasMatchingTranslations } from '../import/translations';
import { isStoredDate } from './stored-date';
import { ExamPlanSchema } from '../study/exam-plan';
import { CommentSchema, MAX_PROMPT_CHARS, PROBLEM_REASONS, type ProblemReport } from '../report/problem-report';

export { EARLIEST_STORED_DATE_MS, LATEST_STORED_DATE_MS, isStoredDate } from './stored-date';

/** Longest texts and lists a row may hold that no other schema bounds already. */
export const ROW_LIMITS = {
	/** Typed answers, student names, seeds, setting keys. */
	shortText: 200,
	/** A test's topics and questions; an assignment holds at most MAX_ASSIGNMENT_ITEMS. */
	testTopics: 100,
	testItems: 500,
	/** Indexes in a choice, ordering or matching response. */
	responseIndexes: 50,
	rosterNames: 2000,
	/** The reason a row was set aside. */
	reason: 500
} as const;

/** Longest result code: the encoded payload and its checksum. */
const MAX_CODE_LENGTH = MAX_ENCODED_LENGTH + 16;

const date = v.custom<number>(isStoredDate, 'must be a date between 2000 and 2200');
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const amount = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const shortText = v.pipe(v.string(), v.maxLength(ROW_LIMITS.shortText));
const list = <T extends v.GenericSchema>(of: T, max: number) => v.pipe(v.array(of), v.maxLength(max));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1));
const assignmentKey = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/));
const code = v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_CODE_LENGTH));
/** An assignment's code may carry the instructor's own questions. */
const assignmentCode = v.pipe(v.string(), v.nonEmpty(), v.maxLength(CARRIED_LIMITS.codeChars));

/** FSRS never schedules past 100 years (36500 days); a little headroom over that. */
const MAX_DAYS = 100_000;

export const CardRowSchema = v.strictObject({
	itemId: ItemIdSchema,
	state: v.picklist(CARD_STATES),
	dueAt: date,
	stability: amount(0, MAX_DAYS),
	/** 0 for a new card, 1–10 once graded (FSRS). */
	difficulty: amount(0, 10),
	scheduledDays: amount(0, MAX_DAYS),
	learningSteps: count(100),
	reps: count(1_000_000),
	lapses: count(1_000_000),
	lastReviewAt: v.optional(date)
});

export const ReviewRowSchema = v.strictObject({
	id: v.optional(rowId),
	itemId: ItemIdSchema,
	grade: v.picklist(GRADES),
	reviewedAt: date,
	cardBefore: v.nullable(CardRowSchema),
	elapsedDays: amount(0, MAX_DAYS),
	scheduledDays: amount(0, MAX_DAYS),
	stateAfter: v.picklist(CARD_STATES),
	// Rows from before schema version 6 (and backups made then) have neither: read as unknown.
	source: v.optional(v.picklist(REVIEW_SOURCES), 'unknown'),
	durationMs: v.optional(v.nullable(amount(0, MAX_ANSWER_DURATION_MS)), null)
});

/** The learner's settings as `saveSettings` writes them: every field there and in range. */
export const SettingsValueSchema = v.strictObject({
	uiLanguage: v.picklist(LANGUAGES),
	contentLanguage: v.nullable(v.picklist(LANGUAGES)),
	desiredRetention: amount(MIN_DESIRED_RETENTION, MAX_DESIRED_RETENTION),
	newCardsPerDay: count(MAX_NEW_CARDS_PER_DAY),
	reviewsPerDay: count(MAX_REVIEWS_PER_DAY),
	learningSteps: v.picklist(LEARNING_STEP_PRESETS)
});

/**
 * The value of each known `settings` row, by key. A key not listed here (one a later version adds)
 * is accepted with any value, as long as the key itself is short text.
 */
export const SETTING_VALUE_SCHEMAS = {
	settings: SettingsValueSchema,
	studentName: shortText,
	/** When the last backup was made (written by the backup). */
	lastBackupAt: date,
	/** The schema version the database check last ran at (it runs again after an upgrade). */
	checkedSchemaVersion: count(1000),
	/** When the app asked the browser to keep its data (it asks once, after a study session). */
	persistenceAskedAt: date,
	/** The learner's exam: its day, topics and the recall wanted then. */
	examPlan: ExamPlanSchema
} as const satisfies Record<string, v.GenericSchema>;

export type KnownSettingKey = keyof typeof SETTING_VALUE_SCHEMAS;

const isKnownSettingKey = (key: string): key is KnownSettingKey => Object.hasOwn(SETTING_VALUE_SCHEMAS, key);

export const SettingRowSchema = v.union([
	...(Object.keys(SETTING_VALUE_SCHEMAS) as KnownSettingKey[]).map((key) =>
		v.strictObject({ key: v.literal(key), value: SETTING_VALUE_SCHEMAS[key] as v.GenericSchema })
	),
	v.strictObject({
		key: v.pipe(
			shortText,
			v.check((key) => !isKnownSettingKey(key), 'a known setting with a bad value')
		),
		value: v.unknown()
	})
]);

export const ItemFlagsRowSchema = v.strictObject({
	itemId: ItemIdSchema,
	isSuspended: v.boolean(),
	buriedUntil: v.optional(date)
});

const index = count(ROW_LIMITS.responseIndexes);
const indexes = list(index, ROW_LIMITS.responseIndexes);

/** A test answer as QuizResponse (quiz/evaluate.ts) describes it. */
export const QuizResponseSchema = v.variant('type', [
	v.strictObject({ type: v.literal('flashcard'), remembered: v.boolean() }),
	v.strictObject({ type: v.literal('choice'), selected: indexes }),
	v.strictObject({ type: v.literal('true-false'), answer: v.boolean() }),
	v.strictObject({ type: v.literal('cloze'), text: shortText }),
	v.strictObject({ type: v.literal('numeric'), text: shortText }),
	v.strictObject({ type: v.literal('ordering'), order: indexes }),
	// Structured clone keeps the holes as undefined (JSON would turn them into null).
	v.strictObject({ type: v.literal('matching'), choices: list(v.optional(index), ROW_LIMITS.responseIndexes) })
]);

export const TestAttemptRowSchema = v.strictObject({
	id: v.optional(rowId),
	seed: shortText,
	topicIds: list(TopicIdSchema, ROW_LIMITS.testTopics),
	itemIds: list(ItemIdSchema, ROW_LIMITS.testItems),
	/** 0 for no limit; assignments allow up to 600 minutes. */
	timeLimitMs: count(600 * 60_000),
	startedAt: date,
	finishedAt: v.optional(date),
	answers: list(
		v.strictObject({ itemId: ItemIdSchema, response: QuizResponseSchema, isCorrect: v.boolean() }),
		ROW_LIMITS.testItems
	),
	assignmentKey: v.optional(assignmentKey),
	level: v.optional(v.picklist(ITEM_LEVELS))
});

/** An assignment as stored: the shared schema, and its due date (if any) a real date. */
const StoredAssignmentSchema = v.pipe(
	AssignmentSchema,
	v.check((a) => a.dueAt === undefined || isStoredDate(a.dueAt), 'the due date must be a date between 2000 and 2200')
);

/** A result as stored: the shared schema, and its completion a real date. */
const StoredResultSchema = v.pipe(
	ResultSchema,
	v.check((r) => isStoredDate(r.completedAt), 'completion must be a date between 2000 and 2200')
);

export const ReceivedAssignmentRowSchema = v.strictObject({
	key: assignmentKey,
	code: assignmentCode,
	assignment: StoredAssignmentSchema,
	addedAt: date,
	language: v.optional(v.picklist(LANGUAGES)),
	testAttemptId: v.optional(rowId),
	flashcards: v.optional(
		v.strictObject({
			queue: list(ItemIdSchema, MAX_ASSIGNMENT_ITEMS),
			firstTry: v.pipe(
				v.record(ItemIdSchema, v.boolean()),
				v.check((r) => Object.keys(r).length <= MAX_ASSIGNMENT_ITEMS, 'too many items')
			)
		})
	),
	done: v.optional(count(MAX_ASSIGNMENT_ITEMS)),
	startedAt: v.optional(date),
	lastActionAt: v.optional(date),
	/** At most 10 years of work; a bound, not a guess. */
	timeSpentMs: v.optional(amount(0, 10 * 365 * 24 * 3_600_000)),
	completedAt: v.optional(date),
	result: v.optional(
		v.strictObject({ code, name: shortText, answers: v.pipe(v.string(), v.maxLength(MAX_ASSIGNMENT_ITEMS)) })
	)
});

export const ComposedAssignmentRowSchema = v.strictObject({
	key: assignmentKey,
	code: assignmentCode,
	assignment: StoredAssignmentSchema,
	createdAt: date
});

export const ClassResultRowSchema = v.strictObject({
	id: v.optional(rowId),
	assignment: assignmentKey,
	nameKey: v.pipe(v.string(), v.nonEmpty(), v.maxLength(ROW_LIMITS.shortText)),
	result: StoredResultSchema,
	code,
	importedAt: date
});

export const RosterRowSchema = v.strictObject({
	assignment: assignmentKey,
	names: list(v.pipe(v.string(), v.nonEmpty(), v.maxLength(ROW_LIMITS.shortText)), ROW_LIMITS.rosterNames)
});

export const CustomBankRowSchema = v.pipe(
	v.strictObject({
		id: v.optional(rowId),
		title: v.pipe(v.string(), v.nonEmpty(), v.maxLength(IMPORT_LIMITS.titleChars)),
		language: v.picklist(LANGUAGES),
		format: v.picklist(CUSTOM_BANK_ORIGINS),
		items: v.pipe(v.array(CustomItemSchema), v.minLength(1), v.maxLength(IMPORT_LIMITS.questions)),
		importedAt: date,
		translations: v.optional(
			v.record(v.picklist(LANGUAGES), v.pipe(v.array(CustomItemSchema), v.maxLength(IMPORT_LIMITS.questions)))
		)
	}),
	v.check((bank) => hasMatchingTranslations(bank), 'translations must ask the same questions as the items')
);

/** Every table of the database, in the order the check and a backup walk them. */
export const TABLE_NAMES = [
	'settings',
	'cards',
	'reviews',
	'itemFlags',
	'testAttempts',
	'receivedAssignments',
	'composedAssignments',
	'classResults',
	'rosters',
	'customBanks',
	'setAside',
	'problemReports'
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export const isTableName = (value: unknown): value is TableName => (TABLE_NAMES as readonly unknown[]).includes(value);

/** A row the database check could not repair, kept whole so nothing is ever silently dropped. */
export const SetAsideRowSchema = v.strictObject({
	id: v.optional(rowId),
	/** The table it came from (never `setAside` itself). */
	table: v.picklist(TABLE_NAMES.filter((t) => t !== 'setAside') as Exclude<TableName, 'setAside'>[]),
	/** The row exactly as it was found. */
	row: v.unknown(),
	reason: v.pipe(v.string(), v.maxLength(ROW_LIMITS.reason)),
	setAsideAt: date
});

export type SetAsideRow = v.InferOutput<typeof SetAsideRowSchema>;

export const ProblemReportRowSchema = v.strictObject({
	id: v.optional(rowId),
	itemId: ItemIdSchema,
	assignmentKey: v.optional(assignmentKey),
	reason: v.picklist(PROBLEM_REASONS),
	comment: CommentSchema,
	prompt: v.pipe(
		v.string(),
		v.check((text) => [...text].length <= MAX_PROMPT_CHARS, `at most ${MAX_PROMPT_CHARS} characters`)
	),
	language: v.picklist(LANGUAGES),
	reportedAt: date
});

/** The schema of a row of each table: `v.safeParse(ROW_SCHEMAS[table], row)`. */
export const ROW_SCHEMAS = {
	settings: SettingRowSchema,
	cards: CardRowSchema,
	reviews: ReviewRowSchema,
	itemFlags: ItemFlagsRowSchema,
	testAttempts: TestAttemptRowSchema,
	receivedAssignments: ReceivedAssignmentRowSchema,
	composedAssignments: ComposedAssignmentRowSchema,
	classResults: ClassResultRowSchema,
	rosters: RosterRowSchema,
	customBanks: CustomBankRowSchema,
	setAside: SetAsideRowSchema,
	problemReports: ProblemReportRowSchema
} as const satisfies Record<TableName, v.GenericSchema>;

/** Whether `row` is a valid row of `table`; the first problem, said briefly, when it is not. */
export function checkRow(table: TableName, row: unknown): { ok: true } | { ok: false; problem: string } {
	const result = v.safeParse(ROW_SCHEMAS[table] as v.GenericSchema, row, { abortEarly: true });
	if (result.success) return { ok: true };
	const issue = result.issues[0];
	const path = (issue.path ?? []).map((step) => String(step.key)).join('.');
	return { ok: false, problem: `${path || 'row'}: ${issue.message}`.slice(0, ROW_LIMITS.reason) };
}

// The schemas and the app's own row types must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardMatches: Same<v.InferOutput<typeof CardRowSchema>, Card> = true;
const reviewMatches: Same<Omit<v.InferOutput<typeof ReviewRowSchema>, 'id'>, Review> = true;
const flagsMatch: Same<v.InferOutput<typeof ItemFlagsRowSchema>, ItemFlags> = true;
const settingsMatch: Same<v.InferOutput<typeof SettingsValueSchema>, Settings> = true;
const reportsMatch: Same<v.InferOutput<typeof ProblemReportRowSchema>, ProblemReport> = true;
void [cardMatches, reviewMatches, flagsMatch, settingsMatch, reportsMatch];
// Test attempts carry readonly arrays in their responses, so only the outer shape is compared.
const attemptKeys: Same<keyof v.InferOutput<typeof TestAttemptRowSchema>, keyof TestAttempt> = true;
void attemptKeys;
