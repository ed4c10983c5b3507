/** The shapes of the rows stored for assignments, results, rosters and custom banks. */
import type { Assignment } from '../domain/share/assignment';
import type { Result } from '../domain/share/result';
import type { Language } from '../domain/language';
import type { CustomBank } from '../domain/import/custom-bank';
import type { FlashcardRunState } from '../domain/share/assignment-run';

/** Student side: an assignment opened from a link or file, with the student's progress in it. */
export interface ReceivedAssignmentRow {
	/** assignmentKey(code) */
	key: string;
	code: string;
	assignment: Assignment;
	addedAt: number;
	/** The language the student chose among the assignment's languages. */
	language?: Language;
	/** Test mode: the attempt that runs it (in `testAttempts`). */
	testAttemptId?: number;
	/** Flashcards mode: what is left to learn and what was recalled at the first try. */
	flashcards?: FlashcardRunState;
	/** Questions answered (a test) or cards learned (flashcards), for the home page. */
	done?: number;
	startedAt?: number;
	/** When the student last did something in it, to count time spent. */
	lastActionAt?: number;
	/** Time spent working on it, in ms (pauses over 5 minutes count as 5 minutes). */
	timeSpentMs?: number;
	completedAt?: number;
	/** The result made at the end: its code and the name the student typed. */
	result?: { code: string; name: string; answers: string };
}

/** Instructor side: a set this device composed and shared. */
export interface ComposedAssignmentRow {
	key: string;
	code: string;
	assignment: Assignment;
	createdAt: number;
}

/** Instructor side: one student's result for one assignment (the latest one they sent). */
export interface ClassResultRow {
	id?: number;
	/** assignmentKey of the assignment it answers. */
	assignment: string;
	/** The student's name folded for matching (trimmed, lower case, single spaces). */
	nameKey: string;
	result: Result;
	code: string;
	importedAt: number;
}

/** Instructor side: the class list for one assignment, to see who has not submitted. */
export interface RosterRow {
	assignment: string;
	names: string[];
}

export type CustomBankRow = CustomBank;
