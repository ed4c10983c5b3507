/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format). Ordering becomes matching (element to
 * position); clozes become short-answer questions, and flashcards essays whose grader information
 * and feedback hold the answer (nobody types a sentence word for word).
 */
import type { UncitedItem } from '../bank/localize';
import { splitCloze } from '../bank/present';
import { withExplanation } from './answer-text';

export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!
	);
}

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const answer = (fraction: number | string, value: string, extra = '') =>
	`    <answer fraction="${fraction}" format="plain_text">${text(value)}${extra}</answer>`;

/** Moodle's accepted fractions for one of `n` right options. */
function fraction(correctCount: number): string {
	return { 1: '100', 2: '50', 3: '33.33333', 4: '25' }[correctCount] ?? '20';
}

function body(item: UncitedItem): { type: string; stem: string; parts: string[] } {
	switch (item.type) {
		case 'flashcard':
			return {
				type: 'essay',
				stem: item.prompt,
				parts: [
					`    <graderinfo format="plain_text">${text(item.answer)}</graderinfo>`,
					'    <responseformat>plain</responseformat>'
				]
			};
		case 'cloze': {
			const [before, after] = splitCloze(item.text);
			const parts = ['    <usecase>0</usecase>', ...item.answers.map((a) => answer(100, a))];
			return { type: 'shortanswer', stem: `${before}_____${after}`, parts };
		}
		case 'choice': {
			const correct = item.options.filter((o) => o.correct).length;
			const parts = [
				`    <single>${correct === 1}</single>`,
				'    <shuffleanswers>1</shuffleanswers>',
				'    <answernumbering>abc</answernumbering>',
				...item.options.map((o) => answer(o.correct ? fraction(correct) : correct === 1 ? 0 : -100, o.text))
			];
			return { type: 'multichoice', stem: item.prompt, parts };
		}
		case 'true-false':
			return {
				type: 'truefalse',
				stem: item.statement,
				parts: [answer(item.answer ? 100 : 0, 'true'), answer(item.answer ? 0 : 100, 'false')]
			};
		case 'numeric':
			return {
				type: 'numerical',
				stem: item.unit ? `${item.prompt} (${item.unit})` : item.prompt,
				parts: [answer(100, String(item.answer), `<tolerance>${item.tolerance}</tolerance>`)]
			};
		case 'matching':
		case 'ordering': {
			const pairs =
				item.type === 'matching' ? item.pairs : item.sequence.map((s, i) => ({ left: s, right: String(i + 1) }));
			const parts = [
				'    <shuffleanswers>1</shuffleanswers>',
				...pairs.map(
					(p) => `    <subquestion format="plain_text">${text(p.left)}<answer>${text(p.right)}</answer></subquestion>`
				)
			];
			return { type: 'matching', stem: item.prompt, parts };
		}
	}
}

function question(item: UncitedItem): string {
	const { type, stem, parts } = body(item);
	const feedback = item.type === 'flashcard' ? withExplanation(item.answer, item.explanation) : item.explanation;
	return [
		`  <question type="${type}">`,
		`    <name>${text(item.id)}</name>`,
		`    <questiontext format="plain_text">${text(stem)}</questiontext>`,
		`    <generalfeedback format="plain_text">${text(feedback)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>',
		...parts,
		'  </question>'
	].join('\n');
}

/** A Moodle XML quiz file: a category per topic, then its questions. */
export function toMoodleXml(topics: readonly { topicId: string; items: readonly UncitedItem[] }[]): string {
	const blocks = topics.flatMap(({ topicId, items }) => [
		`  <question type="category">\n    <category>${text(`$course$/Qaitala/${topicId}`)}</category>\n  </question>`,
		...items.map(question)
	]);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${blocks.join('\n')}\n</quiz>\n`;
}
