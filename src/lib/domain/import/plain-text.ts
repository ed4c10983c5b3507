/**
 * Formatted text from an imported file (GIFT's [html] and [markdown], Anki's HTML fields) made plain.
 * The app always renders bank text as text, so this is for legibility, not safety: markup is dropped,
 * never interpreted.
 */

/**
 * Longer texts are left as they are (they are far over every length limit anyway), so a hostile
 * file of unclosed tags cannot make the patterns below scan it quadratically.
 */
const MAX_MARKUP_CHARS = 20_000;

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	shy: ''
};

function fromCodePoint(code: number, original: string): string {
	const isValid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
	return isValid ? String.fromCodePoint(code) : original;
}

/** Replaces the character references of HTML that questions use (`&amp;`, `&#1178;`, `&#x49B;`…). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (match, name: string) => {
		if (name[0] === '#') {
			const isHex = name[1] === 'x' || name[1] === 'X';
			return fromCodePoint(parseInt(name.slice(isHex ? 2 : 1), isHex ? 16 : 10), match);
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? match;
	});
}

/** Collapses runs of spaces and line breaks into one space. */
export function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * `html` without everything from each `open` to the next `close` (an unclosed one runs to the end).
 * indexOf, not a lazy pattern: a pattern would rescan the rest of the text from every unclosed open.
 */
function dropBetween(html: string, open: string, close: string): string {
	const lower = html.toLowerCase();
	let kept = '';
	let at = 0;
	for (let start = lower.indexOf(open, at); start >= 0; start = lower.indexOf(open, at)) {
		kept += html.slice(at, start);
		const end = lower.indexOf(close, start + open.length);
		at = end < 0 ? html.length : end + close.length;
	}
	return kept + html.slice(at);
}

/** The text of an HTML fragment: tags dropped (scripts and styles with their content), entities decoded. */
export function htmlToText(html: string): string {
	if (html.length > MAX_MARKUP_CHARS) return html;
	const withoutCode = ['script', 'style'].reduce(
		(text, name) => dropBetween(text, `<${name}`, `</${name}>`),
		dropBetween(html, '<!--', '-->')
	);
	return decodeEntities(
		withoutCode
			.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
			.replace(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi, '')
	);
}

/**
 * The text of Markdown: emphasis, code marks, links and images, headings, quotes and list marks
 * dropped. Underscores stay: `___` is a gap.
 */
export function markdownToText(markdown: string): string {
	if (markdown.length > MAX_MARKUP_CHARS) return markdown;
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*\*/g, '')
		.replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '');
}

/** Plain text of a GIFT text in its declared format, on one line. */
export function giftTextToPlain(format: string, text: string): string {
	switch (format) {
		case 'html':
		case 'moodle': // Moodle's auto-format lets HTML through
			return collapseSpaces(htmlToText(text));
		case 'markdown':
			return collapseSpaces(markdownToText(text));
		default:
			return collapseSpaces(text);
	}
}
