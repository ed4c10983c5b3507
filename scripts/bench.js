// `npm run bench` (after `npm run build`): how fast the built app is with a heavy learner's data, in
// Debian's Chromium at phone size, at two sizes: 10,000 cards and 100,000 reviews, and 1,000 cards
// and 10,000 reviews. All times are measured in the page (performance.now(), from navigation start).
//   home ready:        until the topic counts are on screen (median of RUNS loads)
//   grade → next card: from pressing a grade to just after the frame that shows the next card, over
//                      GRADES grades of the "all due" session (median and 95th percentile), each
//                      after a short pause as a student reads the card. Every other grade is pressed
//                      at the start of a frame (in a requestAnimationFrame callback): its time is the
//                      app's work, the next card's layout and paint; the others are pressed at any
//                      moment, and their time also holds the wait for the next frame (up to 16.7 ms
//                      at 60 Hz), which depends on when the finger lands, not on the app.
//   progress ready:    until Progress's figures are on screen, its last chart (mastery) included
//                      (median of RUNS loads)
// `--quick` runs the larger size only.
import { launchChromium, requireBuild, serveBuild } from './lib/built-site.js';

const SIZES = process.argv.includes('--quick')
	? [[10_000, 100_000]]
	: [
			[10_000, 100_000],
			[1_000, 10_000]
		];
const RUNS = 5;
const GRADES = 120;
/** The pause before each reveal: far shorter than reading a card, long enough for the last save. */
const READING_MS = 250;
const DAY_MS = 86_400_000;
/** Progress draws its summary, then its charts a task at a time: the mastery bars come last. */
const PROGRESS_DRAWN = 'section[aria-labelledby="mastery-title"] .mastery';

const quantile = (xs, q) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => `${x.toFixed(1)} ms`;

requireBuild();
const { origin, close } = await serveBuild();
const browser = await launchChromium();

/** Records, from navigation start, when each selector first matches (set before any page script runs). */
function watchFirstAppearance(selectors) {
	window.__appeared = {};
	const check = () => {
		for (const selector of selectors)
			if (!(selector in window.__appeared) && document.querySelector(selector))
				window.__appeared[selector] = performance.now();
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
	document.addEventListener('DOMContentLoaded', check);
}

/** Loads `path` RUNS times and returns when `selector` first appeared each time (ms from navigation start). */
async function readyTimes(page, path, selector) {
	const times = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${origin}${path}`);
		await page.locator(selector).first().waitFor({ timeout: 60_000 });
		times.push(await page.evaluate((s) => window.__appeared[s], selector));
	}
	return times;
}

async function fill(page, cards, reviews, itemIds) {
	await page.evaluate(
		async ({ cards, reviews, itemIds, DAY_MS }) => {
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('qaitala');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const now = Date.now();
			// The banks' items first (due now, so the "all due" session has them), then items of the
			// learner's own banks; reviews on every past day up to yesterday (a 300-day streak).
			const itemId = (i) => (i < itemIds.length ? itemIds[i] : `bench-${i}`);
			const card = (i) => ({
				itemId: itemId(i),
				state: 'review',
				dueAt: i < itemIds.length ? now - DAY_MS : now + ((i % 60) - 10) * DAY_MS,
				stability: 1 + (i % 90),
				difficulty: 5,
				scheduledDays: 10,
				learningSteps: 0,
				reps: 5,
				lapses: i % 3,
				lastReviewAt: now - 3 * DAY_MS
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction(['cards', 'reviews'], 'readwrite');
				for (let i = 0; i < cards; i++) tx.objectStore('cards').put(card(i));
				for (let i = 0; i < reviews; i++) {
					const before = card(i % cards);
					tx.objectStore('reviews').add({
						itemId: before.itemId,
						grade: ['again', 'hard', 'good', 'easy'][i % 4],
						reviewedAt: now - (1 + (i % 300)) * DAY_MS - (i % 1000) * 1000,
						cardBefore: before,
						elapsedDays: 3,
						scheduledDays: 10,
						stateAfter: 'review',
						source: 'self',
						durationMs: 4000
					});
				}
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ cards, reviews, itemIds, DAY_MS }
	);
}

/**
 * Grades GRADES due cards one after another; returns each grade's time to the next card painted,
 * for the grades pressed at the start of a frame and for those pressed at any moment.
 */
async function gradeTimes(page) {
	await page.goto(`${origin}/kk/study/due/`);
	const times = { frameStart: [], anyMoment: [] };
	for (let n = 0; n < GRADES; n++) {
		// A student reads the card before revealing it: the previous grade's save is done by then.
		await page.waitForTimeout(READING_MS);
		await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
		await page.locator('button.grade').last().waitFor();
		const atFrameStart = n % 2 === 0;
		const time = await page.evaluate(
			(atFrameStart) =>
				new Promise((resolve, reject) => {
					const prompt = () => document.querySelector('article.card .prompt')?.textContent;
					const before = prompt();
					const button = [...document.querySelectorAll('button.grade')].at(-2); // "Good"
					const timeout = setTimeout(() => reject(new Error('no next card')), 5000);
					let started;
					let painted = false;
					// The time is taken just after the frame that shows the next card: the task after the
					// frame it appears in (pressed at a frame's start), or after the next frame's callbacks.
					const observer = new MutationObserver(() => {
						const now = prompt();
						if (!now || now === before || painted) return;
						painted = true;
						observer.disconnect();
						const done = () => setTimeout(() => (clearTimeout(timeout), resolve(performance.now() - started)));
						if (atFrameStart) done();
						else requestAnimationFrame(done);
					});
					observer.observe(document.body, { childList: true, subtree: true, characterData: true });
					const press = () => {
						started = performance.now();
						button.click();
					};
					if (atFrameStart) requestAnimationFrame(press);
					else press();
				}),
			atFrameStart
		);
		times[atFrameStart ? 'frameStart' : 'anyMoment'].push(time);
	}
	return times;
}

try {
	const rows = [];
	for (const [cards, reviews] of SIZES) {
		const context = await browser.newContext({
			viewport: { width: 412, height: 839 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.addInitScript(watchFirstAppearance, ['.badge.new:not(.pending)', PROGRESS_DRAWN]);
		// A study page makes the app's database (on a first visit, once its first card is shown); then
		// it is filled the way the app stores rows.
		await page.goto(`${origin}/kk/study/kz-china/`);
		await page.evaluate(async () => {
			const made = async () => (await indexedDB.databases()).some((db) => db.name === 'qaitala' && db.version > 1);
			while (!(await made())) await new Promise((resolve) => setTimeout(resolve, 50));
		});
		const index = await (await page.request.get(`${origin}/banks/index.json`)).json();
		await fill(
			page,
			cards,
			reviews,
			index.topics.flatMap((t) => t.itemIds)
		);

		const home = await readyTimes(page, '/kk/', '.badge.new:not(.pending)');
		const grades = await gradeTimes(page);
		const progress = await readyTimes(page, '/kk/progress/', PROGRESS_DRAWN);
		rows.push({ cards, reviews, home, grades, progress });
		await context.close();
	}
	for (const { cards, reviews, home, grades, progress } of rows) {
		console.log(`\n${cards.toLocaleString('en')} cards, ${reviews.toLocaleString('en')} reviews:`);
		console.log(
			`  home ready            ${ms(median(home)).padStart(10)} median of ${RUNS}   [${home.map((x) => x.toFixed(0)).join(', ')}]`
		);
		for (const [label, times] of [
			['grade → next card     ', grades.frameStart],
			['  pressed at any moment', grades.anyMoment]
		]) {
			console.log(
				`  ${label}${ms(median(times)).padStart(10)} median, ${ms(quantile(times, 0.95))} at the 95th percentile of ${times.length} grades`
			);
			if (process.argv.includes('--verbose'))
				console.log(
					`    sorted: ${[...times]
						.sort((a, b) => a - b)
						.map((g) => g.toFixed(0))
						.join(' ')}`
				);
		}
		console.log(
			`  progress ready        ${ms(median(progress)).padStart(10)} median of ${RUNS}   [${progress.map((x) => x.toFixed(0)).join(', ')}]`
		);
	}
} finally {
	await browser.close();
	await close();
}
