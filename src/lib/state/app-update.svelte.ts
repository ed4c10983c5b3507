/**
 * Service worker registration. A new version waits until the user chooses "Reload": a new version
 * is never swapped in under the user mid-session. The browser's own API (a few lines), not a library:
 * this runs on every page.
 */
import { LANGUAGES, type Language } from '../domain/language';
import { quickReader } from '../storage/quick-read';

export class AppUpdate {
	#registration: ServiceWorkerRegistration | undefined;
	isWaiting = $state(false);

	async register(): Promise<void> {
		if (this.#registration || !('serviceWorker' in navigator)) return;
		// A browser may refuse (a private window, a blocked worker): the app then works online only.
		const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
		if (!registration) return;
		this.#registration = registration;
		// A version waits only when an older one controls the page (the first install takes over at once).
		const check = () => {
			if (registration.waiting && navigator.serviceWorker.controller) this.isWaiting = true;
		};
		check();
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => installing.state === 'installed' && check());
		});
	}

	/** Lets the waiting version take over, then reloads once it controls the page. */
	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss(): void {
		this.isWaiting = false;
	}

	/**
	 * Asks the service worker to keep these packs for offline use (src/service-worker.ts): a language's
	 * pages or banks, the instructors' tools, the optimizer. Cheap when they are already kept.
	 */
	cachePacks(names: readonly PackName[]): void {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		void navigator.serviceWorker.ready.then((registration) =>
			registration.active?.postMessage({ type: 'CACHE_PACKS', packs: [...names] })
		);
	}
}

export type PackName = `pages-${Language}` | `banks-${Language}` | 'tools' | 'optimizer';

/**
 * What a page in `uiLanguage` showing cards in `contentLanguage` needs offline, first; once the student
 * has studied, the other languages' banks after them (a glance at a card in another language, a switch).
 */
export function packsFor(uiLanguage: Language, contentLanguage: Language, hasStudied: boolean): PackName[] {
	const others = hasStudied ? LANGUAGES.filter((lang) => lang !== contentLanguage) : [];
	return [`pages-${uiLanguage}`, ...[contentLanguage, ...others].map((lang) => `banks-${lang}` as const)];
}

/** Keeps what this page's languages need offline (see packsFor), and the tools of the instructors' pages. */
export async function cachePacksForPage(
	uiLanguage: Language,
	contentLanguage: Language,
	isInstructorPage: boolean
): Promise<void> {
	const hasStudied = (await quickReader.firstReviewAtOrAfter(0).catch(() => undefined)) !== undefined;
	appUpdate.cachePacks([
		...packsFor(uiLanguage, contentLanguage, hasStudied),
		...(isInstructorPage ? (['tools'] as const) : [])
	]);
}

export const appUpdate = new AppUpdate();
