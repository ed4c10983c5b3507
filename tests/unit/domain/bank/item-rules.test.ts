import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkItemRules } from '$lib/domain/bank/item-rules';
import { ItemSchema } from '$lib/domain/bank/schema';
import { CustomItemSchema, validateCustomItem } from '$lib/domain/import/validate-custom';
import { asUncited, localize } from '$lib/domain/bank/localize';
import type { CustomItem } from '$lib/domain/import/custom-bank';
import { getCompiledBanks } from '$lib/server/load-banks';

const tri = (text: string) => ({ kk: text, ru: text, en: text });

describe('one item schema and one set of rules', () => {
	it('reads a bank item and, in one language without its bank-only fields, an imported one', () => {
		const bankItem = {
			id: 'one-choice',
			type: 'choice',
			prompt: tri('Capital?'),
			options: [
				{ text: tri('Astana'), correct: true },
				{ text: tri('Almaty'), correct: false },
				{ text: tri('Shymkent'), correct: false }
			],
			explanation: tri('Since 1997.'),
			source: { doc: 'd.txt', lines: [1, 2] },
			tags: ['capital']
		};
		const item = v.parse(ItemSchema, bankItem);
		const imported = asUncited(localize(item, 'en'));
		expect(v.parse(CustomItemSchema, imported)).toEqual(imported);
		// The fields only banks have are refused on an imported question.
		expect(v.safeParse(CustomItemSchema, localize(item, 'en')).success).toBe(false);
	});

	it('breaks the same rules on a bank item (per language) and an imported one', () => {
		const choice: CustomItem = {
			id: 'custom-0-1',
			type: 'choice',
			prompt: 'Capital?',
			options: [
				{ text: 'Astana', correct: true },
				{ text: 'astana', correct: true }
			],
			explanation: ''
		};
		expect(checkItemRules(choice, 'en')).toEqual([
			{ rule: 'noWrongOption' },
			{ rule: 'repeated', list: 'options', value: 'astana' }
		]);
		expect(validateCustomItem(choice, choice.id, { line: 3 }, 'en')).toEqual([
			{ line: 3, key: 'customBank.error.noWrongOption' },
			{ line: 3, key: 'customBank.error.repeatedOption', params: { value: 'astana' } }
		]);
	});

	it('finds no broken rule in the built-in banks, in any language', () => {
		const banks = getCompiledBanks();
		for (const [language, topics] of Object.entries(banks.topicBanks)) {
			for (const bank of Object.values(topics)) {
				for (const item of bank!.items) expect(checkItemRules(item, language as 'kk')).toEqual([]);
			}
		}
	});
});
