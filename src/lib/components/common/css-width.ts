import type { Attachment } from 'svelte/attachments';

/**
 * Sets an element's width through the CSSOM rather than a `style` attribute, so the page keeps working
 * under a Content-Security-Policy without 'unsafe-inline' for styles (a host may send a stricter one).
 */
export function cssWidth(value: string): Attachment<HTMLElement> {
	return (element) => {
		element.style.width = value;
	};
}
