/**
 * Service worker registration. A new version waits until the user chooses "Reload": a new version
 * is never swapped in under the user mid-session. The browser's own API (a few lines), not a library:
 * this runs on every page.
 */
export class AppUpdate {
	#registration: ServiceWorkerRegistration | undefined;
	isWaiting = $state(false);

	async register(): Promise<void> {
		if (this.#registration || !('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
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
}

export const appUpdate = new AppUpdate();
