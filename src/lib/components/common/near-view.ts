/**
 * `use:nearView={callback}`: calls `callback` once, when the element comes within a screen of the
 * viewport (at once where IntersectionObserver is missing). For heavy parts low on a page, whose
 * code and data need not load before the page's first paint.
 */
export function nearView(node: Element, callback: () => void): { destroy(): void } {
	if (typeof IntersectionObserver === 'undefined') {
		callback();
		return { destroy: () => {} };
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			callback();
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}
