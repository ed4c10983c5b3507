import { absoluteUrl } from '$lib/site';

export const prerender = true;
export const trailingSlash = 'never';

export function GET(): Response {
	const body = `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
