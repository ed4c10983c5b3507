/**
 * Grades tapped before storage's code has loaded (a first visit's first moments), written down at
 * once in localStorage, which a reload cannot lose: each is crossed out once its save has ended, and
 * one a page left (closed or reloaded first) is saved by the next page (state/unsaved-grades.ts).
 * Storage that refuses localStorage leaves the grade to its save alone, as before.
 */
import { GRADES, type AnswerContext, type Card, type Grade } from '../domain/study/card';
import type { RecordOptions } from './study-repository';

export interface UnsavedGrade {
	id: string;
	itemId: string;
	/** The card as it was shown (undefined: new): the save is refused if it has changed since. */
	card: Card | undefined;
	grade: Grade;
	at: number;
	answer: AnswerContext;
	limits: RecordOptions['limits'];
}

export const UNSAVED_GRADES_KEY = 'qaitala.unsavedGrades';

const isUnsavedGrade = (value: unknown): value is UnsavedGrade => {
	const entry = value as UnsavedGrade;
	return (
		typeof entry?.id === 'string' &&
		typeof entry.itemId === 'string' &&
		(GRADES as readonly unknown[]).includes(entry.grade) &&
		Number.isFinite(entry.at) &&
		typeof entry.answer?.source === 'string' &&
		(entry.card === undefined || entry.card?.itemId === entry.itemId)
	);
};

/** The grades written down and not crossed out, oldest first (none when localStorage is refused or holds something else). */
export function readUnsavedGrades(): UnsavedGrade[] {
	try {
		const entries: unknown = JSON.parse(localStorage.getItem(UNSAVED_GRADES_KEY) ?? '[]');
		return Array.isArray(entries) ? entries.filter(isUnsavedGrade) : [];
	} catch {
		return [];
	}
}

function write(entries: UnsavedGrade[]): void {
	try {
		if (entries.length) localStorage.setItem(UNSAVED_GRADES_KEY, JSON.stringify(entries));
		else localStorage.removeItem(UNSAVED_GRADES_KEY);
	} catch {
		// Refused or full: the save itself goes on.
	}
}

/** Writes a grade down (synchronously); returns its id, to cross it out when its save has ended. */
export function writeDownGrade(grade: Omit<UnsavedGrade, 'id'>): string {
	const id = `${grade.at}-${Math.random().toString(36).slice(2)}`;
	write([...readUnsavedGrades(), { ...grade, id }]);
	return id;
}

export function crossOutGrade(id: string): void {
	write(readUnsavedGrades().filter((entry) => entry.id !== id));
}
