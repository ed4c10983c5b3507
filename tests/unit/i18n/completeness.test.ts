// kk, ru and en must share keys and placeholders, and have each plural form CLDR asks of them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beforeAll } from 'vitest';
import {
	loadDeviceStrings,
	loadLanguage,
	loadProgressStrings,
	loadTeachStrings,
	pageStringsSources,
	stringsForRoute,
	translate
} from '$lib/i18n';
import { teachResources } from '$lib/i18n/locales/teach';
import { deviceResources } from '$lib/i18n/locales/device';
import { progressResources } from '$lib/i18n/locales/progress';
import en from '$lib/i18n/locales/en';
import kk from '$lib/i18n/locales/kk';
import ru from '$lib/i18n/locales/ru';
import sessionEn from '$lib/i18n/locales/session/en';
import sessionKk from '$lib/i18n/locales/session/kk';
import sessionRu from '$lib/i18n/locales/session/ru';
import moreEn from '$lib/i18n/locales/more/en';
import moreKk from '$lib/i18n/locales/more/kk';
import moreRu from '$lib/i18n/locales/more/ru';
import type { Resource } from '$lib/i18n/locales/resource';
import { LANGUAGES } from '$lib/domain/language';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(resource: Resource, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(resource)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

/** Chunks may share a top-level key (the assignment strings are split), as i18next's deep merge allows. */
function merge(...chunks: Resource[]): Resource {
	const out: Resource = {};
	for (const chunk of chunks) {
		for (const [key, value] of Object.entries(chunk)) {
			const before = out[key];
			out[key] = typeof value !== 'string' && before && typeof before !== 'string' ? merge(before, value) : value;
		}
	}
	return out;
}

// The lazily loaded chunks follow the same rules.
const resources = {
	kk: merge(kk, sessionKk, moreKk, teachResources.kk, deviceResources.kk, progressResources.kk),
	ru: merge(ru, sessionRu, moreRu, teachResources.ru, deviceResources.ru, progressResources.ru),
	en: merge(en, sessionEn, moreEn, teachResources.en, deviceResources.en, progressResources.en)
};
beforeAll(() =>
	Promise.all([
		...LANGUAGES.map((language) => loadLanguage(language)),
		loadTeachStrings(),
		loadDeviceStrings(),
		loadProgressStrings()
	])
);
const flat = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(resources[l])])) as Record<
	(typeof LANGUAGES)[number],
	Map<string, string>
>;
const baseKeys = (language: (typeof LANGUAGES)[number]) =>
	new Set([...flat[language].keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
	it('have the same keys in kk, ru and en', () => {
		const en = [...baseKeys('en')].sort();
		expect([...baseKeys('kk')].sort()).toEqual(en);
		expect([...baseKeys('ru')].sort()).toEqual(en);
	});

	it.each(LANGUAGES)('%s has every CLDR plural form for each plural key', (language) => {
		const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
		const pluralBases = new Set(
			[...flat.en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''))
		);
		expect(pluralBases.size).toBeGreaterThan(0);
		for (const base of pluralBases) {
			for (const category of categories)
				expect(flat[language].has(`${base}_${category}`), `${language}: ${base}_${category}`).toBe(true);
		}
	});

	it('use the same placeholders in every language', () => {
		for (const key of baseKeys('en')) {
			const forms = (language: (typeof LANGUAGES)[number]) =>
				[...flat[language].entries()]
					.filter(([k]) => k.replace(PLURAL_SUFFIX, '') === key)
					.map(([, v]) => placeholders(v).join(','));
			const expected = new Set(forms('en'));
			for (const language of LANGUAGES) expect(new Set(forms(language)), `${language}: ${key}`).toEqual(expected);
		}
	});

	it('have no empty strings', () => {
		for (const language of LANGUAGES)
			for (const [k, v] of flat[language]) expect(v.trim(), `${language}: ${k}`).not.toBe('');
	});

	it('picks Russian plural forms by count', () => {
		expect(translate('ru', 'home.itemCount', { count: 1 })).toBe('1 вопрос');
		expect(translate('ru', 'home.itemCount', { count: 3 })).toBe('3 вопроса');
		expect(translate('ru', 'home.itemCount', { count: 11 })).toBe('11 вопросов');
		expect(translate('kk', 'home.itemCount', { count: 5 })).toBe('5 сұрақ');
		expect(translate('en', 'interval.day', { count: 1 })).toBe('1 day');
		expect(translate('en', 'interval.day', { count: 4 })).toBe('4 days');
	});

	it("adds the instructors' strings to the main ones without replacing them", () => {
		expect(translate('en', 'home.title')).toBe(en.home.title);
		expect(Object.keys(teachResources.en)).toEqual(
			expect.arrayContaining(['teach', 'results', 'customBank', 'teachExport'])
		);
	});

	it('keeps each string in one chunk only', () => {
		for (const [language, chunks] of [
			['kk', [kk, sessionKk, moreKk]],
			['ru', [ru, sessionRu, moreRu]],
			['en', [en, sessionEn, moreEn]]
		] as const) {
			const seen = new Set<string>();
			for (const chunk of chunks)
				for (const key of flatten(chunk).keys()) {
					expect(seen.has(key), `${language}: ${key}`).toBe(false);
					seen.add(key);
				}
		}
	});

	it('names the source files of the strings a page loads before it renders, for its HTML to preload', () => {
		expect(pageStringsSources('/[lang=lang]/study/[topic]', '/ru/study/x/')).toEqual([
			'src/lib/i18n/locales/ru.ts',
			'src/lib/i18n/locales/session/ru.ts'
		]);
		expect(pageStringsSources('/[lang=lang]/(with-index)', '/en/')).toEqual(['src/lib/i18n/locales/en.ts']);
		expect(pageStringsSources('/', '/')).toEqual([
			'src/lib/i18n/locales/kk.ts',
			'src/lib/i18n/locales/ru.ts',
			'src/lib/i18n/locales/en.ts'
		]);
		expect(pageStringsSources('/[lang=lang]/(with-index)/progress', '/kk/progress/')).toContain(
			'src/lib/i18n/locales/progress/index.ts'
		);
		// The names are files that exist: a moved locale fails here, not in the build's prerendering.
		const routes = ['/[lang=lang]/(with-index)/browse', '/[lang=lang]/(with-index)/exam', null];
		for (const route of routes)
			for (const source of pageStringsSources(route, '/kk/browse/')) expect(existsSync(source), source).toBe(true);
	});

	it('gives each kind of page the chunks it shows', () => {
		expect(stringsForRoute('/')).toBe('home'); // the language chooser
		expect(stringsForRoute('/[lang=lang]')).toBe('home');
		expect(stringsForRoute('/[lang=lang]/(with-index)')).toBe('home');
		expect(stringsForRoute('/[lang=lang]/(with-index)/browse')).toBe('all');
		expect(stringsForRoute('/[lang=lang]/study/[topic]')).toBe('session');
		expect(stringsForRoute('/[lang=lang]/quiz/[topic]')).toBe('session');
		expect(stringsForRoute('/[lang=lang]/browse')).toBe('all');
		expect(stringsForRoute('/[lang=lang]/assignment')).toBe('all');
		expect(stringsForRoute(null)).toBe('all');
		// The home page's frame and figures are in the main chunk, not in the later ones.
		expect(flatten(kk).has('home.title')).toBe(true);
		expect(flatten(kk).has('assignment.statusDone')).toBe(true);
		expect(flatten(kk).has('study.grade.again')).toBe(false);
	});
});
