import { LANGUAGES } from '$lib/domain/language';
import { getCompiledBanks } from '$lib/server/load-banks';
import { absoluteUrl } from '$lib/site';

export const prerender = true;
export const trailingSlash = 'never';

/** The pages worth finding from a search engine, in every language, each with its alternates. */
function publicPaths(): string[] {
	const topics = getCompiledBanks().index.topics.map((t) => t.id);
	const pages = [
		'',
		'browse/',
		'test/',
		'mix/',
		'progress/',
		'settings/',
		'assignment/',
		'teach/',
		'teach/results/',
		'teach/draft/',
		'exam/'
	];
	return [...pages, ...topics.flatMap((topic) => [`study/${topic}/`, `quiz/${topic}/`])];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function GET(): Response {
	const urls = publicPaths().flatMap((path) =>
		LANGUAGES.map((lang) => {
			const alternates = LANGUAGES.map(
				(other) =>
					`<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(absoluteUrl(`/${other}/${path}`))}"/>`
			).join('');
			return `<url><loc>${escapeXml(absoluteUrl(`/${lang}/${path}`))}</loc>${alternates}</url>`;
		})
	);
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
