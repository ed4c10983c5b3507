/**
 * The part of a sentence a question shows around its focus (the number or term asked about): the
 * clause it is in, widened by neighbouring clauses while it stays short enough for a phone.
 */

export const GAP = '___';

export interface Context {
	/** The passage, with `…` where it was cut. */
	text: string;
	/** Where the focus is in `text`. */
	focusStart: number;
	focusEnd: number;
}

/** Where clauses begin: after a comma, semicolon or colon, or a spaced dash. */
function clauseStarts(sentence: string): number[] {
	const starts = [0];
	for (const m of sentence.matchAll(/[,;:]\s+|\s[–—-]\s/gu)) starts.push(m.index + m[0].length);
	return [...starts, sentence.length];
}

/**
 * The passage of `sentence` around `[start, end)`, at most about `maxChars` long.
 * @example contextAround('A, B 1992 C, D', 5, 9, 8) // { text: '… B 1992 C …', … }
 */
export function contextAround(sentence: string, start: number, end: number, maxChars = 240): Context {
	if (sentence.length <= maxChars) return { text: sentence, focusStart: start, focusEnd: end };
	const starts = clauseStarts(sentence);
	let from = starts.filter((s) => s <= start).pop() ?? 0;
	let to = starts.find((s) => s >= end && s > from) ?? sentence.length;
	// Widen one clause at a time, the shorter side first, while it fits.
	for (;;) {
		const before = starts.filter((s) => s < from).pop();
		const after = starts.find((s) => s > to);
		const widenLeft = before !== undefined ? to - before : Infinity;
		const widenRight = after !== undefined ? after - from : Infinity;
		if (Math.min(widenLeft, widenRight) > maxChars) break;
		if (widenLeft <= widenRight) from = before!;
		else to = after!;
	}
	// A clause too short to say anything ("In December 2001") takes words from the next one.
	if (to - from < maxChars / 3) to = starts.find((s) => s > to) ?? to;
	// A passage longer than the limit is cut at words around the focus.
	if (to - from > maxChars) {
		const half = Math.max(0, Math.floor((maxChars - (end - start)) / 2));
		const left = sentence.lastIndexOf(' ', Math.max(from, start - half));
		from = Math.max(from, left < 0 ? from : left + 1);
		const right = sentence.indexOf(' ', Math.min(to, end + half));
		to = right < 0 || right > to ? to : right;
	}
	const piece = sentence.slice(from, to).replace(/[\s,;:–—-]+$/u, '');
	const lead = piece.length - piece.trimStart().length;
	const head = from > 0 ? '…' : '';
	const tail = to < sentence.length ? '…' : '';
	const text = head + piece.trim() + tail;
	const shift = head.length - from - lead;
	return { text, focusStart: start + shift, focusEnd: end + shift };
}

/** The context with its focus replaced by the gap. */
export function withGap(context: Context): string {
	return context.text.slice(0, context.focusStart) + GAP + context.text.slice(context.focusEnd);
}

/** The context with its focus replaced by `value`. */
export function withValue(context: Context, value: string): string {
	return context.text.slice(0, context.focusStart) + value + context.text.slice(context.focusEnd);
}
