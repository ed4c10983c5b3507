/**
 * Strings only the Progress page needs beyond the main ones (fitting the scheduler), all three
 * languages in one chunk that only that page loads (see loadProgressStrings).
 */
import type { Language } from '../../../domain/language';
import type { Resource } from '../resource';
import fsrs from './fsrs';

export const progressResources = fsrs as Record<Language, Resource>;
