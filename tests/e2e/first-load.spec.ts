import { expect, test } from './fixtures';

// What a page asks the network for, not what the service worker answers.
test.use({ serviceWorkers: 'block' });

/** In the page, before any of its scripts: when `selector` first matches (performance.now()). */
function watchFirstContent(selector: string) {
	const record = () => {
		if (!('__firstContent' in window) && document.querySelector(selector))
			Object.assign(window, { __firstContent: performance.now() });
	};
	new MutationObserver(record).observe(document, { childList: true, subtree: true });
}

/** Each page, and what its first content is: the home's counts, a card, Progress's figures. */
const PAGES = [
	['/kk/', '.badge.new:not(.pending)'],
	['/kk/study/kz-china/', 'article.card .prompt'],
	['/ru/quiz/kz-europe-path/', '.prompt'],
	['/en/progress/', 'dl.summary']
] as const;

for (const [path, firstContent] of PAGES) {
	test(`${path}: its HTML names every module it loads before its first content, and carries its styles`, async ({
		page,
		request
	}) => {
		await page.addInitScript(watchFirstContent, firstContent);
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.locator(firstContent).first()).toBeVisible();

		const html = await (await request.get(path)).text();
		const named = new Set([...html.matchAll(/<link[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]));
		const { shownAt, requests } = await page.evaluate(() => ({
			shownAt: (window as unknown as { __firstContent: number }).__firstContent,
			requests: performance
				.getEntriesByType('resource')
				.map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
		}));
		const before = requests.filter((r) => r.startTime < shownAt).map((r) => r.path);

		// A module found only as the code runs costs a round trip before the page can show anything;
		// a first visit's storage and scheduler code (not in the HTML) comes after its first card.
		expect(before.filter((p) => p.endsWith('.js') && !named.has(p))).toEqual([]);
		// Styles come inlined in the HTML: a stylesheet would hold back the first paint.
		expect(requests.filter((r) => r.path.endsWith('.css')).map((r) => r.path)).toEqual([]);
	});
}
