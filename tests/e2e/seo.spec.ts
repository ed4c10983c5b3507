import { test, expect } from './fixtures';

// Built with the default public origin (vite.config.ts): what `npm start` serves.
const ORIGIN = 'http://127.0.0.1:4319';

test('robots.txt points to a sitemap that lists every language of each public page', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain('User-agent: *');
	expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
	const sitemap = await (await request.get('/sitemap.xml')).text();
	for (const lang of ['kk', 'ru', 'en']) {
		expect(sitemap).toContain(`<loc>${ORIGIN}/${lang}/</loc>`);
		expect(sitemap).toContain(`<loc>${ORIGIN}/${lang}/study/eu-aid-programmes/</loc>`);
	}
	expect(sitemap.match(/<url>/g)?.length).toBeGreaterThan(80);
});

test('pages carry a description in their language, a canonical link and absolute hreflang alternates', async ({
	request
}) => {
	const cases = [
		['/kk/progress/', 'kk', 'Күніне қайталау'],
		['/ru/quiz/eu-aid-programmes/', 'ru', 'Тренировочный тест'],
		['/en/settings/', 'en', 'Languages, daily limits']
	] as const;
	for (const [path, lang, description] of cases) {
		const html = await (await request.get(path)).text();
		expect(html).toMatch(new RegExp(`<meta name="description" content="${description}`));
		expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${path}"`);
		for (const other of ['kk', 'ru', 'en']) {
			expect(html).toContain(`hreflang="${other}" href="${ORIGIN}${path.replace(`/${lang}/`, `/${other}/`)}"`);
		}
		expect(html.match(/<meta name="description"/g)).toHaveLength(1);
	}
});
