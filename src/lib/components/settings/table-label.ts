import type { Translator } from '$lib/i18n';

/** A table's name for people (`backup.table.*`); a table newer than the strings shows its own name. */
export function tableLabel(i18n: Translator, table: string): string {
	return i18n.t(`backup.table.${table}`, { defaultValue: table });
}
