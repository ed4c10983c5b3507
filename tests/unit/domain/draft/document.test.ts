import { describe, expect, it } from 'vitest';
import { joinLines, sentenceBounds, splitParagraphs, splitSentences, textOfLines } from '$lib/domain/draft/document';

describe('splitParagraphs', () => {
	it('keeps one paragraph per long line, joining a line that continues in lowercase', () => {
		const text = [
			'Kazakhstan joined the OSCE in 1992.',
			'Trade grew to 31 billion dollars by',
			'the end of the decade.',
			'A third fact.'
		].join('\n');
		const paragraphs = splitParagraphs(text);
		expect(paragraphs.map((p) => [p.startLine, p.endLine])).toEqual([
			[1, 1],
			[2, 3],
			[4, 4]
		]);
		expect(paragraphs[1]!.text).toBe('Trade grew to 31 billion dollars by the end of the decade.');
	});

	it('reads wrapped text as paragraphs ended by a short line or a blank one', () => {
		const text = [
			'The forum was founded by five universities',
			'of the region and opened an office in',
			'Brussels in 2004.',
			'Its second programme started in 2011 and',
			'funded visits of students and teachers',
			'from every member country of the region.',
			'',
			'A third paragraph begins after the blank',
			'line and runs on to a second line.'
		].join('\n');
		const paragraphs = splitParagraphs(text);
		expect(paragraphs.map((p) => [p.index, p.startLine, p.endLine])).toEqual([
			[1, 1, 3],
			[2, 4, 6],
			[3, 8, 9]
		]);
	});

	it('does not break a double-spaced text at every blank line', () => {
		const lines = [
			'Бұл форум 1997 жылы бес университеттің',
			'бастамасымен құрылды және оның кеңсесі',
			'Брюссельде 2004 жылы ашылды.',
			'Екінші бағдарламасы 2011 жылы басталып,',
			'студенттердің сапарын қаржыландырды.'
		];
		const text = lines.join('\n\n');
		const paragraphs = splitParagraphs(text);
		expect(paragraphs).toHaveLength(1);
		expect(paragraphs[0]!.startLine).toBe(1);
		expect(paragraphs[0]!.endLine).toBe(9);
		const sentences = splitSentences(paragraphs[0]!);
		expect(sentences.map((s) => [s.startLine, s.endLine])).toEqual([
			[1, 5],
			[7, 9]
		]);
	});

	it('joins words broken at a line end: Cyrillic without the hyphen, English compounds with it', () => {
		expect(joinLines(['хорошо раз-', 'витые отношения'])).toBe('хорошо развитые отношения');
		expect(joinLines(['a multi-', 'vector policy'])).toBe('a multi-vector policy');
	});

	it('gives the joined text of a line range, as a citation reads', () => {
		expect(textOfLines('one\ntwo three\n\nfour', [2, 4])).toBe('two three four');
	});
});

describe('sentenceBounds', () => {
	it('does not end a sentence at an initial or an abbreviation', () => {
		const text = 'President N. Nazarbayev spoke. Trade was 4,2 млрд. АКШ долларын. Then 2005-2015 жж. аралығында.';
		expect(sentenceBounds(text).map(([a, b]) => text.slice(a, b))).toEqual([
			'President N. Nazarbayev spoke.',
			'Trade was 4,2 млрд. АКШ долларын.',
			'Then 2005-2015 жж. аралығында.'
		]);
	});
});
