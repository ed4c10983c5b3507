import { describe, expect, it } from 'vitest';
import type { Settings } from '$lib/domain/settings';
import type { FitOutcome, LoggedReview } from '$lib/domain/study/fsrs-fit';
import { DEFAULT_FSRS_WEIGHTS } from '$lib/domain/study/scheduler';
import { DAY_MS } from '$lib/domain/study/time';
import { FitWorkerError, FsrsFitState, type RunFit, type WeightsSetting } from '$lib/state/fsrs-fit.svelte';

const T = Date.UTC(2026, 2, 2, 9, 0, 0);
const fitted = DEFAULT_FSRS_WEIGHTS.map((w, i) => (i < 4 ? 50 : w));
const score = (logLoss: number, rmseBins: number) => ({ logLoss, rmseBins, count: 80 });
const better: FitOutcome = {
	ok: true,
	weights: fitted,
	defaults: score(0.4, 0.1),
	fitted: score(0.3, 0.05),
	isBetter: true,
	trainedOn: 320
};
const worse: FitOutcome = { ...better, fitted: score(0.5, 0.2), isBetter: false };

/** `count` reviews of 40 cards, each card reviewed on a later day every time, all remembered. */
function logOf(count: number): LoggedReview[] {
	return Array.from({ length: count }, (_, i) => ({
		itemId: `c${i % 40}`,
		grade: 'good',
		reviewedAt: T + Math.floor(i / 40) * 3 * DAY_MS + (i % 40),
		stateBefore: i < 40 ? 'new' : 'review'
	}));
}

/** The settings as the app keeps them: reactive, saved through `update`. */
class FakeSettings implements WeightsSetting {
	current = $state<Pick<Settings, 'fsrsWeights'>>({});
	saveFailed = $state(false);
	updates: Partial<Settings>[] = [];
	async update(patch: Partial<Settings>): Promise<void> {
		this.updates.push(patch);
		this.current = { ...this.current, ...patch };
	}
}

async function fresh(count: number, runFit: RunFit = async () => better) {
	const settings = new FakeSettings();
	const state = new FsrsFitState({ loadReviewLog: async () => logOf(count) }, settings, runFit);
	await state.load();
	return { state, settings };
}

describe('FsrsFitState', () => {
	it('offers a fit from 400 reviews on', async () => {
		expect((await fresh(399)).state).toMatchObject({ isLoaded: true, reviewCount: 399, canFit: false });
		expect((await fresh(400)).state).toMatchObject({ reviewCount: 400, canFit: true });
	});

	it('keeps fitted weights that beat the defaults, and goes back to the defaults on request', async () => {
		let sent: LoggedReview[] = [];
		const { state, settings } = await fresh(400, async (reviews) => ((sent = reviews), better));
		expect(state.usesFittedWeights).toBe(false);
		await state.fit();
		expect(sent).toHaveLength(400);
		expect(settings.updates).toEqual([{ fsrsWeights: fitted }]);
		expect(state).toMatchObject({ usesFittedWeights: true, isFitting: false, outcome: better });

		await state.useDefaults();
		expect(settings.updates.at(-1)).toEqual({ fsrsWeights: undefined });
		expect(state).toMatchObject({ usesFittedWeights: false, outcome: undefined });
	});

	it('shows but does not keep fitted weights that are not better', async () => {
		const { state, settings } = await fresh(400, async () => worse);
		await state.fit();
		expect(settings.updates).toEqual([]);
		expect(state).toMatchObject({ usesFittedWeights: false, outcome: worse });
	});

	it('reports a worker that could not run, and lets other errors through', async () => {
		const { state } = await fresh(400, async () => {
			throw new FitWorkerError('no shared memory');
		});
		await state.fit();
		expect(state).toMatchObject({ hasWorkerFailed: true, isFitting: false, outcome: undefined });
		const broken = (await fresh(400, async () => Promise.reject(new Error('bug')))).state;
		await expect(broken.fit()).rejects.toThrow('bug');
	});

	it('shows the calibration of the weights in use', async () => {
		const { state, settings } = await fresh(400);
		const countIn = (from: number) => state.calibration.find((b) => b.from === from)?.count ?? 0;
		const total = state.calibration.reduce((n, b) => n + b.count, 0);
		expect(total).toBe(360); // every review after a card's first
		expect(countIn(0.95)).toBeLessThan(total);
		settings.current = { fsrsWeights: fitted }; // long first stabilities: nearly certain recall
		expect(countIn(0.95)).toBe(total);
	});

	it('exports the log as optimizer CSV', async () => {
		const lines = (await fresh(400)).state.logCsv().trim().split('\n');
		expect(lines[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
		expect(lines).toHaveLength(401);
	});
});
