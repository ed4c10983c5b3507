/**
 * CRC-32 as gzip writes it in its trailer (RFC 1952). fflate does not check it when it inflates,
 * so the reader does: a flipped bit in a backup must be refused, not restored.
 */
const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** Continues a CRC-32 over `bytes`; start with `crc = 0`. Returns an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array, crc = 0): number {
	let c = ~crc >>> 0;
	for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
	return ~c >>> 0;
}
