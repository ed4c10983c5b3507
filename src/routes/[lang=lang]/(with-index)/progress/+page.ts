import type { EntryGenerator, PageLoad } from './$types';
import { LANGUAGES } from '$lib/domain/language';
import { loadProgressStrings } from '$lib/i18n';

export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

export const load: PageLoad = async () => {
	await loadProgressStrings();
};
