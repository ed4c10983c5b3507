/** Where an item's source is, in words a student can follow: the document and the section its lines fall in. */
import type { Language } from '../language';
import type { SourceDoc } from './schema';

export interface CitationPlace {
	/** The document's title in `language`, or its file name when the registry does not know it. */
	title: string;
	/** Titles of the sections the cited lines fall in, in order: none when the document lists no sections. */
	sections: string[];
	/** The cited lines, for instructors. */
	lines: [first: number, last: number];
}

/** The document title and the titles of every section that the lines `[first, last]` touch. */
export function placeOf(
	source: { doc: string; lines: [number, number] },
	sources: Record<string, SourceDoc>,
	language: Language
): CitationPlace {
	const doc = sources[source.doc];
	const [first, last] = source.lines;
	const sections = (doc?.sections ?? [])
		.filter((s) => s.lines[0] <= last && first <= s.lines[1])
		.map((s) => s.title[language]);
	return { title: doc?.title[language] ?? source.doc, sections, lines: source.lines };
}
