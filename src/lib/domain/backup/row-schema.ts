/** The one place the backup asks which tables exist and what a valid row of each looks like. */
import type * as v from 'valibot';
import { ROW_SCHEMAS, TABLE_NAMES, type TableName } from '../data/row-schemas';

/** The schema every stored row of `table` meets, or undefined for a table this app does not know. */
export function rowSchemaFor(table: string): v.GenericSchema | undefined {
	return Object.hasOwn(ROW_SCHEMAS, table) ? (ROW_SCHEMAS[table as TableName] as v.GenericSchema) : undefined;
}

/** Every table this app has a row schema for. */
export function schemaTableNames(): string[] {
	return [...TABLE_NAMES];
}
