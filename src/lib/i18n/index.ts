/**
 * i18next for the interface strings only (card text comes from the banks). Each language's strings
 * are a chunk of their own, loaded before a page in that language renders (and precached, so a
 * switch works offline): a page carries one language, not three.
 */
import i18next, { type TOptions } from 'i18next';
import { createContext } from 'svelte';
import { isLanguage, type Language } from '../domain/language';
import type { Resource } from './locales/resource';

const loaders: Record<Language, () => Promise<{ default: Resource }>> = {
	kk: () => import('./locales/kk'),
	ru: () => import('./locales/ru'),
	en: () => import('./locales/en')
};

const instance = i18next.createInstance();
void instance.init({
	resources: {},
	lng: 'kk',
	fallbackLng: false,
	initAsync: false, // no backend: strings are added by loadLanguage, so `t` is synchronous
	interpolation: { escapeValue: false }, // Svelte escapes text itself
	returnNull: false
});

const loaded = new Set<Language>();

/** Makes `language`'s strings available to `translate`; call it in a `load` before rendering. */
export async function loadLanguage(language: Language): Promise<void> {
	if (loaded.has(language)) return;
	instance.addResourceBundle(language, 'translation', (await loaders[language]()).default, true, true);
	loaded.add(language);
}

/** Adds a chunk of strings in all three languages to the main ones, once, whoever asks first. */
function lazyStrings(importer: () => Promise<Record<Language, Resource>>): () => Promise<void> {
	let loading: Promise<void> | undefined;
	return () =>
		(loading ??= importer().then((resources) => {
			for (const language of Object.keys(resources) as Language[]) {
				instance.addResourceBundle(language, 'translation', resources[language], true, true);
			}
		}));
}

/**
 * The instructors' pages' strings (all three languages, one chunk). Students never load them,
 * which keeps the first page small.
 */
export const loadTeachStrings = lazyStrings(() => import('./locales/teach').then((m) => m.teachResources));

/** The strings of the panels that look after the data on this device (Settings, the note after a session). */
export const loadDeviceStrings = lazyStrings(() => import('./locales/device').then((m) => m.deviceResources));

/** The Progress page's own panels (fitting the scheduler to the learner's reviews). */
export const loadProgressStrings = lazyStrings(() => import('./locales/progress').then((m) => m.progressResources));

/** The interface language a path is in (`/ru/settings/` → ru), Kazakh for any other path. */
export function languageOfPath(pathname: string): Language {
	const first = pathname.split('/')[1];
	return isLanguage(first) ? first : 'kk';
}

/** Translates `key` in `language`; plural keys take `{ count }`. */
export function translate(language: Language, key: string, options?: TOptions): string {
	return instance.t(key, { ...options, lng: language }) as string;
}

/** The interface language of the page being shown, with a `t` bound to it. */
export class Translator {
	readonly #language: () => Language;

	/** @param language read on every call, so text follows a language change reactively */
	constructor(language: () => Language) {
		this.#language = language;
	}

	get language(): Language {
		return this.#language();
	}

	t = (key: string, options?: TOptions): string => translate(this.#language(), key, options);
}

const [getTranslator, setTranslator] = createContext<Translator>();

/** The current page's translator (set by the `[lang]` layout). */
export const useI18n = getTranslator;
export { setTranslator };
