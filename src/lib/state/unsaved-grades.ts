/**
 * Saves the grades an earlier page wrote down but did not get to save (closed or reloaded while
 * storage's code was loading: storage/unsaved-grades.ts), as that page would have: each against the
 * card as it was shown, so one already saved (or changed since, in another tab) is refused, not doubled.
 */
import type { Language } from '../domain/language';
import { crossOutGrade, readUnsavedGrades } from '../storage/unsaved-grades';
import { settings } from './settings.svelte';

/** Cheap when there are none (nearly always): storage's code loads only for grades left. */
export async function saveLeftGrades(uiLanguage: Language): Promise<void> {
	const left = readUnsavedGrades();
	if (!left.length) return;
	const [{ getStudyRepository }, { schedulerFor }, current] = await Promise.all([
		import('../storage/study-repository'),
		import('./open-study-session'),
		settings.load(uiLanguage)
	]);
	const [store, scheduler] = [getStudyRepository(), await schedulerFor(current)];
	for (const entry of left) {
		try {
			const { card, review } = scheduler.grade(entry.itemId, entry.card, entry.grade, entry.at, entry.answer);
			await store.recordReview(card, review, { limits: entry.limits });
		} catch {
			// A grade that cannot be saved now (storage failing) would fail the same way next time.
		}
		crossOutGrade(entry.id);
	}
}
