/**
 * Service worker registration through workbox-window. A new version waits until the user
 * chooses "Reload": a new version is never swapped in under the user mid-session.
 */
import type { Workbox } from 'workbox-window';

export class AppUpdate {
	#workbox: Workbox | undefined;
	isWaiting = $state(false);

	async register(): Promise<void> {
		if (this.#workbox || !('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/sw.js', { scope: '/' });
		workbox.addEventListener('waiting', () => (this.isWaiting = true));
		this.#workbox = workbox;
		await workbox.register();
	}

	/** Lets the waiting version take over, then reloads once it controls the page. */
	applyUpdate(): void {
		const workbox = this.#workbox;
		if (!workbox) return;
		workbox.addEventListener('controlling', () => window.location.reload());
		workbox.messageSkipWaiting();
	}

	dismiss(): void {
		this.isWaiting = false;
	}
}

export const appUpdate = new AppUpdate();
