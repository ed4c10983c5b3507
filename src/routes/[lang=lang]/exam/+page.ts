import type { EntryGenerator, PageLoad } from './$types';
import { LANGUAGES } from '$lib/domain/language';
import { fetchBankIndex } from '$lib/banks/fetch-banks';
import { loadProgressStrings } from '$lib/i18n';

export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

export const load: PageLoad = async ({ fetch }) => {
	const [index] = await Promise.all([fetchBankIndex(fetch), loadProgressStrings()]);
	return { index };
};
