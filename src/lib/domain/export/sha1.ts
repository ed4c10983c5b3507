/**
 * SHA-1 (FIPS 180-4), synchronous, for the checksum Anki keeps of each note's first field. Web
 * Crypto would do it too, but only asynchronously and only on https pages; this is no security use.
 */

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** The SHA-1 digest of `bytes`, as 40 hex digits. */
export function sha1Hex(bytes: Uint8Array): string {
	const bitLength = bytes.length * 8;
	// The message, a 1 bit, zeros, and its length in bits as a 64-bit big-endian number.
	const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
	padded.set(bytes);
	padded[bytes.length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
	view.setUint32(padded.length - 4, bitLength >>> 0);

	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Int32Array(80);
	for (let block = 0; block < padded.length; block += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getInt32(block + i * 4);
		for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
		let [a, b, c, d, e] = h as [number, number, number, number, number];
		for (let i = 0; i < 80; i++) {
			const [f, k] =
				i < 20
					? [(b & c) | (~b & d), 0x5a827999]
					: i < 40
						? [b ^ c ^ d, 0x6ed9eba1]
						: i < 60
							? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
							: [b ^ c ^ d, 0xca62c1d6];
			const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
			[e, d, c, b, a] = [d, c, rotl(b, 30), a, t];
		}
		h[0] = (h[0]! + a) | 0;
		h[1] = (h[1]! + b) | 0;
		h[2] = (h[2]! + c) | 0;
		h[3] = (h[3]! + d) | 0;
		h[4] = (h[4]! + e) | 0;
	}
	return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
