// Mounts a component in jsdom as a page does: under the [lang] layout's translator.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { loadLanguage } from '$lib/i18n';
import type { Language } from '$lib/domain/language';
import WithTranslator from '../common/WithTranslator.svelte';

export async function renderIn<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	language: Language = 'en'
) {
	await loadLanguage(language);
	return render(WithTranslator as Component<{ language: Language; component: Component<P>; props: P }>, {
		props: { language, component, props }
	});
}
