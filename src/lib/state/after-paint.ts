/** After the frame, a moment for it to reach the screen (a phone shows a frame a frame or two after drawing it). */
const SETTLE_MS = 100;

/**
 * Resolves shortly after the browser has shown the next frame: for work that must not compete with
 * what the student is about to see (the page's first card) for the network or the processor.
 * Without frames (tests, a hidden tab that gets none), it resolves on a timer.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		const done = () => setTimeout(resolve, SETTLE_MS);
		if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') done();
		else requestAnimationFrame(() => requestAnimationFrame(done));
	});
}

/** Resolves in a task of its own: work split at it lets the browser paint and answer taps in between. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
