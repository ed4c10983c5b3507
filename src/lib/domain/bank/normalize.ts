/** Lower case, ё→е, punctuation and extra spaces removed: for comparing texts, not for display. */
export function normalizeForComparison(text: string): string {
	return text
		.toLocaleLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
