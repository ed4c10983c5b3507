// Opening an instructor's document: its kind by name and first bytes, and the text of plain and
// Markdown files with each refusal (a .docx and a PDF are read in a browser, by the e2e tests).
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '$lib/domain/import/custom-bank';
import { DOCUMENT_MAX_BYTES, documentKind, readDocumentFile } from '$lib/state/document-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

describe('documentKind', () => {
	it('knows a PDF by its first bytes, whatever its name', () => {
		expect(documentKind('scan.txt', bytes('%PDF-1.7'))).toBe('pdf');
		expect(documentKind('noname', bytes('%PDF-1.4'))).toBe('pdf');
	});

	it('takes a zip for a Word document only when named .docx', () => {
		expect(documentKind('Lecture.DOCX', ZIP)).toBe('docx');
		expect(documentKind('sheet.xlsx', ZIP)).toBeUndefined();
		expect(documentKind('notes.txt', ZIP)).toBeUndefined();
	});

	it('reads plain text and Markdown by name, and nothing else', () => {
		expect(documentKind('a.txt', bytes('hello'))).toBe('text');
		expect(documentKind('a.Markdown', bytes('# hi'))).toBe('markdown');
		expect(documentKind('a.exe', bytes('MZ'))).toBeUndefined();
		expect(documentKind('.txt', bytes('hidden'))).toBeUndefined();
		expect(documentKind('README', bytes('hello'))).toBeUndefined();
	});
});

describe('readDocumentFile', () => {
	it('gives a text file’s text', async () => {
		expect(await readDocumentFile(new File(['Астана\nline two'], 'a.txt'))).toEqual({
			ok: true,
			text: 'Астана\nline two',
			kind: 'text'
		});
	});

	it('drops Markdown marks line by line, keeping the lines where they are', async () => {
		const result = await readDocumentFile(new File(['# Title\n\n- **bold** item\n[link](x)'], 'n.md'));
		expect(result).toEqual({ ok: true, text: 'Title\n\nbold item\nlink', kind: 'markdown' });
	});

	it('decodes a UTF-16 file with its byte order mark', async () => {
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hi'].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(await readDocumentFile(new File([utf16], 'u.txt'))).toMatchObject({ ok: true, text: 'Hi' });
	});

	it('refuses a binary file named .txt, an unknown kind, an empty one and a damaged .docx', async () => {
		const binary = new Uint8Array([0x41, 0, 0x42, 0, 0, 0x43]);
		expect(await readDocumentFile(new File([binary], 'x.txt'))).toEqual({ ok: false, error: 'type' });
		expect(await readDocumentFile(new File(['x'], 'x.odt'))).toEqual({ ok: false, error: 'type' });
		expect(await readDocumentFile(new File([' \n\t '], 'x.txt'))).toEqual({ ok: false, error: 'empty' });
	});

	it('refuses a file too big before reading it, and a text too long after', async () => {
		const huge = { size: DOCUMENT_MAX_BYTES + 1, name: 'big.txt' } as File; // never read
		expect(await readDocumentFile(huge)).toEqual({ ok: false, error: 'tooLarge' });
		const long = new File(['a'.repeat(IMPORT_LIMITS.textChars + 1)], 'long.txt');
		expect(await readDocumentFile(long)).toEqual({ ok: false, error: 'tooLarge' });
	});

	it('says a file that cannot be read is damaged', async () => {
		const unreadable = {
			size: 10,
			name: 'gone.txt',
			arrayBuffer: () => Promise.reject(new DOMException('The file was moved', 'NotReadableError'))
		} as unknown as File;
		expect(await readDocumentFile(unreadable)).toEqual({ ok: false, error: 'damaged' });
	});
});
