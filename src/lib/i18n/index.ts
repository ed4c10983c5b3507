/**
 * i18next for the interface strings only (card text comes from the banks). Each language's strings
 * are chunks of their own, loaded before a page in that language renders (and precached, so a
 * switch works offline): a page carries one language, not three, and only the strings it shows.
 */
import i18next, { type TOptions } from 'i18next';
import { createContext } from 'svelte';
import { LANGUAGES, isLanguage, type Language } from '../domain/language';
import type { Resource } from './locales/resource';
import { routePath } from '../site';

/**
 * Each language's strings come in three chunks, so a page loads only what it shows: the main ones
 * (the frame, home, errors), the study and quiz pages' ones, and the other pages' ones.
 */
type Chunk = 'main' | 'session' | 'more';
type Loader = () => Promise<{ default: Resource }>;
const loaders: Record<Chunk, Record<Language, Loader>> = {
	main: { kk: () => import('./locales/kk'), ru: () => import('./locales/ru'), en: () => import('./locales/en') },
	session: {
		kk: () => import('./locales/session/kk'),
		ru: () => import('./locales/session/ru'),
		en: () => import('./locales/session/en')
	},
	more: {
		kk: () => import('./locales/more/kk'),
		ru: () => import('./locales/more/ru'),
		en: () => import('./locales/more/en')
	}
};

/** Which chunks a kind of page shows: home only the main ones, study and quiz one more, the rest all. */
export type StringsFor = 'home' | 'session' | 'all';
const CHUNKS: Record<StringsFor, Chunk[]> = {
	home: ['main'],
	session: ['main', 'session'],
	all: ['main', 'session', 'more']
};

/**
 * The source modules (as `loaders` imports them) of the strings the page at `pathname` loads before
 * it renders: a prerendered page names their chunks in its HTML, so they load beside its code.
 */
export function pageStringsSources(routeId: string | null, pathname: string): string[] {
	const source = (language: Language, chunk: Chunk) =>
		chunk === 'main' ? `src/lib/i18n/locales/${language}.ts` : `src/lib/i18n/locales/${chunk}/${language}.ts`;
	// The chooser at `/` speaks all three languages (its own load asks for their main strings).
	if (routePath(routeId) === '/') return LANGUAGES.map((language) => source(language, 'main'));
	const own = PAGE_OWN_STRINGS[routePath(routeId) ?? ''];
	return [
		...CHUNKS[stringsForRoute(routeId)].map((chunk) => source(languageOfPath(pathname), chunk)),
		...(own ? [own] : [])
	];
}

/** The pages whose load also waits for a chunk of strings of their own (loadProgressStrings). */
const PAGE_OWN_STRINGS: Record<string, string> = {
	'/[lang=lang]/progress': 'src/lib/i18n/locales/progress/index.ts',
	'/[lang=lang]/exam': 'src/lib/i18n/locales/progress/index.ts'
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

const loading = new Map<string, Promise<void>>();

function loadChunk(language: Language, chunk: Chunk): Promise<void> {
	const key = `${language}/${chunk}`;
	let done = loading.get(key);
	if (!done) {
		done = loaders[chunk][language]().then((module) => {
			instance.addResourceBundle(language, 'translation', module.default, true, true);
		});
		done.catch(() => loading.delete(key)); // a failed fetch (offline) may be tried again
		loading.set(key, done);
	}
	return done;
}

/**
 * Makes `language`'s strings available to `translate`, those `page` shows (all of them unless told);
 * call it in a `load` before rendering.
 */
export async function loadLanguage(language: Language, page: StringsFor = 'all'): Promise<void> {
	await Promise.all(CHUNKS[page].map((chunk) => loadChunk(language, chunk)));
}

/** The strings a page of this route shows (see StringsFor). */
export function stringsForRoute(routeId: string | null): StringsFor {
	const path = routePath(routeId);
	if (path === '/[lang=lang]' || path === '/') return 'home'; // `/` is the language chooser
	if (path?.startsWith('/[lang=lang]/study/') || path?.startsWith('/[lang=lang]/quiz/')) return 'session';
	return 'all';
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
