/** The app's one shared connection to its database, opened on first use in the browser. */
import { CHECKED_SCHEMA_VERSION_KEY } from '../domain/backup/device-keys';
import { QaitalaDb } from './db';
import { connectionEventsOf } from './connection-events';
import { quickReader } from './quick-read';

let sharedDb: QaitalaDb | undefined;

/** The app's database, opened on first use in the browser (never during prerendering). */
export function getDb(): QaitalaDb {
	if (!sharedDb) {
		const db = (sharedDb = new QaitalaDb());
		// What this connection goes through (another tab's newer version, a blocked open) is the page's to tell.
		connectionEventsOf(db).subscribe((status) => quickReader.connection.report(status));
		// The check (and the row schemas and scheduler it brings) loads only when the schema changed
		// since it last ran: one settings row says so. A database made just now has nothing to check:
		// it is marked checked, so a first visit does not load the check at all.
		let isNew = false;
		db.on('populate', () => {
			isNew = true;
		});
		db.settings
			.get(CHECKED_SCHEMA_VERSION_KEY)
			.then(async (row) => {
				if (row?.value === db.verno) return;
				if (isNew) await db.settings.put({ key: CHECKED_SCHEMA_VERSION_KEY, value: db.verno });
				else await (await import('./database-check')).checkAfterUpgrade(db);
			})
			.catch(() => undefined);
	}
	return sharedDb;
}
