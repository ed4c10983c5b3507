import { describe, expect, it } from 'vitest';
import {
	addActiveTime,
	answersString,
	gradeFlashcard,
	MAX_COUNTED_PAUSE_MS,
	startFlashcardRun
} from '$lib/domain/share/assignment-run';

describe('flashcards until learned', () => {
	it('takes a recalled card out and brings a forgotten one back a few cards later', () => {
		let state = startFlashcardRun(['a', 'b', 'c', 'd', 'e']);
		state = gradeFlashcard(state, 'good');
		expect(state.queue).toEqual(['b', 'c', 'd', 'e']);
		state = gradeFlashcard(state, 'again');
		expect(state.queue).toEqual(['c', 'd', 'e', 'b']);
		state = gradeFlashcard(state, 'hard');
		expect(state.queue).toEqual(['d', 'e', 'b', 'c']);
		expect(state.firstTry).toEqual({ a: true, b: false, c: false });
	});

	it('keeps the first grade of a card for the result, even once it is learned', () => {
		let state = startFlashcardRun(['a']);
		state = gradeFlashcard(state, 'again');
		expect(state.queue).toEqual(['a']);
		state = gradeFlashcard(state, 'easy');
		expect(state.queue).toEqual([]);
		expect(state.firstTry).toEqual({ a: false });
		expect(gradeFlashcard(state, 'good')).toBe(state);
	});

	it('writes one character per question in the assignment order', () => {
		const state = { queue: ['c'], firstTry: { a: true, b: false } };
		expect(answersString(['a', 'b', 'c'], (id) => state.firstTry[id as 'a'])).toBe('10-');
	});
});

describe('time spent', () => {
	it('counts the time between actions, but a long pause only up to its cap', () => {
		expect(addActiveTime(0, undefined, 1000)).toBe(0);
		expect(addActiveTime(500, 1000, 4000)).toBe(3500);
		expect(addActiveTime(0, 0, 3 * 60 * 60 * 1000)).toBe(MAX_COUNTED_PAUSE_MS);
		expect(addActiveTime(100, 5000, 1000)).toBe(100);
	});
});
