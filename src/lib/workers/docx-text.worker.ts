/**
 * The text of a Word document, read with mammoth's browser build off the main thread. In a worker
 * of its own, mammoth (a CommonJS bundle) and its module helpers stay out of the app's shared chunks.
 */
import * as mammothModule from 'mammoth/mammoth.browser.min.js';

/** What the worker answers: the document's text, or that it could not be read. */
export type DocxTextResponse = { text: string } | { error: string };

interface WorkerScope {
	onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
	postMessage(message: DocxTextResponse): void;
}
const scope = self as unknown as WorkerScope;
const mammoth = (mammothModule as unknown as { default?: typeof mammothModule }).default ?? mammothModule;

scope.onmessage = async ({ data }) => {
	try {
		scope.postMessage({ text: (await mammoth.extractRawText({ arrayBuffer: data })).value });
	} catch (error) {
		scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
};
