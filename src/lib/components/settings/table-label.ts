import type { Translator } from '$lib/i18n';

/** Tables whose name is kept with the strings of their feature rather than the device panels'. */
const FEATURE_TABLE_LABELS: Record<string, string> = { problemReports: 'reportProblem.table' };

/** A table's name for people (`backup.table.*`); a table newer than the strings shows its own name. */
export function tableLabel(i18n: Translator, table: string): string {
	const feature = FEATURE_TABLE_LABELS[table];
	return i18n.t(`backup.table.${table}`, { defaultValue: feature ? i18n.t(feature) : table });
}
