import { browser } from '$app/environment';
import type { Language } from '$lib/domain/language';
import { prefetchSession, sessionTopics } from '$lib/state/open-study-session';
import type { PageLoad } from './$types';

// In the browser, before the page hydrates (or as a link to it is hovered), its session's code and banks start loading.
export const load: PageLoad = ({ data, url, params }) => {
	if (browser) prefetchSession(sessionTopics(data, url), params.lang as Language);
	return data;
};
