/**
 * The instructors' strings, one file per feature with all three languages, merged here
 * into one chunk that only the /teach pages load (see loadTeachStrings).
 */
import type { Language } from '../../../domain/language';
import type { Resource } from '../resource';
import compose from './compose';
import customBank from './custom-bank';
import drafter from './drafter';
import exportStrings from './export';
import moodleAnki from './moodle-anki';
import results from './results';
import tagFilters from './tag-filters';
import customTopics from './custom-topics';

const features = [compose, results, customBank, exportStrings, moodleAnki, drafter, tagFilters, customTopics];

export const teachResources = Object.fromEntries(
	(['kk', 'ru', 'en'] as const).map((language) => [language, Object.assign({}, ...features.map((f) => f[language]))])
) as Record<Language, Resource>;
