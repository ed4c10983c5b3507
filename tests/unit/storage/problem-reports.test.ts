// Reports of problems with questions, kept on the device: one per question and place.
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemReportRepository } from '$lib/storage/problem-reports';
import { checkRow } from '$lib/domain/data/row-schemas';
import type { ProblemReport } from '$lib/domain/report/problem-report';
import { BackupRepository } from '$lib/storage/backup';
import { readBackup } from '$lib/domain/backup/codec';
import { deleteAll, freshDb } from './fill-every-table';

const NOW = Date.UTC(2026, 10, 2, 9, 0, 0);
afterEach(deleteAll);

const report = (itemId: string, fields: Partial<ProblemReport> = {}): ProblemReport => ({
	itemId,
	reason: 'wrongAnswer',
	comment: '',
	prompt: 'Қай жылы?',
	language: 'kk',
	reportedAt: NOW,
	...fields
});

describe('problem reports in storage', () => {
	it('keep one report per question and place, the latest one', async () => {
		const repo = new ProblemReportRepository(freshDb('reports'));
		await repo.report(report('a'));
		await repo.report(report('a', { reason: 'typo', comment: 'Әріп', reportedAt: NOW + 1000 }));
		await repo.report(report('a', { assignmentKey: '0a1b2c3d', reason: 'unclear', reportedAt: NOW + 2000 }));
		await repo.report(report('b', { assignmentKey: '0a1b2c3d', reportedAt: NOW + 3000 }));
		const all = await repo.list();
		expect(all.map((r) => [r.itemId, r.assignmentKey, r.reason])).toEqual([
			['b', '0a1b2c3d', 'wrongAnswer'],
			['a', '0a1b2c3d', 'unclear'],
			['a', undefined, 'typo']
		]);
		for (const row of all) expect(checkRow('problemReports', row)).toEqual({ ok: true });
		expect((await repo.listForAssignment('0a1b2c3d')).map((r) => r.itemId)).toEqual(['a', 'b']);
	});

	it('withdraw a report from its place only', async () => {
		const repo = new ProblemReportRepository(freshDb('reports'));
		await repo.report(report('a'));
		await repo.report(report('a', { assignmentKey: '0a1b2c3d' }));
		await repo.withdraw('a', '0a1b2c3d');
		expect((await repo.list()).map((r) => r.assignmentKey)).toEqual([undefined]);
		await repo.withdraw('a');
		expect(await repo.list()).toEqual([]);
	});

	it('leave out of lists a row that fails its schema (the database check sets it aside)', async () => {
		const db = freshDb('reports');
		const repo = new ProblemReportRepository(db);
		await repo.report(report('a'));
		await db.problemReports.add({ ...report('b'), reason: 'boring' as never });
		expect((await repo.list()).map((r) => r.itemId)).toEqual(['a']);
	});

	it('go into a backup and come back from it', async () => {
		const source = freshDb('reports');
		await new ProblemReportRepository(source).report(
			report('a', { comment: 'Жауабы 1992', assignmentKey: '0a1b2c3d' })
		);
		const read = readBackup(await new BackupRepository(source).exportBackup({ appVersion: 'test', createdAt: NOW }));
		if (!read.ok) throw new Error(JSON.stringify(read.error));
		expect(read.backup.tables.problemReports).toHaveLength(1);
		const target = freshDb('reports');
		await new BackupRepository(target).restore(read.backup, 'merge', { appVersion: 'test', now: NOW + 1000 });
		expect(await new ProblemReportRepository(target).list()).toEqual([
			{ ...report('a', { comment: 'Жауабы 1992', assignmentKey: '0a1b2c3d' }), id: 1 }
		]);
		// Merged twice, the same report stays one.
		await new BackupRepository(target).restore(read.backup, 'merge', { appVersion: 'test', now: NOW + 2000 });
		expect(await target.problemReports.count()).toBe(1);
	});
});
