/**
 * The study page's keyboard: space reveals, 1–4 grade, u undoes. Pure, so every rule is tested
 * without a page; the page only reads the key event and carries out what this returns.
 */
import { GRADES, type Grade } from './card';

export type StudyKeyAction = { kind: 'undo' } | { kind: 'reveal' } | { kind: 'grade'; grade: Grade };

export interface StudyKeyEvent {
	key: string;
	/** Ctrl, Meta or Alt held: the browser's shortcuts, never ours. */
	withModifier: boolean;
	/** The focus is in a text field: the keys are the student's text. */
	inTextField: boolean;
	/** The focus is on a button or link, which keeps its own space key. */
	onControl: boolean;
}

export interface StudyKeyState {
	hasCard: boolean;
	revealed: boolean;
}

/** What a key does in a study session, or undefined when it is not ours to take. */
export function studyKeyAction(event: StudyKeyEvent, state: StudyKeyState): StudyKeyAction | undefined {
	if (event.withModifier || event.inTextField) return undefined;
	if (event.key === 'u' || event.key === 'U') return { kind: 'undo' };
	if (!state.hasCard) return undefined;
	if (event.key === ' ' && !state.revealed) return event.onControl ? undefined : { kind: 'reveal' };
	if (state.revealed && /^[1-4]$/.test(event.key)) return { kind: 'grade', grade: GRADES[Number(event.key) - 1]! };
	return undefined;
}
