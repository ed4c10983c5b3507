// `npm run lighthouse` (after `npm run build`; not part of `npm test`): Lighthouse's mobile audit
// (a mid-range phone on a slow 4G line, simulated) of the built app served as a static host would
// (compressed, hashed files cached for good), for the home, a study, a quiz and the progress page.
// Prints the performance, accessibility, best-practices and SEO scores, the paint metrics and the
// largest contentful paint's element (of the last run); with `--runs N`, the median of N runs per page.
// Each run is a first visit, as the Lighthouse CLI measures one: a new Chromium profile (Lighthouse
// clears caches between runs in one profile, but keeps IndexedDB and localStorage, so a second run
// there would be a returning student's visit with a cold cache). `--returning` measures that instead:
// one profile, where a first visit to a study page has made the database.
// Needs Chromium (CHROME_PATH, /usr/bin/chromium by default).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_PATH, requireBuild, serveBuild } from './lib/built-site.js';

const PAGES = ['/kk/', '/kk/study/kz-china/', '/kk/quiz/kz-china/', '/kk/progress/'];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const RETURNING = process.argv.includes('--returning');
const METRICS = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	SI: 'speed-index',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift'
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The largest contentful paint's element, as Lighthouse names it (a selector), or its type for an image or text. */
function lcpElement(lhr) {
	const audit = lhr.audits['largest-contentful-paint-element'];
	const items = audit?.details?.items ?? [];
	const node = items.flatMap((item) => item.items ?? [item]).find((item) => item.node)?.node;
	return node
		? `${node.selector ?? ''} ${JSON.stringify((node.snippet ?? '').slice(0, 60))}`
		: `– (${(audit?.errorMessage ?? audit?.scoreDisplayMode ?? 'no audit').slice(0, 80)})`; // e.g. Lighthouse 12.2's trace reader failing on a newer Chromium
}

requireBuild();
const { origin, close } = await serveBuild(4351);
const launchChrome = () =>
	chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
const audit = async (chrome, path) =>
	(
		await lighthouse(`${origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		})
	).lhr;
const sharedChrome = RETURNING ? await launchChrome() : undefined;
/** One run in a profile of its own (a first visit), or in the shared returning student's profile. */
async function run(path) {
	if (sharedChrome) return audit(sharedChrome, path);
	const chrome = await launchChrome();
	try {
		return await audit(chrome, path);
	} finally {
		await chrome.kill();
	}
}

try {
	if (sharedChrome) await audit(sharedChrome, PAGES[1]); // the first visit that makes the database
	console.log(RETURNING ? 'A returning student, cold cache:' : 'A first visit:');
	console.log('page                   perf  a11y  best   seo   FCP      LCP      SI       TBT     CLS    LCP element');
	for (const path of PAGES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await run(path));
		const score = (id) => Math.round(median(runs.map((lhr) => lhr.categories[id].score * 100)));
		const metric = (id) => median(runs.map((lhr) => lhr.audits[id].numericValue));
		const seconds = (id) => `${(metric(id) / 1000).toFixed(2)} s`.padEnd(9);
		console.log(
			`${path.padEnd(22)} ${String(score('performance')).padStart(4)}  ${String(score('accessibility')).padStart(4)}  ${String(score('best-practices')).padStart(4)}  ${String(score('seo')).padStart(4)}   ` +
				`${seconds(METRICS.FCP)}${seconds(METRICS.LCP)}${seconds(METRICS.SI)}${`${Math.round(metric(METRICS.TBT))} ms`.padEnd(8)}${metric(METRICS.CLS).toFixed(3)}  ${lcpElement(runs.at(-1))}`
		);
	}
} finally {
	await sharedChrome?.kill();
	await close();
}
