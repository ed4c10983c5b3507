/** The desired-retention setting's range (FSRS's `request_retention`), without loading ts-fsrs. */
export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.99;

export function clampRetention(value: number): number {
	if (!Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
	return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value));
}
