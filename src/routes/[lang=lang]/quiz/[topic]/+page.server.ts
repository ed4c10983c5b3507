import type { EntryGenerator, PageServerLoad } from './$types';
import { topicPageData, topicPageEntries } from '$lib/server/entries';

export const entries: EntryGenerator = topicPageEntries;

export const load: PageServerLoad = ({ params }) => topicPageData(params.topic);
