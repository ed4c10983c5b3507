// A topic's mastery bar, mounted: its widths are set in the browser (through the CSSOM, for the CSP),
// which a server render cannot show; and the citation of an instructor's own question.
import { describe, expect, it } from 'vitest';
import MasteryBar from '$lib/components/progress/MasteryBar.svelte';
import Citation from '$lib/components/common/Citation.svelte';
import type { Language } from '$lib/domain/language';
import { renderIn } from './render';

const widths = (container: HTMLElement) =>
	['mastered', 'learning', 'new'].map((name) => container.querySelector<HTMLElement>(`.bar .${name}`)!.style.width);

describe('MasteryBar', () => {
	it('splits the bar by mastered, learning and new cards, and says the figures', async () => {
		const { container } = await renderIn(MasteryBar, {
			title: 'Қазақстан мен ЕО',
			titleLanguage: 'kk',
			mastery: { masteredCount: 1, learningCount: 3, newCount: 4 }
		});
		expect(widths(container)).toEqual(['12.5%', '37.5%', '50%']);
		expect(container.querySelector('.title')?.getAttribute('lang')).toBe('kk');
		expect(container.querySelector('.numbers')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'1 mastered · 3 learning · 4 new'
		);
		expect(container.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true'); // the figures say it
	});

	it('draws an empty bar for a topic with no cards, without dividing by zero', async () => {
		const { container } = await renderIn(MasteryBar, {
			title: 'Empty',
			titleLanguage: 'en',
			mastery: { masteredCount: 0, learningCount: 0, newCount: 0 }
		});
		expect(widths(container)).toEqual(['0%', '0%', '0%']);
	});
});

describe('Citation', () => {
	it('shows nothing for a question that cites no document', async () => {
		const { container } = await renderIn(Citation, {
			source: { doc: '', lines: [0, 0] as [number, number] },
			sources: {},
			language: 'en' as Language
		});
		expect(container.querySelector('.source')).toBeNull();
	});
});
