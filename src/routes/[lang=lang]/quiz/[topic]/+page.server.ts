import type { EntryGenerator } from './$types';
import { topicPageEntries } from '$lib/server/entries';

export const entries: EntryGenerator = topicPageEntries;
