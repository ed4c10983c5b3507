/**
 * Settings rows that describe this device, not the learner: never written to a backup, and kept
 * as they are when one is restored.
 */
export const LAST_BACKUP_AT_KEY = 'lastBackupAt';
export const REMINDER_DISMISSED_AT_KEY = 'backupReminderDismissedAt';
export const RESTORE_UNDO_KEY = 'restoreUndo';
/** Which schema version this device's database check has run for, and when persistence was asked. */
export const CHECKED_SCHEMA_VERSION_KEY = 'checkedSchemaVersion';
export const PERSISTENCE_ASKED_AT_KEY = 'persistenceAskedAt';
export const DEVICE_SETTING_KEYS: readonly string[] = [
	LAST_BACKUP_AT_KEY,
	REMINDER_DISMISSED_AT_KEY,
	RESTORE_UNDO_KEY,
	CHECKED_SCHEMA_VERSION_KEY,
	PERSISTENCE_ASKED_AT_KEY
];
