/** Sizes of stored data as the Settings page shows them. */

const MB = 1024 * 1024;
const GB = 1024 * MB;

/**
 * `bytes` in megabytes under a gigabyte, else gigabytes; one decimal below 10, whole numbers above.
 * @example describeSize(3_500_000) // { unit: 'megabytes', value: 3.3 }
 */
export function describeSize(bytes: number): { unit: 'megabytes' | 'gigabytes'; value: number } {
	const safe = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
	const [unit, size] = safe >= GB ? (['gigabytes', safe / GB] as const) : (['megabytes', safe / MB] as const);
	return { unit, value: size < 10 ? Math.round(size * 10) / 10 : Math.round(size) };
}
