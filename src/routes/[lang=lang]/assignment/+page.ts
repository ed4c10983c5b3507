import type { EntryGenerator, PageLoad } from './$types';
import { LANGUAGES } from '$lib/domain/language';
import { fetchBankIndex } from '$lib/banks/fetch-banks';

export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

export const load: PageLoad = async ({ fetch }) => ({ index: await fetchBankIndex(fetch) });
