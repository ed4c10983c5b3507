/**
 * The text of a chosen file. UTF-8 first (with or without BOM), UTF-16 when it says so; a file that
 * is not valid UTF-8 is read as Windows-1251, which Excel still writes for Russian CSV.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1251').decode(bytes);
	}
}
