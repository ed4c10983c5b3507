/**
 * Compact, URL-safe text for a JSON value: deflate (fflate) then base64url. Decoding is for
 * untrusted input: it is size-bounded before and after inflating and never throws.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The longest payload a link or code may carry, in characters; and what it may inflate to, in bytes. */
export const MAX_ENCODED_LENGTH = 6000;
export const MAX_INFLATED_BYTES = 64 * 1024;

export type DecodeFailure = 'malformed' | 'too-large';

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
	} catch {
		return undefined;
	}
}

export function encodeJson(value: unknown): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/** How much a decoder accepts: characters of the code, bytes once inflated. */
export interface DecodeLimits {
	encodedChars: number;
	inflatedBytes: number;
}

const SHORT_CODE: DecodeLimits = { encodedChars: MAX_ENCODED_LENGTH, inflatedBytes: MAX_INFLATED_BYTES };

export function decodeJson(
	text: string,
	limits: DecodeLimits = SHORT_CODE
): { ok: true; value: unknown } | { ok: false; failure: DecodeFailure } {
	if (text.length > limits.encodedChars) return { ok: false, failure: 'too-large' };
	const bytes = fromBase64Url(text);
	if (!bytes || bytes.length === 0) return { ok: false, failure: 'malformed' };
	try {
		// The output buffer is the bound: a "zip bomb" fails here instead of filling memory.
		const inflated = inflateSync(bytes, { out: new Uint8Array(limits.inflatedBytes) });
		if (inflated.length >= limits.inflatedBytes) return { ok: false, failure: 'too-large' };
		return { ok: true, value: JSON.parse(strFromU8(inflated)) };
	} catch {
		return { ok: false, failure: 'malformed' };
	}
}
