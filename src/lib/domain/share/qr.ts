/**
 * The pure half of the assignment QR code: which error-correction level to use, how big
 * to draw a module, and the picture as RGBA pixels. The `qrcode` library is passed in, so the
 * component can load it lazily and tests can use it directly.
 */

/** Light modules around the symbol that scanners need to find it (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE_MODULES = 4;

/**
 * The biggest symbol (version 20: 97 × 97 modules) still drawn with level M. Shown 320 CSS px wide
 * on a phone, with its quiet zone, that is 3 px a module, which a second phone's camera reads at
 * arm's length. Past it, level L saves 2 to 4 versions, and on a screen or a projector there is
 * no dirt or torn paper for the extra correction to repair.
 */
export const MAX_COMFORTABLE_VERSION_M = 20;

export type QrLevel = 'M' | 'L';

/** Modules row by row, `size` × `size`; a truthy entry is dark. qrcode's BitMatrix is one. */
export interface QrMatrix {
	size: number;
	data: ArrayLike<number>;
}

export interface QrSymbol {
	level: QrLevel;
	/** 1 to 40; the symbol has 17 + 4 × version modules a side. */
	version: number;
	modules: QrMatrix;
}

/** qrcode's `create`, or anything that throws when the text does not fit at `errorCorrectionLevel`. */
export type CreateQr = (
	text: string,
	options: { errorCorrectionLevel: QrLevel }
) => { version: number; modules: QrMatrix };

function tryCreate(create: CreateQr, text: string, level: QrLevel): QrSymbol | undefined {
	try {
		const { version, modules } = create(text, { errorCorrectionLevel: level });
		return { level, version, modules };
	} catch {
		return undefined; // qrcode throws "The amount of data is too big to be stored in a QR Code"
	}
}

/**
 * The symbol for `text`: level M while its version is at most MAX_COMFORTABLE_VERSION_M, else
 * level L; undefined when the text is too long for any QR code (2953 bytes at level L).
 */
export function makeQrSymbol(text: string, create: CreateQr): QrSymbol | undefined {
	if (text.length === 0) throw new RangeError('makeQrSymbol: empty text');
	const medium = tryCreate(create, text, 'M');
	if (medium && medium.version <= MAX_COMFORTABLE_VERSION_M) return medium;
	return tryCreate(create, text, 'L');
}

/** Modules a side including the quiet zone on both sides. */
export function sideModules(symbol: { modules: QrMatrix }): number {
	return symbol.modules.size + 2 * QUIET_ZONE_MODULES;
}

export interface QrLayout {
	/** Device pixels per module: a whole number, so every module has the same crisp edges. */
	pixelsPerModule: number;
	/** The picture's side in device pixels (the canvas's width and height). */
	sidePx: number;
	/** The same side in CSS pixels (the canvas's style width and height). */
	sideCssPx: number;
}

/**
 * The largest whole number of device pixels per module that fits `modules` (quiet zone included)
 * in a square of `boxCssPx` CSS pixels on a screen of `devicePixelRatio`; at least 1.
 * @example qrLayout(101, 320, 2) // { pixelsPerModule: 6, sidePx: 606, sideCssPx: 303 }
 */
export function qrLayout(modules: number, boxCssPx: number, devicePixelRatio: number): QrLayout {
	const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
	const pixelsPerModule = Math.max(1, Math.floor((Math.max(0, boxCssPx) * ratio) / modules));
	const sidePx = pixelsPerModule * modules;
	return { pixelsPerModule, sidePx, sideCssPx: sidePx / ratio };
}

export interface RgbaImage {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel, row by row: what `new ImageData(data, width, height)` takes. */
	data: Uint8ClampedArray<ArrayBuffer>;
}

/** Black modules on white, with the quiet zone, `pixelsPerModule` pixels a module (a whole number). */
export function rasterizeQr(matrix: QrMatrix, pixelsPerModule: number): RgbaImage {
	if (!Number.isInteger(pixelsPerModule) || pixelsPerModule < 1)
		throw new RangeError(`rasterizeQr: ${pixelsPerModule} pixels per module`);
	const side = (matrix.size + 2 * QUIET_ZONE_MODULES) * pixelsPerModule;
	const data = new Uint8ClampedArray(side * side * 4).fill(255); // white, opaque
	const offset = QUIET_ZONE_MODULES * pixelsPerModule;
	for (let row = 0; row < matrix.size; row++) {
		for (let col = 0; col < matrix.size; col++) {
			if (!matrix.data[row * matrix.size + col]) continue;
			for (let y = 0; y < pixelsPerModule; y++) {
				const start = ((offset + row * pixelsPerModule + y) * side + offset + col * pixelsPerModule) * 4;
				for (let x = 0; x < pixelsPerModule * 4; x += 4) data.fill(0, start + x, start + x + 3); // R, G, B; alpha stays 255
			}
		}
	}
	return { width: side, height: side, data };
}
