/**
 * `npm run share:sizes`: how long an assignment link gets and how big its QR code, for 10, 20, 50
 * and 100 real questions (the first items of the banks in topic order, as whole topics give them),
 * with a typical title, a due date and a time limit; then the largest assignment the app allows.
 * The QR code is made as the app makes it (src/lib/domain/share/qr.ts).
 */
import { create } from 'qrcode';
import { getCompiledBanks } from '../src/lib/server/load-banks';
import { encodeAssignment, MAX_ASSIGNMENT_ITEMS, type Assignment } from '../src/lib/domain/share/assignment';
import { makeQrSymbol, type CreateQr } from '../src/lib/domain/share/qr';

/** A host of typical length: the real one is wherever the static build is served. */
const ORIGIN = 'https://qaitala.github.io';
const TITLE = 'ЕО стратегиялары: 2007 және 2019 жылдар';

const banks = getCompiledBanks();
const all = banks.index.topics.flatMap((t) => t.itemIds.map((id) => ({ topicId: t.id, id })));

function assignment(count: number, extra: Partial<Assignment> = {}): Assignment {
	const picked = all.slice(0, count);
	return {
		v: 1,
		title: TITLE,
		dueAt: Date.UTC(2026, 10, 27, 18, 59),
		mode: 'test',
		timeLimitMin: 20,
		languages: ['kk', 'ru'],
		topicIds: [...new Set(picked.map((p) => p.topicId))],
		itemIds: picked.map((p) => p.id),
		...extra
	};
}

function row(label: string, value: Assignment): string {
	const link = `${ORIGIN}/kk/assignment/#${encodeAssignment(value)}`;
	const symbol = makeQrSymbol(link, create as CreateQr);
	const qr = symbol
		? `${String(symbol.version).padStart(7)}   ${`${symbol.modules.size}×${symbol.modules.size}`.padStart(7)}   ${symbol.level}`
		: '   too long for a QR code';
	return `${label.padEnd(34)}${String(link.length).padStart(6)}   ${qr}`;
}

console.log(`Assignment links (${ORIGIN}/kk/assignment/#…), title "${TITLE}", due date, 20-minute test, kk + ru`);
console.log(`${'assignment'.padEnd(34)}  link   version   modules   error correction`);
for (const count of [10, 20, 50, 100]) console.log(row(`${count} questions`, assignment(count)));
// The largest the app allows: 100 items, a 120-character title and 1000 characters of instructions
// (real Kazakh prose from the banks, which compresses about as badly as an instructor's own).
const prose = banks.items.map((a) => a.item.explanation.kk).join(' ');
console.log(
	row(
		`${MAX_ASSIGNMENT_ITEMS} + longest title, instructions`,
		assignment(MAX_ASSIGNMENT_ITEMS, { title: prose.slice(0, 120).trim(), instructions: prose.slice(120, 1120).trim() })
	)
);
