/** Hands a file the page made to the browser's downloads, through an object URL. */
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
