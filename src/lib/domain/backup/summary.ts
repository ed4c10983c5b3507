/** What a backup holds, for the student to see before choosing to restore it. */
import type { Backup } from './format';

export interface BackupSummary {
	/** Epoch ms. */
	createdAt: number;
	appVersion: string;
	/** Rows per table, in the file's order; empty tables included. */
	counts: { table: string; count: number }[];
	/** The first and the last review in the file (epoch ms), when it has any. */
	reviewRange?: { from: number; to: number };
}

/** Counts per table and the span of the review log. */
export function summarizeBackup(backup: Backup): BackupSummary {
	const times = (backup.tables.reviews ?? [])
		.map((row) => (row as { reviewedAt?: unknown }).reviewedAt)
		.filter((t): t is number => typeof t === 'number');
	let from = Infinity;
	let to = -Infinity;
	for (const t of times) {
		if (t < from) from = t;
		if (t > to) to = t;
	}
	return {
		createdAt: backup.header.createdAt,
		appVersion: backup.header.appVersion,
		counts: Object.entries(backup.tables).map(([table, rows]) => ({ table, count: rows.length })),
		reviewRange: times.length ? { from, to } : undefined
	};
}
