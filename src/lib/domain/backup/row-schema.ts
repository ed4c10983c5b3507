/**
 * The one place the backup asks which tables exist and what a valid row of each looks like.
 * TEMPORARY: permissive schemas until the stored-row schemas land; then this reads ROW_SCHEMAS.
 */
import * as v from 'valibot';

const ANY_ROW = v.looseObject({});
const TABLES = [
	'cards',
	'reviews',
	'settings',
	'itemFlags',
	'testAttempts',
	'receivedAssignments',
	'composedAssignments',
	'classResults',
	'rosters',
	'customBanks',
	'setAside'
];

/** The schema every stored row of `table` meets, or undefined for a table this app does not know. */
export function rowSchemaFor(table: string): v.GenericSchema | undefined {
	return TABLES.includes(table) ? ANY_ROW : undefined;
}

/** Every table this app has a row schema for. */
export function schemaTableNames(): string[] {
	return [...TABLES];
}
