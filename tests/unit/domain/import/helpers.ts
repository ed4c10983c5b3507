import { parseCustomBank, type ImportOptions } from '$lib/domain/import/parse';
import type { CustomItem, ImportProblem } from '$lib/domain/import/custom-bank';

export const NOW = Date.UTC(2025, 2, 14, 9, 30);
export const id = (n: number) => `custom-${NOW.toString(36)}-${n}`;

/** Imports `text` and returns its items, failing the test with the problems if there are any. */
export function importItems(text: string, options: Partial<ImportOptions> = {}): CustomItem[] {
	const result = parseCustomBank(text, { format: 'auto', language: 'en', title: 'Test', now: NOW, ...options });
	if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
	return result.bank.items;
}

/** Imports `text` expecting it to fail; returns the problems as [line, key] pairs (and params). */
export function importProblems(text: string, options: Partial<ImportOptions> = {}): ImportProblem[] {
	const result = parseCustomBank(text, { format: 'auto', language: 'en', title: 'Test', now: NOW, ...options });
	if (result.ok) throw new Error(`expected problems, got ${result.bank.items.length} items`);
	return result.problems;
}

export const lineKeys = (problems: ImportProblem[]) =>
	problems.map((p) => [p.line, p.key.replace(/^customBank\./, '')]);
