// `npm run bench` (after `npm run build`): how fast the real app is with a heavy learner's data, in
// Debian's Chromium: 10,000 cards and 100,000 reviews in IndexedDB. Prints medians of several runs.
//   home ready: from navigation to the topic counts on screen
//   grade → next card: from pressing "Easy" to the next card painted
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import sirv from 'sirv';

const CARDS = 10_000;
const REVIEWS = 100_000;
const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const serve = sirv('build', { single: '404.html' });
const server = createServer((req, res) => serve(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
try {
	const page = await browser.newPage({ viewport: { width: 412, height: 839 } });
	await page.goto(`${origin}/kk/`);
	await page.locator('.badge.new').first().waitFor(); // Dexie has created the database

	// Fill the app's own database the way the app writes it (see src/lib/storage/db.ts).
	await page.evaluate(
		async ({ cards, reviews }) => {
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('qaitala');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const now = Date.now();
			const card = (i) => ({
				itemId: `bench-${i}`, state: 'review', dueAt: now + ((i % 60) - 10) * 86_400_000, stability: 1 + (i % 90),
				difficulty: 5, scheduledDays: 10, learningSteps: 0, reps: 5, lapses: i % 3, lastReviewAt: now - 86_400_000
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction(['cards', 'reviews'], 'readwrite');
				for (let i = 0; i < cards; i++) tx.objectStore('cards').put(card(i));
				for (let i = 0; i < reviews; i++) {
					const before = card(i % cards);
					tx.objectStore('reviews').add({
						itemId: before.itemId, grade: ['again', 'hard', 'good', 'easy'][i % 4], reviewedAt: now - (i % 300) * 86_400_000 - i,
						cardBefore: before, elapsedDays: 3, scheduledDays: 10, stateAfter: 'review'
					});
				}
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ cards: CARDS, reviews: REVIEWS }
	);

	const home = [];
	for (let run = 0; run < RUNS; run++) {
		const started = Date.now();
		await page.goto(`${origin}/kk/`);
		await page.locator('.badge.new').first().waitFor();
		home.push(Date.now() - started);
	}

	const grade = [];
	await page.goto(`${origin}/kk/study/kz-europe-path/`);
	for (let run = 0; run < RUNS; run++) {
		await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
		const ms = await page.evaluate(
			() =>
				new Promise((resolve) => {
					const before = document.querySelector('article.card .prompt')?.textContent;
					const button = [...document.querySelectorAll('button.grade')].at(-1);
					const started = performance.now();
					button.click();
					const check = () => {
						const now = document.querySelector('article.card .prompt')?.textContent;
						if (now && now !== before) requestAnimationFrame(() => resolve(performance.now() - started));
						else requestAnimationFrame(check);
					};
					requestAnimationFrame(check);
				})
		);
		grade.push(ms);
	}

	console.log(`with ${CARDS.toLocaleString('en')} cards and ${REVIEWS.toLocaleString('en')} reviews (median of ${RUNS}):`);
	console.log(`  home ready (navigation → counts shown): ${median(home)} ms   [${home.join(', ')}]`);
	console.log(`  grade → next card painted:             ${median(grade).toFixed(1)} ms   [${grade.map((g) => g.toFixed(1)).join(', ')}]`);
} finally {
	await browser.close();
	server.close();
}
