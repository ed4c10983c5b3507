// The settings state over the app's own database (fake-indexeddb): read once, saved on change,
// a bad stored row read as safe values, a failed save said and not applied.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { defaultSettings } from '$lib/domain/settings';
import { SettingsState } from '$lib/state/settings.svelte';

/** A connection of the test's own to the app's database, emptied before every test. */
const db = new QaitalaDb();
beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
	localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

const stored = async () => (await db.settings.get('settings'))?.value;

// Node has no localStorage: a small one, as the browser's.
const memory = new Map<string, string>();
globalThis.localStorage ??= {
	getItem: (key: string) => memory.get(key) ?? null,
	setItem: (key: string, value: string) => void memory.set(key, value),
	removeItem: (key: string) => void memory.delete(key),
	clear: () => memory.clear(),
	key: (i: number) => [...memory.keys()][i] ?? null,
	get length() {
		return memory.size;
	}
} as Storage;

describe('SettingsState', () => {
	it('takes the page language for both languages on a first visit, and stores nothing by reading', async () => {
		const settings = new SettingsState();
		expect(settings.isLoaded).toBe(false);
		const current = await settings.load('ru');
		expect(current).toEqual(defaultSettings('ru'));
		expect(settings.isLoaded).toBe(true);
		expect(settings.contentLanguageFor('ru')).toBe('ru');
		expect(settings.contentLanguageFor('kk')).toBe('kk'); // null follows the interface
		expect(await stored()).toBeUndefined();
	});

	it('reads the stored settings once: a later change in storage is not read again', async () => {
		await db.settings.put({ key: 'settings', value: { ...defaultSettings('en'), newCardsPerDay: 7 } });
		const settings = new SettingsState();
		expect((await settings.load('kk')).newCardsPerDay).toBe(7);
		expect(settings.current.uiLanguage).toBe('en');
		await db.settings.put({ key: 'settings', value: { ...defaultSettings('en'), newCardsPerDay: 9 } });
		expect((await settings.load('kk')).newCardsPerDay).toBe(7);
	});

	it('reads a stored row of wrong types as safe values', async () => {
		await db.settings.put({
			key: 'settings',
			value: {
				uiLanguage: 'fr',
				contentLanguage: 42,
				desiredRetention: 5,
				newCardsPerDay: 'lots',
				reviewsPerDay: -3,
				learningSteps: '1 day',
				fsrsWeights: [1, 2]
			}
		});
		const current = await new SettingsState().load('kk');
		expect(current).toEqual({ ...defaultSettings('kk'), desiredRetention: 0.99, reviewsPerDay: 0 });
	});

	it('reads a row that is not an object at all as the defaults', async () => {
		await db.settings.put({ key: 'settings', value: 'garbage' });
		expect(await new SettingsState().load('en')).toEqual(defaultSettings('en'));
	});

	it('saves a change, cleaned, and keeps the interface language for `/`', async () => {
		const settings = new SettingsState();
		await settings.load('kk');
		await settings.update({ newCardsPerDay: 12.6, contentLanguage: 'en', uiLanguage: 'ru' });
		expect(settings.saveFailed).toBe(false);
		expect(settings.current).toMatchObject({ newCardsPerDay: 13, contentLanguage: 'en', uiLanguage: 'ru' });
		expect(settings.contentLanguageFor('ru')).toBe('en');
		expect(await stored()).toMatchObject({ newCardsPerDay: 13, contentLanguage: 'en', uiLanguage: 'ru' });
		expect(localStorage.getItem('qaitala.uiLanguage')).toBe('ru');
		// Another page's state reads what was saved.
		expect((await new SettingsState().load('kk')).newCardsPerDay).toBe(13);
	});

	it('keeps the current value of a field given a bad one', async () => {
		const settings = new SettingsState();
		await settings.load('kk');
		await settings.update({ newCardsPerDay: 30 });
		await settings.update({ newCardsPerDay: Number.NaN, learningSteps: 'never' as never });
		expect(settings.current.newCardsPerDay).toBe(30);
		expect(settings.current.learningSteps).toBe('1m 10m');
	});

	it('says a failed save and keeps the settings as they were', async () => {
		const settings = new SettingsState();
		await settings.load('kk');
		vi.spyOn(StudyRepository.prototype, 'saveSettings').mockRejectedValueOnce(new Error('QuotaExceededError'));
		await settings.update({ newCardsPerDay: 50 });
		expect(settings.saveFailed).toBe(true);
		expect(settings.current.newCardsPerDay).toBe(20);
		expect(await stored()).toBeUndefined();
		// The next save that works clears the message.
		await settings.update({ newCardsPerDay: 51 });
		expect(settings.saveFailed).toBe(false);
		expect(settings.current.newCardsPerDay).toBe(51);
	});
});
