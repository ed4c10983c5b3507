/**
 * Questions in Moodle XML (https://docs.moodle.org/en/Moodle_XML_format), read with fast-xml-parser.
 *
 * Mapping: multichoice → choice (single answer: only 100 % options are right, partial ones are left
 * out; multiple answer: every option with a positive grade is right), truefalse → true-false,
 * shortanswer → cloze (at the run of underscores, or at the end), numerical → numeric (with its
 * tolerance, and the unit whose multiplier is 1), matching → matching, or ordering when the answers
 * are exactly the positions 1…n (our own export writes ordering so), Moodle's ordering plugin →
 * ordering, essay → flashcard whose answer is the grader information, else the general feedback;
 * an essay with neither is left out with a warning, as are descriptions and types we cannot ask
 * (cloze, calculated, drag and drop…). Texts in html or Moodle's auto-format are reduced to plain
 * text: markup is dropped, never interpreted. Problems carry the question's number (categories not
 * counted), since a tree has no useful line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from './custom-bank';
import { parseNumberText } from './csv-cells';
import { collapseSpaces, htmlToText, markdownToText } from './plain-text';
import { GAP, type DraftItem, type ParsedQuestions } from './validate-custom';

type XmlNode = Record<string, unknown>;

const ATTRIBUTE = '@_';
/** Elements that may repeat, always read as lists (a single one would otherwise be an object). */
const LISTS = new Set([
	'quiz.question',
	'quiz.question.answer',
	'quiz.question.subquestion',
	'quiz.question.units.unit'
]);

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: ATTRIBUTE,
	parseTagValue: false,
	parseAttributeValue: false,
	// Numeric character references (&#1178;) as well as XML's five entities, decoded in one pass.
	htmlEntities: true,
	isArray: (_name, path) => LISTS.has(String(path))
});

const isNode = (value: unknown): value is XmlNode =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): XmlNode[] =>
	Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];
const attribute = (node: XmlNode, name: string) => {
	const value = node[`${ATTRIBUTE}${name}`];
	return typeof value === 'string' ? value : undefined;
};

/** The string content of an element (an element with markup left unescaped inside has none). */
function stringOf(value: unknown): string {
	if (typeof value === 'string') return value;
	if (
		isNode(value) &&
		typeof value['#text'] === 'string' &&
		Object.keys(value).every((k) => k === '#text' || k.startsWith(ATTRIBUTE))
	) {
		return value['#text'];
	}
	return '';
}

/**
 * Plain text of a Moodle text in its declared `format`. HTML's own line breaks (`<br>`, the end of
 * a paragraph) stay line breaks; the rest of its white space is one space. Plain text stays as written.
 */
export function moodleTextToPlain(format: string | undefined, text: string): string {
	switch (format) {
		case 'plain_text':
			return text.trim();
		case 'markdown':
			return markdownToText(text).trim();
		default: {
			// html, moodle_auto_format (which lets HTML through), or none given.
			const lines = htmlToText(text.replace(/\s+/g, ' ')).split('\n');
			return lines
				.map(collapseSpaces)
				.filter((l) => l !== '')
				.join('\n');
		}
	}
}

/** The plain text of an element such as `<questiontext format="html"><text>…</text></questiontext>`. */
function plain(value: unknown): string {
	if (!isNode(value)) return '';
	return moodleTextToPlain(attribute(value, 'format'), stringOf(value.text));
}

/** An answer's grade in per cent (Moodle writes `100`, `33.33333`, `-100`; its ordering plugin `1.0000000`). */
const fractionOf = (answer: XmlNode) => Number(attribute(answer, 'fraction') ?? 0);
/** Full credit, allowing for the digits Moodle rounds 100 % to. */
const isFullCredit = (answer: XmlNode) => fractionOf(answer) >= 99.99;

const yes = (value: unknown) => ['true', '1'].includes(stringOf(value).trim().toLowerCase());

type Mapped = { item?: Record<string, unknown>; problems?: ImportProblem[]; warnings?: ImportProblem[] };

/** A warning for the answers left out because they give partial credit. */
function partialCredit(question: number, count: number): ImportProblem[] {
	return count > 0 ? [{ question, key: 'customBank.warning.partialCredit', params: { count } }] : [];
}

/** A matching whose answers are exactly the positions 1…n is an ordering task. */
function asOrdering(pairs: { left: string; right: string }[]): string[] | undefined {
	const positions = pairs.map((p) => (/^\d+$/.test(p.right) ? Number(p.right) : 0));
	const isPermutation =
		pairs.length > 1 && positions.every((n) => n >= 1 && n <= pairs.length) && new Set(positions).size === pairs.length;
	if (!isPermutation) return undefined;
	return pairs
		.map((p, i) => ({ text: p.left, at: positions[i]! }))
		.sort((a, b) => a.at - b.at)
		.map((p) => p.text);
}

/** One `<question>` as our item (without id), or why not; `n` is its number for messages. */
function mapQuestion(q: XmlNode, type: string, n: number): Mapped {
	const stem = plain(q.questiontext);
	const explanation = plain(q.generalfeedback);
	const answers = nodes(q.answer);
	switch (type) {
		case 'multichoice': {
			const isSingle = q.single === undefined ? true : yes(q.single);
			// One right answer: a partly right option is neither right nor wrong, so it is left out.
			const kept = isSingle ? answers.filter((a) => isFullCredit(a) || fractionOf(a) <= 0) : answers;
			const options = kept.map((a) => ({ text: plain(a), correct: isSingle ? isFullCredit(a) : fractionOf(a) > 0 }));
			return {
				item: { type: 'choice', prompt: stem, options, explanation },
				warnings: partialCredit(n, answers.length - kept.length)
			};
		}
		case 'truefalse': {
			const right = stringOf(answers.find(isFullCredit)?.text).trim().toLowerCase();
			if (right !== 'true' && right !== 'false')
				return { problems: [{ question: n, key: 'moodleAnki.error.trueFalse' }] };
			return { item: { type: 'true-false', statement: stem, answer: right === 'true', explanation } };
		}
		case 'shortanswer': {
			const accepted = answers.filter(isFullCredit).map(plain);
			if (!accepted.length) return { problems: [{ question: n, key: 'moodleAnki.error.noFullCredit' }] };
			const text = /_{3,}/.test(stem) ? stem : `${stem} ${GAP}`;
			return {
				item: { type: 'cloze', text, answers: accepted, explanation },
				warnings: partialCredit(n, answers.length - accepted.length)
			};
		}
		case 'numerical': {
			const best = answers.find(isFullCredit);
			if (!best) return { problems: [{ question: n, key: 'moodleAnki.error.noFullCredit' }] };
			const written = stringOf(best.text).trim();
			const answer = parseNumberText(written);
			if (!Number.isFinite(answer))
				return {
					problems: [{ question: n, key: 'customBank.error.notANumber', params: { field: 'answer', value: written } }]
				};
			const toleranceText = stringOf(best.tolerance).trim();
			const tolerance = toleranceText ? parseNumberText(toleranceText) : 0;
			const unit = nodes(isNode(q.units) ? q.units.unit : undefined).find(
				(u) => parseNumberText(stringOf(u.multiplier)) === 1
			);
			const unitName = unit ? collapseSpaces(stringOf(unit.unit_name)) : '';
			return {
				item: {
					type: 'numeric',
					prompt: stem,
					answer,
					tolerance,
					...(unitName ? { unit: unitName } : {}),
					explanation
				},
				warnings: partialCredit(n, answers.length - 1)
			};
		}
		case 'matching': {
			const pairs = nodes(q.subquestion).map((s) => ({
				left: plain(s),
				right: collapseSpaces(isNode(s.answer) ? stringOf(s.answer.text) : '')
			}));
			const asked = pairs.filter((p) => p.left !== '');
			const extra = pairs.length - asked.length;
			const warnings: ImportProblem[] = extra
				? [{ question: n, key: 'customBank.warning.extraMatches', params: { count: extra } }]
				: [];
			const sequence = extra ? undefined : asOrdering(asked);
			if (sequence) return { item: { type: 'ordering', prompt: stem, sequence, explanation } };
			return { item: { type: 'matching', prompt: stem, pairs: asked, explanation }, warnings };
		}
		case 'ordering':
			// Moodle's ordering plugin lists the answers in their right order.
			return { item: { type: 'ordering', prompt: stem, sequence: answers.map(plain), explanation } };
		case 'essay': {
			const graderInfo = plain(q.graderinfo);
			if (graderInfo) {
				// Our own export puts "answer — explanation" in the feedback as well.
				const rest = explanation.startsWith(`${graderInfo} — `)
					? explanation.slice(graderInfo.length + 3)
					: explanation === graderInfo
						? ''
						: explanation;
				return { item: { type: 'flashcard', prompt: stem, answer: graderInfo, explanation: rest } };
			}
			if (explanation) return { item: { type: 'flashcard', prompt: stem, answer: explanation, explanation: '' } };
			return { warnings: [{ question: n, key: 'moodleAnki.warning.essay' }] };
		}
		case 'description':
			return { warnings: [{ question: n, key: 'moodleAnki.warning.description' }] };
		default:
			return { warnings: [{ question: n, key: 'moodleAnki.warning.unsupported', params: { type: type || '?' } }] };
	}
}

/**
 * Reads questions from Moodle XML text (line breaks already `\n`). Stops after `maxQuestions + 1`
 * questions: the caller refuses that many anyway.
 * @example parseMoodleXmlQuestions('<quiz><question type="truefalse">…</question></quiz>')
 */
export function parseMoodleXmlQuestions(text: string, maxQuestions = Infinity): ParsedQuestions {
	const drafts: DraftItem[] = [];
	const problems: ImportProblem[] = [];
	const warnings: ImportProblem[] = [];
	// Moodle never writes one, and a DOCTYPE can define entities that expand without end.
	if (/<!DOCTYPE/i.test(text)) return { drafts, problems: [{ key: 'moodleAnki.error.doctype' }], warnings };
	const valid = XMLValidator.validate(text);
	if (valid !== true) return { drafts, problems: [{ line: valid.err.line, key: 'moodleAnki.error.notXml' }], warnings };

	let root: unknown;
	try {
		root = parser.parse(text);
	} catch {
		return { drafts, problems: [{ key: 'moodleAnki.error.notXml' }], warnings };
	}
	const quiz = isNode(root) ? root.quiz : undefined;
	if (quiz === undefined) return { drafts, problems: [{ key: 'moodleAnki.error.noQuiz' }], warnings };

	let n = 0;
	for (const q of nodes(isNode(quiz) ? quiz.question : undefined)) {
		const type = (attribute(q, 'type') ?? '').trim().toLowerCase();
		if (type === 'category') continue;
		n++;
		const mapped = mapQuestion(q, type, n);
		problems.push(...(mapped.problems ?? []));
		warnings.push(...(mapped.warnings ?? []));
		if (mapped.item) drafts.push({ question: n, item: mapped.item });
		if (drafts.length > maxQuestions) break;
	}
	return { drafts, problems, warnings };
}
