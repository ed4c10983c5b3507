/**
 * Strings only the Progress and exam pages need beyond the main ones (fitting the scheduler, the exam plan), all three
 * languages in one chunk that only that page loads (see loadProgressStrings).
 */
import type { Language } from '../../../domain/language';
import type { Resource } from '../resource';
import fsrs from './fsrs';
import exam from './exam';

export const progressResources: Record<Language, Resource> = {
	kk: { ...fsrs.kk, ...exam.kk },
	ru: { ...fsrs.ru, ...exam.ru },
	en: { ...fsrs.en, ...exam.en }
};
