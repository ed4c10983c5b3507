/**
 * The text of a document the instructor opens: plain text or Markdown, a Word .docx (mammoth's
 * browser build, in a worker) or a PDF's text layer (PDF.js, its worker bundled with the app so it works offline
 * and under the page's Content-Security-Policy). The parsers load only when such a file is opened.
 */
import { decodeFileBytes } from '../domain/import/decode';
import { markdownToText } from '../domain/import/plain-text';
import { IMPORT_LIMITS } from '../domain/import/custom-bank';
import type { DocxTextResponse } from '../workers/docx-text.worker';

export type DocumentKind = 'text' | 'markdown' | 'docx' | 'pdf';
/** Why a file gives no text: not a kind we read, too big, unreadable, or nothing in it. */
export type DocumentFileError = 'type' | 'tooLarge' | 'damaged' | 'empty';
export type DocumentFileResult =
	{ ok: true; text: string; kind: DocumentKind } | { ok: false; error: DocumentFileError };

/** Bytes of a document, checked before it is read: a long article as a PDF stays well under it. */
export const DOCUMENT_MAX_BYTES = 20_000_000;

const EXTENSIONS: Record<string, DocumentKind> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	docx: 'docx',
	pdf: 'pdf'
};
/** What the file picker offers. */
export const DOCUMENT_ACCEPT =
	'.txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The kind of a file, by its name and its first bytes; undefined when we do not read it. */
export function documentKind(name: string, bytes: Uint8Array): DocumentKind | undefined {
	if (startsWith(bytes, '%PDF-')) return 'pdf';
	const dot = name.lastIndexOf('.');
	const kind = EXTENSIONS[dot > 0 ? name.slice(dot + 1).toLowerCase() : ''];
	// A zip that is not named .docx may be anything (a spreadsheet, an archive).
	if (startsWith(bytes, 'PK\u0003\u0004')) return kind === 'docx' ? 'docx' : undefined;
	if (kind === 'text' || kind === 'markdown') return kind;
	return kind; // a .docx or .pdf that does not start as one is damaged, found when it is read
}

/** Markdown marks dropped line by line, so the line numbers stay those of the file. */
function markdownLines(text: string): string {
	return text
		.split('\n')
		.map((line) => markdownToText(line))
		.join('\n');
}

/** Reads a .docx in a module worker (mammoth's browser build); rejects when it is not a Word document. */
function readDocx(buffer: ArrayBuffer): Promise<string> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/docx-text.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<DocxTextResponse>) => {
			worker.terminate();
			if ('text' in data) resolve(data.text);
			else reject(new Error(data.error));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(new Error('The document reader could not start.'));
		};
		worker.postMessage(buffer);
	});
}

async function readPdf(buffer: ArrayBuffer): Promise<string> {
	const [pdfjs, worker] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?worker&url')
	]);
	pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
	// No eval (the CSP forbids it) and no fonts: only the text layer is wanted.
	const task = pdfjs.getDocument({
		data: new Uint8Array(buffer),
		isEvalSupported: false,
		disableFontFace: true,
		stopAtErrors: true
	});
	try {
		const pdf = await task.promise;
		const pages: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const content = await (await pdf.getPage(n)).getTextContent();
			let page = '';
			for (const item of content.items) {
				if (!('str' in item)) continue;
				page += item.str + (item.hasEOL ? '\n' : '');
			}
			pages.push(page.trimEnd());
		}
		return pages.join('\n\n');
	} finally {
		void task.destroy();
	}
}

/** Reads a chosen document; a file we cannot read gives an error and no text. */
export async function readDocumentFile(file: File): Promise<DocumentFileResult> {
	if (file.size > DOCUMENT_MAX_BYTES) return { ok: false, error: 'tooLarge' };
	let buffer: ArrayBuffer;
	try {
		buffer = await file.arrayBuffer();
	} catch {
		return { ok: false, error: 'damaged' };
	}
	const bytes = new Uint8Array(buffer);
	const kind = documentKind(file.name, bytes.subarray(0, 8));
	if (!kind) return { ok: false, error: 'type' };
	let text: string;
	try {
		if (kind === 'docx') text = await readDocx(buffer);
		else if (kind === 'pdf') text = await readPdf(buffer);
		else {
			// A text file has no NUL bytes; a binary file renamed .txt does.
			if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
				return { ok: false, error: 'type' };
			const decoded = decodeFileBytes(bytes);
			text = kind === 'markdown' ? markdownLines(decoded) : decoded;
		}
	} catch {
		return { ok: false, error: 'damaged' };
	}
	if (text.length > IMPORT_LIMITS.textChars) return { ok: false, error: 'tooLarge' };
	if (!text.trim()) return { ok: false, error: 'empty' };
	return { ok: true, text, kind };
}
