// The settings page's form as a state, over a settings source that can be made to fail.
import { describe, expect, it } from 'vitest';
import { defaultSettings, sanitizeSettings, type Settings } from '$lib/domain/settings';
import { SettingsPage } from '$lib/state/settings-page.svelte';

class FakeSettings {
	current: Settings = defaultSettings();
	isLoaded = false;
	saveFailed = false;
	readonly saved: Partial<Settings>[] = [];
	constructor(readonly failing = false) {}

	async load(): Promise<Settings> {
		if (this.failing) throw new Error('blocked');
		this.isLoaded = true;
		return this.current;
	}

	async update(patch: Partial<Settings>): Promise<void> {
		this.saveFailed = this.failing;
		if (this.failing) return;
		this.saved.push(patch);
		this.current = sanitizeSettings({ ...this.current, ...patch }, this.current);
	}
}

describe('SettingsPage', () => {
	it('saves each change and says so; a bad choice saves nothing', async () => {
		const source = new FakeSettings();
		const page = new SettingsPage(source, () => 42);
		await page.load('kk');
		expect(source.isLoaded).toBe(true);
		expect(page.status).toBeUndefined();

		expect(await page.setInterfaceLanguage('de')).toBeUndefined();
		await page.setLearningSteps('5m 5m 5m');
		expect(source.saved).toEqual([]);
		expect(page.status).toBeUndefined();

		expect(await page.setInterfaceLanguage('ru')).toBe('ru');
		expect(page.status).toBe('saved');
		expect(page.savedAt).toBe(42);
		await page.setContentLanguage('');
		await page.setContentLanguage('en');
		await page.setNumber('newCardsPerDay', '12');
		expect(source.saved).toEqual([
			{ uiLanguage: 'ru' },
			{ contentLanguage: null },
			{ contentLanguage: 'en' },
			{ newCardsPerDay: 12 }
		]);
		expect(source.current).toMatchObject({ uiLanguage: 'ru', contentLanguage: 'en', newCardsPerDay: 12 });
	});

	it('says a change was not saved, and a blocked storage does not throw on load', async () => {
		const source = new FakeSettings(true);
		const page = new SettingsPage(source, () => 42);
		await expect(page.load('en')).resolves.toBeUndefined();
		await page.setNumber('reviewsPerDay', '50');
		expect(page.status).toBe('failed');
		expect(page.savedAt).toBe(0);
	});
});
