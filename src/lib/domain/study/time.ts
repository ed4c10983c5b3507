/** Durations in milliseconds. Kept apart from scheduler.ts so that pages which only count cards do not load ts-fsrs. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
