import { readFileSync } from 'node:fs';
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

/**
 * The files of a study session's storage, scheduler and exam plan, with all they import: the one
 * download a question page starts before its first card besides what its HTML names, so that a grade
 * tapped at once is saved (src/lib/state/open-study-session.ts). Found in the browser build's
 * manifest by their chunks' names, which are their modules' (they share chunks, so have no key).
 */
function sessionCodeFiles(): Set<string> {
	const manifest = new Map<string, { file: string; name?: string; imports?: string[] }>(
		Object.entries(JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')))
	);
	const names = ['study-repository', 'scheduler', 'exam-plan.svelte'];
	const roots = [...manifest].filter(([, chunk]) => names.includes(chunk.name ?? ''));
	expect(roots.map(([, chunk]) => chunk.name).sort()).toEqual([...names].sort());
	const files = new Set<string>();
	const add = (key: string) => {
		const chunk = manifest.get(key)!;
		if (files.has(`/${chunk.file}`)) return;
		files.add(`/${chunk.file}`);
		chunk.imports?.forEach(add);
	};
	roots.forEach(([key]) => add(key));
	return files;
}

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
		const session = path.includes('/study/') || path.includes('/quiz/') ? sessionCodeFiles() : new Set();

		// A module found only as the code runs costs a round trip before the page can show anything.
		expect(before.filter((p) => p.endsWith('.js') && !named.has(p) && !session.has(p))).toEqual([]);
		// Styles come inlined in the HTML: a stylesheet would hold back the first paint.
		expect(requests.filter((r) => r.path.endsWith('.css')).map((r) => r.path)).toEqual([]);
	});
}
