import type { EntryGenerator } from './$types';
import { LANGUAGES } from '$lib/domain/language';

export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));
