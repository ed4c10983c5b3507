/**
 * A question as the fields of the edit form (one text per field, lists one entry per line) and
 * back. The form's lists follow the import format's habits: `*` marks a right option, `->` a pair.
 */
import type { ImportProblem } from '../import/custom-bank';
import type { DraftBody, DraftType } from './propose';

export interface EditFields {
	question: string;
	answer: string;
	/** Accepted answers, options, pairs or elements: one per line. */
	list: string;
	unit: string;
	tolerance: string;
	truth: boolean;
	explanation: string;
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

/** The form's fields for a question. */
export function editFields(item: DraftBody): EditFields {
	const base: EditFields = {
		question: '',
		answer: '',
		list: '',
		unit: '',
		tolerance: '0',
		truth: true,
		explanation: item.explanation
	};
	switch (item.type) {
		case 'numeric':
			return {
				...base,
				question: item.prompt,
				answer: String(item.answer),
				unit: item.unit ?? '',
				tolerance: String(item.tolerance)
			};
		case 'flashcard':
			return { ...base, question: item.prompt, answer: item.answer };
		case 'cloze':
			return { ...base, question: item.text, list: item.answers.join('\n') };
		case 'true-false':
			return { ...base, question: item.statement, truth: item.answer };
		case 'choice':
			return {
				...base,
				question: item.prompt,
				list: item.options.map((o) => `${o.correct ? '* ' : ''}${o.text}`).join('\n')
			};
		case 'matching':
			return { ...base, question: item.prompt, list: item.pairs.map((p) => `${p.left} -> ${p.right}`).join('\n') };
		case 'ordering':
			return { ...base, question: item.prompt, list: item.sequence.join('\n') };
	}
}

/** A number as an instructor may type it: `107,4`, `1 450`, `13.8`. */
function readNumber(text: string): number | undefined {
	const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/**
 * The question the form describes; the schema and rules of imported questions check it afterwards.
 * @returns the question, or the problem that stops it being one (a number that is not a number)
 */
export function itemFromFields(
	type: DraftType,
	f: EditFields
): { ok: true; item: DraftBody } | { ok: false; problem: ImportProblem } {
	const explanation = f.explanation;
	switch (type) {
		case 'numeric': {
			const answer = readNumber(f.answer);
			if (answer === undefined)
				return { ok: false, problem: { key: 'drafter.edit.notANumber', params: { value: f.answer } } };
			const tolerance = f.tolerance.trim() ? readNumber(f.tolerance) : 0;
			if (tolerance === undefined)
				return { ok: false, problem: { key: 'drafter.edit.notANumber', params: { value: f.tolerance } } };
			const unit = f.unit.trim();
			return {
				ok: true,
				item: { type, prompt: f.question, answer, tolerance, ...(unit ? { unit } : {}), explanation }
			};
		}
		case 'flashcard':
			return { ok: true, item: { type, prompt: f.question, answer: f.answer, explanation } };
		case 'cloze':
			return { ok: true, item: { type, text: f.question, answers: lines(f.list), explanation } };
		case 'true-false':
			return { ok: true, item: { type, statement: f.question, answer: f.truth, explanation } };
		case 'choice':
			return {
				ok: true,
				item: {
					type,
					prompt: f.question,
					options: lines(f.list).map((l) => ({ text: l.replace(/^\*\s*/, ''), correct: l.startsWith('*') })),
					explanation
				}
			};
		case 'matching':
			return {
				ok: true,
				item: {
					type,
					prompt: f.question,
					pairs: lines(f.list).map((l) => {
						const [left = '', ...right] = l.split(/\s*(?:->|→)\s*/);
						return { left, right: right.join(' -> ') };
					}),
					explanation
				}
			};
		case 'ordering':
			return { ok: true, item: { type, prompt: f.question, sequence: lines(f.list), explanation } };
	}
}
