/** Hands a file the page made to the browser's downloads, through an object URL (no server needed). */
export function saveFile(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text as a UTF-8 file. */
export function saveTextFile(fileName: string, text: string, type = 'text/plain'): void {
	saveFile(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A name safe for a file on any system, from a title in any script (Kazakh letters are kept). */
export function fileNameFrom(title: string, fallback: string): string {
	const cleaned = title
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 60);
	return cleaned || fallback;
}
