/** A result's score from its answers string (1 right, 0 wrong, - not answered); light enough for the home page. */
export function resultScore(result: { answers: string }): { correct: number; total: number } {
	return { correct: [...result.answers].filter((a) => a === '1').length, total: result.answers.length };
}
