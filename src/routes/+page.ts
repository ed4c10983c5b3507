import type { PageLoad } from './$types';
import { LANGUAGES } from '$lib/domain/language';
import { loadLanguage } from '$lib/i18n';

// The language chooser speaks all three languages.
export const load: PageLoad = async () => {
	await Promise.all(LANGUAGES.map((language) => loadLanguage(language, 'home')));
};
