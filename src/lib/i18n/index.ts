/**
 * i18next for the interface strings only (card text comes from the banks). All three languages
 * are bundled: together they are a few kB, and the app must switch language offline.
 */
import i18next, { type TOptions } from 'i18next';
import { createContext } from 'svelte';
import type { Language } from '../domain/language';
import en from './locales/en';
import kk from './locales/kk';
import ru from './locales/ru';

export const resources = { kk, ru, en } as const;

const instance = i18next.createInstance();
void instance.init({
	resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
	lng: 'kk',
	fallbackLng: false,
	initAsync: false, // resources are bundled, so init is synchronous and usable during prerendering
	interpolation: { escapeValue: false }, // Svelte escapes text itself
	returnNull: false
});

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
