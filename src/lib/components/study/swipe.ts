/**
 * Horizontal swipes on touch screens: a Svelte action that reports a left or right swipe once the
 * finger has moved far enough sideways (and more sideways than up or down, so scrolling still works).
 */
import type { Action } from 'svelte/action';

export interface SwipeHandlers {
	onLeft: () => void;
	onRight: () => void;
	/** Ignore swipes for now (e.g. before the answer is shown). */
	disabled?: boolean;
}

/** Sideways travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_DISTANCE_PX = 80;

export const swipe: Action<HTMLElement, SwipeHandlers> = (node, initial) => {
	let handlers = initial;
	let start: { x: number; y: number; id: number } | undefined;

	const down = (e: PointerEvent) => {
		if (e.pointerType === 'mouse' || handlers.disabled) return;
		start = { x: e.clientX, y: e.clientY, id: e.pointerId };
	};
	const up = (e: PointerEvent) => {
		if (!start || e.pointerId !== start.id) return;
		const dx = e.clientX - start.x;
		const dy = e.clientY - start.y;
		start = undefined;
		if (handlers.disabled || Math.abs(dx) < SWIPE_DISTANCE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
		if (dx > 0) handlers.onRight();
		else handlers.onLeft();
	};
	const cancel = () => (start = undefined);

	node.addEventListener('pointerdown', down);
	node.addEventListener('pointerup', up);
	node.addEventListener('pointercancel', cancel);
	return {
		update(next) {
			handlers = next;
		},
		destroy() {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		}
	};
};
