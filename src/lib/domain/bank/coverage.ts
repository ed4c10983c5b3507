/** Which lines of a source document no item cites yet: gaps a bank author should look at. */

export type LineRange = [first: number, last: number];

/**
 * The runs of non-blank lines that no range covers, 1-based and inclusive.
 * @param lines the document's lines; blank ones never count as a gap
 * @example uncoveredRanges(['a', 'b', '', 'c'], [[1, 1]]) // [[2, 2], [4, 4]]
 */
export function uncoveredRanges(lines: readonly string[], cited: readonly LineRange[]): LineRange[] {
	const covered = new Uint8Array(lines.length + 2);
	for (const [first, last] of cited)
		for (let n = Math.max(1, first); n <= Math.min(lines.length, last); n++) covered[n] = 1;
	const gaps: LineRange[] = [];
	let start = 0;
	let end = 0;
	for (let n = 1; n <= lines.length; n++) {
		const isGap = !covered[n] && lines[n - 1]!.trim() !== '';
		if (isGap) {
			if (!start) start = n;
			end = n;
		} else if (start && !covered[n] && lines[n - 1]!.trim() === '') {
			continue; // a blank line inside a gap does not end it
		} else if (start) {
			gaps.push([start, end]);
			start = 0;
		}
	}
	if (start) gaps.push([start, end]);
	return gaps;
}
