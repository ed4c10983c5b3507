/** Saves text as a file the browser downloads (a Blob behind a temporary link: no server needed). */
export function saveTextFile(fileName: string, text: string, type = 'text/plain'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// The download has started by now; the URL is only released after the click is handled.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A name safe for a file on any system, from a title in any script (Kazakh letters are kept). */
export function fileNameFrom(title: string, fallback: string): string {
	const cleaned = title
		.normalize('NFC')
		.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 60);
	return cleaned || fallback;
}
