import { describe, expect, it } from 'vitest';
import { decodeEntities, giftTextToPlain, htmlToText, markdownToText } from '$lib/domain/import/plain-text';
import { decodeFileBytes } from '$lib/domain/import/decode';

describe('plain text from markup', () => {
	it.each([
		['<p>Astana</p><p>Almaty</p>', 'Astana\nAlmaty\n'],
		['a<br>b<br/>c', 'a\nb\nc'],
		['<b onclick="x()">bold</b> &amp; <i>italic</i>', 'bold & italic'],
		['<script>alert(1)</script>safe<style>p{}</style>', 'safe'],
		['<!-- note -->text<!-- unclosed', 'text'],
		['a < b and c > d', 'a < b and c > d'],
		['&lt;b&gt; stays text', '<b> stays text']
	])('htmlToText(%j)', (html, text) => {
		expect(htmlToText(html)).toBe(text);
	});

	it('decodes numeric references and leaves invalid ones', () => {
		expect(decodeEntities('&#1178;&#x49b; &#0; &#xD800; &bogus; &nbsp;')).toBe('Ққ &#0; &#xD800; &bogus;  ');
	});

	it('drops Markdown marks but keeps gaps', () => {
		expect(markdownToText('# Title\n**Bold** and *it* `code` [link](http://x) ![img](y.png) ___')).toBe(
			'Title\nBold and it code link img ___'
		);
	});

	it('makes each GIFT format one plain line', () => {
		expect(giftTextToPlain('html', '<p>One</p>\n<p>two</p>')).toBe('One two');
		expect(giftTextToPlain('markdown', '**One**\ntwo')).toBe('One two');
		expect(giftTextToPlain('plain', ' <b>as is</b> ')).toBe('<b>as is</b>');
	});
});

describe('decodeFileBytes', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);
	it('reads UTF-8, with or without BOM', () => {
		expect(decodeFileBytes(utf8('Қазақстан'))).toBe('Қазақстан');
		expect(decodeFileBytes(utf8('\uFEFFАстана'))).toBe('Астана');
	});

	it('reads UTF-16 by its BOM', () => {
		expect(decodeFileBytes(new Uint8Array([0xff, 0xfe, 0x1a, 0x04, 0x30, 0x04]))).toBe('Ка');
	});

	it('reads what is not UTF-8 as Windows-1251 (Excel’s Russian CSV)', () => {
		// "Привет" in Windows-1251
		expect(decodeFileBytes(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]))).toBe('Привет');
	});
});
