import type { LayoutLoad } from './$types';
import { fetchBankIndex } from '$lib/banks/fetch-banks';

// The built-in index, read once for the pages that list topics: prerendered into them (so offline too)
// and kept by the client router across them. The other pages (study, quiz, settings) do not carry it:
// a session reads it at run time through loadBankIndex, which the service worker answers offline.
export const load: LayoutLoad = async ({ fetch }) => ({ index: await fetchBankIndex(fetch) });
