// Reporting problems with questions, from the card to the result code, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import { assignmentKey, decodeResult, resultReports } from '$lib/domain/share/result';
import { Scheduler } from '$lib/domain/study/scheduler';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import {
	isResultOutdated,
	makeResult,
	receiveAssignment,
	runAssignment,
	saveTestProgress
} from '$lib/state/assignment-run.svelte';
import { ProblemReportsState } from '$lib/state/problem-reports.svelte';
import { ProblemReportRepository } from '$lib/storage/problem-reports';
import { QaitalaDb } from '$lib/storage/db';
import { freshStores } from './fresh-stores';

const NOW = Date.UTC(2026, 10, 21, 9, 0, 0);
const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const items: LocalizedItem[] = [
	{ id: 'rp-1', type: 'true-false', statement: 'One', answer: true, explanation: 'Why', source },
	{ id: 'rp-2', type: 'true-false', statement: 'Two', answer: false, explanation: 'Why', source }
];
const fakeFetch = (async (url: string) =>
	url === '/banks/en/t.json'
		? new Response(JSON.stringify({ topicId: 't', language: 'en', items }))
		: new Response('', { status: 404 })) as typeof fetch;
const input = {
	itemId: 'rp-2',
	reason: 'wrongAnswer' as const,
	comment: '  It is true\n',
	prompt: 'Two',
	language: 'en' as const
};

describe('ProblemReportsState', () => {
	it('keeps, finds, changes and withdraws a report, and refuses a bad comment without saving', async () => {
		const db = new QaitalaDb(`reports-state-${Date.now()}`);
		const store = new ProblemReportRepository(db);
		const reports = new ProblemReportsState(
			() => store,
			() => NOW
		);
		await reports.load();
		expect(reports.isLoaded).toBe(true);
		expect(await reports.report(input)).toEqual({ ok: true });
		expect(reports.find('rp-2')).toMatchObject({ reason: 'wrongAnswer', comment: 'It is true', reportedAt: NOW });
		expect(reports.find('rp-2', 'aaaaaaaa')).toBeUndefined();

		expect(await reports.report({ ...input, comment: 'x'.repeat(201) })).toEqual({
			ok: false,
			error: 'reportProblem.error.commentTooLong'
		});
		expect(reports.find('rp-2')?.comment).toBe('It is true');

		expect(await reports.report({ ...input, reason: 'typo', comment: '' })).toEqual({ ok: true });
		expect(reports.reports).toHaveLength(1);
		expect(reports.find('rp-2')?.reason).toBe('typo');

		expect(await reports.withdraw({ itemId: 'rp-2' })).toBe(true);
		expect(reports.reports).toEqual([]);
		expect(await store.list()).toEqual([]);
		await db.delete();
	});

	it('says so when storage fails, and keeps nothing', async () => {
		const failing = {
			report: () => Promise.reject(new Error('blocked')),
			list: () => Promise.reject(new Error('blocked'))
		} as unknown as ProblemReportRepository;
		const reports = new ProblemReportsState(
			() => failing,
			() => NOW
		);
		await reports.load();
		expect(reports.loadFailed).toBe(true);
		expect(await reports.report(input)).toEqual({ ok: false, error: 'reportProblem.error.storage' });
	});
});

describe('reports made in an assignment', () => {
	it('go into its result code, and a code made before a change is outdated', async () => {
		const stores = freshStores('reports-assignment');
		const assignment: Assignment = {
			v: 1,
			title: 'Reports',
			mode: 'test',
			languages: ['en'],
			topicIds: ['t'],
			itemIds: ['rp-1', 'rp-2']
		};
		const code = encodeAssignment(assignment);
		const key = assignmentKey(code);
		const opened = await receiveAssignment(stores, code, new Set(items.map((i) => i.id)), NOW);
		if (!opened.ok) throw new Error('not opened');
		let clock = NOW;
		const { row, runner } = await runAssignment(
			stores,
			opened.row,
			'en',
			new Scheduler({ enableFuzz: false }),
			fakeFetch,
			() => (clock += 10_000)
		);
		if (runner.kind !== 'test') throw new Error('not a test');
		const reports = new ProblemReportsState(
			() => stores.reports,
			() => NOW
		);
		await reports.load();
		// One in the assignment, one in the student's own study of the same question: only the first goes.
		await reports.report({ ...input, assignmentKey: key });
		await reports.report({ ...input, itemId: 'rp-1', reason: 'typo' });
		await runner.run.answer({ type: 'true-false', answer: true });
		await runner.run.answer({ type: 'true-false', answer: true });
		const done = await saveTestProgress(stores, row, runner.run);

		const made = await makeResult(stores, done, 'Ерлан', NOW);
		const decoded = decodeResult(made.result!.code, { assignment: key });
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.result.v).toBe(2);
		expect(resultReports(decoded.result)).toEqual([{ q: 1, reason: 'wrongAnswer', comment: 'It is true' }]);
		expect(isResultOutdated(made, reports.reports)).toBe(false);

		await reports.withdraw({ itemId: 'rp-2', assignmentKey: key });
		expect(isResultOutdated(made, reports.reports)).toBe(true);
		const remade = await makeResult(stores, made, 'Ерлан', NOW);
		const again = decodeResult(remade.result!.code, { assignment: key });
		expect(again.ok && again.result.v).toBe(1);
		expect(isResultOutdated(remade, reports.reports)).toBe(false);
	});
});
