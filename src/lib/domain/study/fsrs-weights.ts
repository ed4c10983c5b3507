/** FSRS-6's weights, checked without loading ts-fsrs (settings are read on every page). */

/** FSRS-6 has 21 weights (w0–w20). */
export const FSRS_WEIGHT_COUNT = 21;

/** Whether `value` can be handed to the scheduler as FSRS-6 weights: 21 finite numbers. */
export function isFsrsWeights(value: unknown): value is readonly number[] {
	return (
		Array.isArray(value) &&
		value.length === FSRS_WEIGHT_COUNT &&
		value.every((w) => typeof w === 'number' && Number.isFinite(w))
	);
}
