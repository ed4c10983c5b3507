/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format). Ordering has no GIFT type, so it
 * becomes matching: each element to its position (1 is the first). A flashcard's answer is a
 * sentence nobody types word for word, so it becomes an essay question with the answer as feedback.
 */
import type { UncitedItem } from '../bank/localize';
import { splitCloze } from '../bank/present';
import { withExplanation } from './answer-text';

/** Escapes GIFT's special characters and folds line breaks. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');
}

/** General feedback; none when an imported question has no explanation. */
const feedback = (item: UncitedItem) => (item.explanation ? ` ####${escapeGift(item.explanation)}` : '');

/** Moodle accepts only some fractions; these are the ones a question of up to five options needs. */
function fraction(correctCount: number): string {
	return { 1: '100', 2: '50', 3: '33.33333', 4: '25' }[correctCount] ?? '20';
}

function answerBlock(item: UncitedItem): string {
	switch (item.type) {
		case 'flashcard':
			return `{####${escapeGift(withExplanation(item.answer, item.explanation))}}`;
		case 'choice': {
			const correct = item.options.filter((o) => o.correct).length;
			const options = item.options.map((o) =>
				correct === 1
					? `${o.correct ? '=' : '~'}${escapeGift(o.text)}`
					: `~%${o.correct ? fraction(correct) : '-100'}%${escapeGift(o.text)}`
			);
			return `{${options.join(' ')}${feedback(item)}}`;
		}
		case 'true-false':
			return `{${item.answer ? 'TRUE' : 'FALSE'}${feedback(item)}}`;
		case 'numeric':
			return `{#${item.answer}:${item.tolerance}${feedback(item)}}`;
		case 'matching':
			return `{${item.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`).join(' ')}${feedback(item)}}`;
		case 'ordering':
			return `{${item.sequence.map((s, i) => `=${escapeGift(s)} -> ${i + 1}`).join(' ')}${feedback(item)}}`;
		case 'cloze':
			return `{${item.answers.map((a) => `=${escapeGift(a)}`).join(' ')}${feedback(item)}}`;
	}
}

function question(item: UncitedItem): string {
	const title = `::${escapeGift(item.id)}::`;
	if (item.type === 'cloze') {
		const [before, after] = splitCloze(item.text);
		return `${title}${escapeGift(before)}${answerBlock(item)}${escapeGift(after)}`;
	}
	const stem =
		item.type === 'true-false'
			? item.statement
			: item.type === 'numeric' && item.unit
				? `${item.prompt} (${item.unit})`
				: item.prompt;
	return `${title}${escapeGift(stem)} ${answerBlock(item)}`;
}

/** GIFT text for topics of items, each topic under a `$CATEGORY:` line. */
export function toGift(topics: readonly { topicId: string; items: readonly UncitedItem[] }[]): string {
	return (
		topics
			.map(({ topicId, items }) => [`$CATEGORY: $course$/Qaitala/${topicId}`, ...items.map(question)].join('\n\n'))
			.join('\n\n') + '\n'
	);
}
