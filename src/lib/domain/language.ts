/** The three languages of the course: the interface and the cards each use one of them. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the first of our languages that the browser prefers, else Kazakh.
 * @example pickPreferredLanguage(['ru-RU', 'en']) // 'ru'
 */
export function pickPreferredLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLanguage(base)) return base;
	}
	return 'kk';
}

/** Each language's name in itself, as language pickers show them. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
