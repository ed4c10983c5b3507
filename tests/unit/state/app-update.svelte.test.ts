// The service worker's registration and packs, against a fake service worker container: a new
// version waits for the learner's "Reload", and a page asks for what it needs offline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QaitalaDb } from '$lib/storage/db';
import { StudyRepository } from '$lib/storage/study-repository';
import { Scheduler } from '$lib/domain/study/scheduler';
import { AppUpdate, cachePacksForPage, packsFor } from '$lib/state/app-update.svelte';

/** A worker that records its messages and can change state. */
class FakeWorker extends EventTarget {
	messages: unknown[] = [];
	state = 'installing';
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

/** A service worker container with one registration; `controller` is the version in charge of the page. */
function fakeContainer({ waiting, controlled }: { waiting?: FakeWorker; controlled: boolean }) {
	const registration = Object.assign(new EventTarget(), {
		waiting: waiting ?? null,
		installing: null as FakeWorker | null,
		active: new FakeWorker()
	});
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? {} : null,
		register: vi.fn(async () => registration),
		ready: Promise.resolve(registration)
	});
	vi.stubGlobal('navigator', { serviceWorker: container });
	return { registration, container };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('AppUpdate', () => {
	it('says nothing waits on a first install, and registers once', async () => {
		const { container } = fakeContainer({ waiting: new FakeWorker(), controlled: false });
		const update = new AppUpdate();
		await update.register();
		await update.register();
		expect(update.isWaiting).toBe(false);
		expect(container.register).toHaveBeenCalledTimes(1);
		expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
	});

	it('says a new version waits when one is found while an older one controls the page', async () => {
		const { registration } = fakeContainer({ controlled: true });
		const update = new AppUpdate();
		await update.register();
		expect(update.isWaiting).toBe(false);
		const installing = new FakeWorker();
		registration.installing = installing;
		registration.dispatchEvent(new Event('updatefound'));
		installing.become('installed');
		expect(update.isWaiting).toBe(false); // not waiting yet
		registration.waiting = installing;
		installing.become('installed');
		expect(update.isWaiting).toBe(true);
		update.dismiss();
		expect(update.isWaiting).toBe(false);
	});

	it('lets the waiting version take over only when asked, and reloads once it controls the page', async () => {
		const waiting = new FakeWorker();
		const { container } = fakeContainer({ waiting, controlled: true });
		const reload = vi.fn();
		vi.stubGlobal('window', { location: { reload } });
		const update = new AppUpdate();
		await update.register();
		expect(update.isWaiting).toBe(true);
		expect(waiting.messages).toEqual([]);
		update.applyUpdate();
		expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reload).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange'));
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('does nothing without service workers', async () => {
		vi.stubGlobal('navigator', {});
		const update = new AppUpdate();
		await update.register();
		update.applyUpdate();
		update.cachePacks(['tools']);
		expect(update.isWaiting).toBe(false);
	});
});

describe('the packs a page asks for', () => {
	it('are its pages and its cards’ banks, and every bank once the learner has studied', () => {
		expect(packsFor('kk', 'ru', false)).toEqual(['pages-kk', 'banks-ru']);
		expect(packsFor('kk', 'ru', true)).toEqual(['pages-kk', 'banks-ru', 'banks-kk', 'banks-en']);
	});

	describe('from the database', () => {
		const db = new QaitalaDb();
		beforeEach(async () => {
			await db.open();
			await Promise.all(db.tables.map((table) => table.clear()));
		});

		async function asked(isInstructorPage: boolean) {
			const { registration } = fakeContainer({ controlled: true });
			await cachePacksForPage('en', 'en', isInstructorPage);
			await new Promise((resolve) => setTimeout(resolve, 0)); // the message goes once the worker is ready
			return registration.active.messages;
		}

		it('asks for this language only before any study, and the tools on an instructor’s page', async () => {
			expect(await asked(false)).toEqual([{ type: 'CACHE_PACKS', packs: ['pages-en', 'banks-en'] }]);
			expect(await asked(true)).toEqual([{ type: 'CACHE_PACKS', packs: ['pages-en', 'banks-en', 'tools'] }]);
		});

		it('asks for the other languages’ banks too once a review is stored', async () => {
			const { card, review } = new Scheduler().grade('x', undefined, 'good', Date.now());
			await new StudyRepository(db).recordReview(card, review);
			expect(await asked(false)).toEqual([
				{ type: 'CACHE_PACKS', packs: ['pages-en', 'banks-en', 'banks-kk', 'banks-ru'] }
			]);
		});
	});
});
