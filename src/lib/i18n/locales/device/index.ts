/**
 * Strings of the pages that look after the data on this device (Settings' storage, database check
 * and backup panels), one file per feature with all three languages, merged into one chunk that only
 * those pages load (see loadDeviceStrings): the first page stays small.
 */
import type { Language } from '../../../domain/language';
import type { Resource } from '../resource';
import backup from './backup';
import database from './database';
import storage from './storage';

const features = [storage, backup, database];

export const deviceResources = Object.fromEntries(
	(['kk', 'ru', 'en'] as const).map((language) => [language, Object.assign({}, ...features.map((f) => f[language]))])
) as Record<Language, Resource>;
