/**
 * Items as Anki notes of a Front/Back note type. Anki shows fields as HTML, so every text is
 * escaped here and line breaks become `<br>`. A choice's options are shuffled as in the card files
 * (seeded by the item's id, so every language gets the same order and the same letters), and the
 * back may show the card in the other languages too.
 */
import type { UncitedItem } from '../bank/localize';
import type { Language } from '../language';
import { answerLines, inExportOrder, plainQuestion, questionLines, type ExportLabels } from './answer-text';
import { escapeXml } from './moodle-xml';

export interface AnkiNote {
	/** Stable across exports, so Anki updates a note it already has instead of adding it twice. */
	guid: string;
	/** HTML. */
	front: string;
	/** HTML. */
	back: string;
	/** The front as plain text, for Anki's sort field and duplicate checksum. */
	sortText: string;
	/** Anki tags (no spaces inside one). */
	tags: string[];
}

/** One language's version of the chosen items, with its words for true and false. */
export interface AnkiLanguage {
	language: Language;
	labels: ExportLabels;
	/** Items by id. */
	items: ReadonlyMap<string, UncitedItem>;
}

const html = (text: string) => escapeXml(text).replace(/\n/g, '<br>');
const block = (className: string, lines: readonly string[]) =>
	`<div class="${className}">${lines.map(html).join('<br>')}</div>`;

function questionHtml(item: UncitedItem): string {
	const [question, ...choices] = questionLines(item);
	return block('question', [question]) + (choices.length ? block('choices', choices) : '');
}

function answerHtml(item: UncitedItem, labels: ExportLabels): string {
	return (
		block('answer', answerLines(item, labels)) + (item.explanation ? block('explanation', [item.explanation]) : '')
	);
}

/**
 * A note for every item of every topic, in order. `main` gives the front and the answer; each of
 * `others` adds the question and answer in its language to the back, when it has the item.
 */
export function toAnkiNotes(
	topics: readonly { topicId: string; items: readonly UncitedItem[] }[],
	main: Omit<AnkiLanguage, 'items'>,
	others: readonly AnkiLanguage[] = []
): AnkiNote[] {
	const backLanguages = others.map((o) => o.language).join('');
	return topics.flatMap(({ topicId, items }) =>
		items.map((original) => {
			const item = inExportOrder(original);
			const otherSides = others.flatMap(({ language, labels, items: translated }) => {
				const other = translated.get(item.id);
				return other
					? [
							`<div class="other" lang="${language}">${questionHtml(inExportOrder(other))}${answerHtml(inExportOrder(other), labels)}</div>`
						]
					: [];
			});
			return {
				guid: `qaitala-${main.language}${backLanguages ? `-${backLanguages}` : ''}-${item.id}`,
				front: questionHtml(item),
				back: answerHtml(item, main.labels) + otherSides.join(''),
				sortText: plainQuestion(item),
				tags: ['qaitala', topicId.replace(/\s+/g, '_')]
			};
		})
	);
}

/** Longest deck name Anki's browser shows comfortably. */
const MAX_DECK_NAME = 120;

/**
 * One deck's name: the app and the topics' titles, or the course when there are many topics.
 * `::` would make Anki nest decks, so it never appears.
 * @example ankiDeckName(['Kazakhstan and China'], 'Course') // 'Qaitala — Kazakhstan and China'
 */
export function ankiDeckName(topicTitles: readonly string[], courseName: string): string {
	const titles = topicTitles.join('; ');
	const what =
		topicTitles.length === 0 || topicTitles.length > 3 || titles.length > MAX_DECK_NAME ? courseName : titles;
	return `Qaitala — ${what}`.replace(/::+/g, ':').replace(/\s+/g, ' ').trim();
}
