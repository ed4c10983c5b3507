// The QR code of a real assignment link reads back to the same link: made with qrcode's create(),
// drawn by our rasteriser, decoded by an independent reader (jsqr).
import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import jsQR from 'jsqr';
import { largestAssignment, SAMPLE_ORIGIN, sampleAssignment } from '$lib/server/sample-assignment';
import { encodeAssignment, type Assignment } from '$lib/domain/share/assignment';
import {
	makeQrSymbol,
	MAX_COMFORTABLE_VERSION_M,
	QUIET_ZONE_MODULES,
	qrLayout,
	rasterizeQr,
	sideModules,
	type CreateQr
} from '$lib/domain/share/qr';

const link = (assignment: Assignment) => `${SAMPLE_ORIGIN}/kk/assignment/#${encodeAssignment(assignment)}`;
const qr = create as CreateQr;

/** Draws the symbol at `pixelsPerModule` and reads it back with jsqr. */
function readBack(text: string, pixelsPerModule: number) {
	const symbol = makeQrSymbol(text, qr)!;
	const image = rasterizeQr(symbol.modules, pixelsPerModule);
	return { symbol, decoded: jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' }) };
}

describe('assignment QR codes', () => {
	it.each([10, 20, 50, 100])('a link of %i real questions reads back exactly', (count) => {
		const text = link(sampleAssignment(count));
		const { symbol, decoded } = readBack(text, 3);
		expect(decoded?.data).toBe(text);
		expect(decoded?.version).toBe(symbol.version);
		expect(symbol.modules.size).toBe(17 + 4 * symbol.version);
	});

	it('keeps a 20-question link to a phone-sized symbol', () => {
		const text = link(sampleAssignment(20));
		const symbol = makeQrSymbol(text, qr)!;
		console.info(
			`20 questions: ${text.length} characters, QR version ${symbol.version}, ${symbol.modules.size}×${symbol.modules.size} modules, level ${symbol.level}`
		);
		expect(symbol.version).toBeLessThanOrEqual(MAX_COMFORTABLE_VERSION_M);
		// At 3 CSS px a module it fits a 360 px phone with room to spare.
		expect(sideModules(symbol) * 3).toBeLessThanOrEqual(330);
	});

	it('uses M while the symbol stays small, L beyond, and grows with the assignment', () => {
		const texts = [10, 20, 50, 100].map((n) => link(sampleAssignment(n)));
		const symbols = texts.map((t) => makeQrSymbol(t, qr)!);
		const versionAtM = (text: string) => {
			try {
				return create(text, { errorCorrectionLevel: 'M' }).version;
			} catch {
				return Infinity;
			}
		};
		symbols.forEach((s, i) => {
			if (s.level === 'M') expect(s.version).toBeLessThanOrEqual(MAX_COMFORTABLE_VERSION_M);
			else expect(versionAtM(texts[i]!)).toBeGreaterThan(MAX_COMFORTABLE_VERSION_M);
		});
		const versions = symbols.map((s) => s.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(versionAtM(texts[3]!)).toBe(Infinity); // 100 questions do not fit at M at all
	});

	it('picks M for a short link', () => {
		expect(makeQrSymbol('https://qaitala.github.io/kk/', qr)).toMatchObject({ level: 'M', version: 3 });
	});

	it('says no when the largest allowed assignment is too long for any QR code', () => {
		expect(makeQrSymbol(link(largestAssignment()), qr)).toBeUndefined();
	});
});

describe('qrLayout', () => {
	it.each([
		// modules, box (CSS px), device pixel ratio → device px a module, side (device px), side (CSS px)
		[101, 320, 1, 3, 303, 303],
		[101, 320, 2, 6, 606, 303],
		[101, 320, 2.625, 8, 808, 808 / 2.625],
		[29, 1080, 1, 37, 1073, 1073],
		[169, 100, 1, 1, 169, 169] // never below one pixel a module, even if it overflows
	])('%i modules in %i px at ×%f', (modules, box, ratio, ppm, side, css) => {
		expect(qrLayout(modules, box, ratio)).toEqual({ pixelsPerModule: ppm, sidePx: side, sideCssPx: css });
	});
});

describe('rasterizeQr', () => {
	it('draws black modules on white with the quiet zone, whole pixels a module', () => {
		const image = rasterizeQr({ size: 2, data: [1, 0, 0, 1] }, 2);
		const side = (2 + 2 * QUIET_ZONE_MODULES) * 2;
		expect([image.width, image.height, image.data.length]).toEqual([side, side, side * side * 4]);
		const pixel = (x: number, y: number) => [...image.data.slice((y * side + x) * 4, (y * side + x) * 4 + 4)];
		const q = QUIET_ZONE_MODULES * 2;
		expect(pixel(0, 0)).toEqual([255, 255, 255, 255]);
		expect(pixel(q, q)).toEqual([0, 0, 0, 255]);
		expect(pixel(q + 1, q + 1)).toEqual([0, 0, 0, 255]);
		expect(pixel(q + 2, q)).toEqual([255, 255, 255, 255]);
		expect(pixel(q + 1, q + 2)).toEqual([255, 255, 255, 255]);
		expect(pixel(q + 3, q + 3)).toEqual([0, 0, 0, 255]);
		expect(pixel(side - 1, side - 1)).toEqual([255, 255, 255, 255]);
		expect(image.data.filter((v, i) => i % 4 !== 3 && v === 0).length / 3).toBe(2 * 4); // 2 modules of 2×2
	});

	it('refuses a fractional module size (it would blur the edges)', () => {
		expect(() => rasterizeQr({ size: 1, data: [1] }, 1.5)).toThrow(RangeError);
	});
});
