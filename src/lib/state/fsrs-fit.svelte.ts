/**
 * The Progress page's FSRS panel: whether a fit is on offer, the fit itself (in a worker, loaded only
 * when the student asks), keeping or dropping its weights, the chosen weights' calibration and the
 * review log as optimizer CSV.
 */
import type { Settings } from '../domain/settings';
import { startOfLocalDay } from '../domain/settings';
import {
	calibration,
	MIN_REVIEWS_TO_FIT,
	predictRecall,
	toCardHistories,
	type CalibrationBin,
	type FitOutcome,
	type LoggedReview
} from '../domain/study/fsrs-fit';
import { DEFAULT_FSRS_WEIGHTS } from '../domain/study/scheduler';
import { toReviewLogCsv } from '../domain/export/review-log-csv';
import { getReviewLogRepository } from '../storage/review-log';
import type { FitRequest, FitResponse } from '../workers/fsrs-fit.worker';
import { settings as appSettings } from './settings.svelte';

export interface ReviewLogSource {
	loadReviewLog(): Promise<LoggedReview[]>;
}

/** Where the chosen weights live (the app's SettingsState). */
export interface WeightsSetting {
	readonly current: Pick<Settings, 'fsrsWeights'>;
	readonly saveFailed: boolean;
	update(patch: Partial<Settings>): Promise<void>;
}

export type RunFit = (reviews: LoggedReview[]) => Promise<FitOutcome>;

/** The fit worker failed to start or crashed (a browser without shared WebAssembly memory, say). */
export class FitWorkerError extends Error {
	override name = 'FitWorkerError';
}

/** Runs the fit in a module worker; Vite bundles the worker (and the WebAssembly) as chunks of their own. */
export function runFitInWorker(reviews: LoggedReview[]): Promise<FitOutcome> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/fsrs-fit.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<FitResponse>) => {
			worker.terminate();
			if ('outcome' in data) resolve(data.outcome);
			else reject(new FitWorkerError(data.error));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new FitWorkerError(event.message));
		};
		worker.postMessage({ reviews } satisfies FitRequest);
	});
}

export class FsrsFitState {
	#log = $state.raw<LoggedReview[]>();
	isFitting = $state(false);
	/** The last fit's outcome, until the student goes back to the defaults. */
	outcome = $state.raw<FitOutcome>();
	/** The worker could not run: the browser lacks what the optimizer needs. */
	hasWorkerFailed = $state(false);
	readonly #source: ReviewLogSource;
	readonly #settings: WeightsSetting;
	readonly #runFit: RunFit;

	constructor(source: ReviewLogSource, settings: WeightsSetting, runFit: RunFit = runFitInWorker) {
		this.#source = source;
		this.#settings = settings;
		this.#runFit = runFit;
	}

	get isLoaded(): boolean {
		return this.#log !== undefined;
	}

	get reviewCount(): number {
		return this.#log?.length ?? 0;
	}

	get canFit(): boolean {
		return this.reviewCount >= MIN_REVIEWS_TO_FIT;
	}

	get usesFittedWeights(): boolean {
		return this.#settings.current.fsrsWeights !== undefined;
	}

	/** Predicted against actual recall with the weights in use, over the whole log. */
	readonly calibration: CalibrationBin[] = $derived.by(() => {
		const log = this.#log;
		if (!log) return [];
		const weights = this.#settings.current.fsrsWeights ?? DEFAULT_FSRS_WEIGHTS;
		return calibration(predictRecall(toCardHistories(log, startOfLocalDay), weights));
	});

	async load(): Promise<void> {
		this.#log = await this.#source.loadReviewLog();
	}

	/** Fits on the log; keeps the fitted weights only when they beat the defaults on the held-out reviews. */
	async fit(): Promise<void> {
		const log = this.#log;
		if (!log || this.isFitting) return;
		this.isFitting = true;
		this.hasWorkerFailed = false;
		try {
			const outcome = await this.#runFit(log);
			if (outcome.ok && outcome.isBetter) await this.#settings.update({ fsrsWeights: outcome.weights });
			this.outcome = outcome;
		} catch (error) {
			if (!(error instanceof FitWorkerError)) throw error;
			this.hasWorkerFailed = true;
		} finally {
			this.isFitting = false;
		}
	}

	async useDefaults(): Promise<void> {
		await this.#settings.update({ fsrsWeights: undefined });
		this.outcome = undefined;
	}

	/** The review log as FSRS optimizer CSV. */
	logCsv(): string {
		return toReviewLogCsv(this.#log ?? []);
	}
}

/** The panel's state for the app: the stored review log (opened on first use, never while prerendering) and the app's settings. */
export function createFsrsFitState(): FsrsFitState {
	return new FsrsFitState({ loadReviewLog: () => getReviewLogRepository().loadReviewLog() }, appSettings);
}
