/**
 * The rules of an item that span several fields, checked once its shape is right. Written once, on
 * an item in one language: a bank checks each of its languages, an import its own. Each path says a
 * broken rule its own way (a bank's author reads English, an instructor a translated key).
 */
import type { Language } from '../language';
import type { UncitedItem } from './localize';

/** The one way to write a gap in a cloze. */
export const GAP = '___';

/** The lists whose entries must differ (case aside). */
export type DistinctList = 'options' | 'sequence' | 'pairs.left' | 'pairs.right';

export type ItemRuleBreak =
	| { rule: 'noCorrectOption' | 'noWrongOption' }
	| { rule: 'gapCount'; count: number }
	| { rule: 'repeated'; list: DistinctList; value: string };

/** Every entry of `texts` that repeats an earlier one (case aside, in `language`'s case rules). */
function repeats(texts: readonly string[], language: Language): string[] {
	const seen = new Set<string>();
	return texts.filter((text) => {
		const key = text.toLocaleLowerCase(language);
		const isRepeat = seen.has(key);
		seen.add(key);
		return isRepeat;
	});
}

/** The rules `item` (in `language`) breaks, in the order of its fields. */
export function checkItemRules(item: UncitedItem, language: Language): ItemRuleBreak[] {
	const found: ItemRuleBreak[] = [];
	const distinct = (texts: readonly string[], list: DistinctList) =>
		repeats(texts, language).forEach((value) => found.push({ rule: 'repeated', list, value }));
	switch (item.type) {
		case 'choice':
			if (!item.options.some((o) => o.correct)) found.push({ rule: 'noCorrectOption' });
			if (item.options.every((o) => o.correct)) found.push({ rule: 'noWrongOption' });
			distinct(
				item.options.map((o) => o.text),
				'options'
			);
			break;
		case 'cloze': {
			const count = item.text.split(GAP).length - 1;
			if (count !== 1) found.push({ rule: 'gapCount', count });
			break;
		}
		case 'ordering':
			distinct(item.sequence, 'sequence');
			break;
		case 'matching':
			distinct(
				item.pairs.map((p) => p.left),
				'pairs.left'
			);
			distinct(
				item.pairs.map((p) => p.right),
				'pairs.right'
			);
			break;
	}
	return found;
}
