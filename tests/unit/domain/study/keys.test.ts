import { describe, expect, it } from 'vitest';
import { studyKeyAction, type StudyKeyEvent } from '$lib/domain/study/keys';

const key = (k: string, patch: Partial<StudyKeyEvent> = {}): StudyKeyEvent => ({
	key: k,
	withModifier: false,
	inTextField: false,
	onControl: false,
	...patch
});
const hidden = { hasCard: true, revealed: false };
const shown = { hasCard: true, revealed: true };

describe('studyKeyAction', () => {
	it.each([
		['space reveals a hidden answer', key(' '), hidden, { kind: 'reveal' }],
		['1 grades Again once revealed', key('1'), shown, { kind: 'grade', grade: 'again' }],
		['4 grades Easy once revealed', key('4'), shown, { kind: 'grade', grade: 'easy' }],
		['u undoes', key('u'), hidden, { kind: 'undo' }],
		['U undoes too', key('U'), { hasCard: false, revealed: false }, { kind: 'undo' }]
	])('%s', (_, event, state, expected) => {
		expect(studyKeyAction(event, state)).toEqual(expected);
	});

	it.each([
		['a grade before the answer is shown', key('3'), hidden],
		['space once the answer is shown', key(' '), shown],
		['space on a focused button, which presses it', key(' ', { onControl: true }), hidden],
		['any key while typing in a field', key('u', { inTextField: true }), shown],
		['a browser shortcut', key('1', { withModifier: true }), shown],
		['a grade when no card is left', key('1'), { hasCard: false, revealed: true }],
		['5, which is no grade', key('5'), shown]
	])('leaves alone %s', (_, event, state) => {
		expect(studyKeyAction(event, state)).toBeUndefined();
	});
});
