/**
 * `npm run share:sizes`: how long an assignment link gets and how big its QR code, for 10, 20, 50
 * and 100 real questions (the first items of the banks in topic order, as whole topics give them),
 * with a typical title, a due date and a time limit; then the largest assignment the app allows.
 * The QR code is made as the app makes it (src/lib/domain/share/qr.ts).
 */
import { create } from 'qrcode';
import { largestAssignment, SAMPLE_ORIGIN, SAMPLE_TITLE, sampleAssignment } from '../src/lib/server/sample-assignment';
import { encodeAssignment, MAX_ASSIGNMENT_ITEMS, type Assignment } from '../src/lib/domain/share/assignment';
import { makeQrSymbol, type CreateQr } from '../src/lib/domain/share/qr';

function row(label: string, value: Assignment): string {
	const link = `${SAMPLE_ORIGIN}/kk/assignment/#${encodeAssignment(value)}`;
	const symbol = makeQrSymbol(link, create as CreateQr);
	const qr = symbol
		? `${String(symbol.version).padStart(7)}   ${`${symbol.modules.size}×${symbol.modules.size}`.padStart(7)}   ${symbol.level}`
		: '   too long for a QR code';
	return `${label.padEnd(34)}${String(link.length).padStart(6)}   ${qr}`;
}

console.log(
	`Assignment links (${SAMPLE_ORIGIN}/kk/assignment/#…), title "${SAMPLE_TITLE}", due date, 20-minute test, kk + ru`
);
console.log(`${'assignment'.padEnd(34)}  link   version   modules   error correction`);
for (const count of [10, 20, 50, 100]) console.log(row(`${count} questions`, sampleAssignment(count)));
console.log(row(`${MAX_ASSIGNMENT_ITEMS} + longest title, instructions`, largestAssignment()));
