// The production build served as a static host would (gzip where the build has .gz files), and what a
// page downloads in Chromium: shared by `npm run size`, `npm run analyze`, `npm run bench` and
// `npm run lighthouse`.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

export const BUILD = process.env.QAITALA_BUILD ?? 'build';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update'
];

/** One page of each kind a student or an instructor opens. */
export const PAGE_KINDS = {
	home: '/kk/',
	study: '/kk/study/due/',
	quiz: '/kk/quiz/kz-china/',
	progress: '/kk/progress/',
	browse: '/kk/browse/',
	settings: '/kk/settings/',
	test: '/kk/test/',
	teach: '/kk/teach/',
	chooser: '/'
};

export function requireBuild() {
	if (!existsSync(`${BUILD}/kk/index.html`)) {
		console.error(`No ${BUILD}/kk/index.html: run \`npm run build\` first.`);
		process.exit(1);
	}
}

/** Serves build/ on a free port; `port` fixes it (Lighthouse reports read better with a stable address). */
export async function serveBuild(port = 0) {
	const serve = sirv(BUILD, {
		single: '404.html',
		gzip: true,
		brotli: true,
		etag: true,
		// As static/_headers asks of real hosts: hashed files are cached for good.
		setHeaders: (res, pathname) =>
			pathname.startsWith('/_app/immutable/') && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
	});
	const server = createServer((req, res) => serve(req, res));
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${server.address().port}`,
		close: () => new Promise((resolve) => server.close(resolve))
	};
}

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A phone-sized page; the service worker is blocked so only what the page itself asks for is counted. */
export const newPhonePage = (browser, options = {}) =>
	browser.newPage({
		viewport: { width: 412, height: 839 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		...options
	});

/**
 * The JavaScript files a page downloads from navigation until the network is idle (no request for
 * 500 ms), with the ones asked for before the first paint marked. Sizes are measured by the caller.
 */
export async function scriptsLoadedBy(browser, url) {
	const page = await newPhonePage(browser, { serviceWorkers: 'block' });
	const scripts = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const firstPaint = await page.evaluate(
		() =>
			performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ??
			Infinity
	);
	const timing = await page.evaluate(() =>
		Object.fromEntries(performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]))
	);
	await page.close();
	return scripts.map((request) => {
		const path = new URL(request.url()).pathname;
		return { path, beforePaint: (timing[request.url()] ?? 0) < firstPaint };
	});
}
