import { describe, expect, it } from 'vitest';
import { descriptionKey, routePath } from '$lib/site';

describe('a route id read as an address', () => {
	it('drops layout groups, which are not in URLs', () => {
		expect(routePath('/[lang=lang]/(with-index)/teach')).toBe('/[lang=lang]/teach');
		expect(routePath('/[lang=lang]/teach/results')).toBe('/[lang=lang]/teach/results');
		expect(routePath(null)).toBeUndefined();
	});

	it('picks the description by section, groups or not', () => {
		expect(descriptionKey('/[lang=lang]/(with-index)')).toBe('app.tagline');
		expect(descriptionKey('/[lang=lang]/(with-index)/browse')).toBe('meta.browse');
		expect(descriptionKey('/[lang=lang]/(with-index)/teach')).toBe('meta.teach');
		expect(descriptionKey('/[lang=lang]/teach/results')).toBe('meta.results');
		expect(descriptionKey('/[lang=lang]/study/[topic]')).toBe('meta.study');
	});
});
