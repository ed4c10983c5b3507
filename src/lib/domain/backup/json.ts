/**
 * JSON that keeps what IndexedDB keeps and plain JSON loses: `undefined` inside arrays (a matching
 * answer with a blank) and non-finite numbers (in a row set aside). Each is written as a one-key
 * marker object that no stored row has.
 */
const MARKER = '$qaitala';
type Special = 'undefined' | 'NaN' | 'Infinity' | '-Infinity';

const DECODED: Record<Special, unknown> = {
	undefined: undefined,
	NaN: NaN,
	Infinity: Infinity,
	'-Infinity': -Infinity
};

function marker(value: unknown, inArray: boolean): { [MARKER]: Special } | undefined {
	if (value === undefined) return inArray ? { [MARKER]: 'undefined' } : undefined;
	if (typeof value === 'number' && !Number.isFinite(value)) return { [MARKER]: String(value) as Special };
	return undefined;
}

export function stringifyRows(value: unknown): string {
	return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
		return marker(v, Array.isArray(this)) ?? v;
	});
}

function isMarker(value: unknown): value is { [MARKER]: Special } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return keys.length === 1 && keys[0] === MARKER && Object.hasOwn(DECODED, (value as Record<string, string>)[MARKER]!);
}

/** Parses what stringifyRows wrote (throws on bad JSON, as JSON.parse does). A decoded `undefined` leaves a hole in its array. */
export function parseRows(text: string): unknown {
	// A reviver makes parsing several times slower: most files have no marker and need none.
	if (!text.includes(`"${MARKER}"`)) return JSON.parse(text);
	return JSON.parse(text, (_key, v: unknown) => (isMarker(v) ? DECODED[v[MARKER]] : v));
}
