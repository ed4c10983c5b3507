/**
 * Fits FSRS to a review log off the main thread: fsrs-browser's WebAssembly trains for a second or
 * more, which would freeze the page. One fit per worker; the page ends the worker afterwards.
 */
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { fitWeights, optimizerOf, type FitOutcome, type LoggedReview } from '../domain/study/fsrs-fit';
import { startOfLocalDay } from '../domain/settings';

export interface FitRequest {
	reviews: LoggedReview[];
}

/** What the worker answers: the outcome, or that the optimizer could not start (no shared memory, say). */
export type FitResponse = { outcome: FitOutcome } | { error: string };

interface WorkerScope {
	onmessage: ((event: MessageEvent<FitRequest>) => void) | null;
	postMessage(message: FitResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
	try {
		await init({ module_or_path: wasmUrl });
		scope.postMessage({
			outcome: fitWeights(data.reviews, { dayStart: startOfLocalDay, optimize: optimizerOf(Fsrs) })
		});
	} catch (error) {
		scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
