import type { EntryGenerator } from './$types';
import { LANGUAGES } from '$lib/domain/language';
import { getCompiledBanks } from '$lib/server/load-banks';

/** `due` studies every due card across topics; the others are one topic each. */
export const entries: EntryGenerator = () =>
	LANGUAGES.flatMap((lang) => ['due', ...getCompiledBanks().index.topics.map((t) => t.id)].map((topic) => ({ lang, topic })));
