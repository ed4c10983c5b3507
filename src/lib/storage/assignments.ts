/**
 * Assignments on this device: the ones a student received (with their progress) and the
 * ones an instructor composed. Rows are keyed by assignmentKey(code), so opening the same link twice
 * finds the same row.
 */
import type { Assignment } from '../domain/share/assignment';
import type { QaitalaDb } from './db';
import { getDb } from './connection';
import type { ComposedAssignmentRow, ReceivedAssignmentRow } from './rows';
import type { AlongsideWrite } from './study-repository';

const STUDENT_NAME_KEY = 'studentName';

export class AssignmentRepository {
	constructor(readonly db: QaitalaDb) {}

	// Student side

	/** Adds a received assignment unless it is already here; returns the stored row either way. */
	async receive(key: string, code: string, assignment: Assignment, now: number): Promise<ReceivedAssignmentRow> {
		return this.db.transaction('rw', this.db.receivedAssignments, async () => {
			const existing = await this.db.receivedAssignments.get(key);
			if (existing) return existing;
			const row: ReceivedAssignmentRow = { key, code, assignment, addedAt: now };
			await this.db.receivedAssignments.add(row);
			return row;
		});
	}

	async getReceived(key: string): Promise<ReceivedAssignmentRow | undefined> {
		return this.db.receivedAssignments.get(key);
	}

	/** Received assignments, newest first. */
	async listReceived(): Promise<ReceivedAssignmentRow[]> {
		return this.db.receivedAssignments.orderBy('addedAt').reverse().toArray();
	}

	async updateReceived(
		key: string,
		patch: Partial<Omit<ReceivedAssignmentRow, 'key' | 'code' | 'assignment'>>
	): Promise<void> {
		await this.db.receivedAssignments.update(key, patch);
	}

	/**
	 * An assignment's progress after a flashcard grade, written inside the grade's own transaction
	 * (StudyRepository.recordReview), so the card, its review row and the progress are saved together.
	 */
	progressWrite(key: string, patch: Partial<ReceivedAssignmentRow>): AlongsideWrite {
		return { tables: [this.db.receivedAssignments], write: () => this.db.receivedAssignments.update(key, patch) };
	}

	async removeReceived(key: string): Promise<void> {
		await this.db.receivedAssignments.delete(key);
	}

	/** The name the student typed for their last result, offered again for the next one. */
	async loadStudentName(): Promise<string> {
		const row = await this.db.settings.get(STUDENT_NAME_KEY);
		return typeof row?.value === 'string' ? row.value : '';
	}

	async saveStudentName(name: string): Promise<void> {
		await this.db.settings.put({ key: STUDENT_NAME_KEY, value: name });
	}

	// Instructor side

	async saveComposed(row: ComposedAssignmentRow): Promise<void> {
		await this.db.composedAssignments.put(row);
	}

	async getComposed(key: string): Promise<ComposedAssignmentRow | undefined> {
		return this.db.composedAssignments.get(key);
	}

	/** Composed assignments, newest first. */
	async listComposed(): Promise<ComposedAssignmentRow[]> {
		return this.db.composedAssignments.orderBy('createdAt').reverse().toArray();
	}

	async removeComposed(key: string): Promise<void> {
		await this.db.composedAssignments.delete(key);
	}
}

let shared: AssignmentRepository | undefined;

export function getAssignmentRepository(): AssignmentRepository {
	shared ??= new AssignmentRepository(getDb());
	return shared;
}
