// Which language a page opened in is remembered for `/`, and the stored settings follow it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsState } from '$lib/state/settings.svelte';
import { startLanguage } from '$lib/state/start-language';

function fakeLocalStorage() {
	const values = new Map<string, string>();
	return {
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value)
	};
}

beforeEach(() => vi.stubGlobal('localStorage', fakeLocalStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('the interface language', () => {
	it('`/` takes the browser’s preferred language of ours until a page was opened, then that page’s', async () => {
		expect(startLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
		expect(startLanguage(['de'])).toBe('kk');
		await new SettingsState().openPage('en');
		expect(startLanguage(['ru'])).toBe('en');
	});

	it('a page opened in another language makes it the stored interface language', async () => {
		const first = new SettingsState();
		await first.openPage('kk');
		expect(first.current.uiLanguage).toBe('kk');
		await first.update({ uiLanguage: 'kk' }); // stored, as after any change of settings
		expect((await new SettingsState().load('en')).uiLanguage).toBe('kk');
		const later = new SettingsState();
		await later.openPage('ru');
		await vi.waitFor(() => expect(later.current.uiLanguage).toBe('ru'));
		expect((await new SettingsState().load('en')).uiLanguage).toBe('ru');
	});

	it('with storage blocked, opening a page neither throws nor changes the settings', async () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			}
		});
		const state = new SettingsState();
		await expect(state.openPage('en')).resolves.toBeUndefined();
		expect(startLanguage(['ru'])).toBe('ru');
	});
});
