import type { LayoutLoad } from './$types';
import type { Language } from '$lib/domain/language';
import { fetchBankIndex } from '$lib/banks/fetch-banks';

// The built-in index, read once for every page of the language: prerendered into the page (so offline
// too) and kept by the client router across navigations; pages get it merged into their `data`.
export const load: LayoutLoad = async ({ params, fetch }) => ({
	lang: params.lang as Language,
	index: await fetchBankIndex(fetch)
});
