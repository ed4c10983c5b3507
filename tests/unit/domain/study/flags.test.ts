import { describe, expect, it } from 'vitest';
import { hiddenItemIds, isSameFlags } from '$lib/domain/study/flags';

describe('hiddenItemIds', () => {
	it('hides suspended items and items buried until later', () => {
		const flags = [
			{ itemId: 'suspended', isSuspended: true },
			{ itemId: 'buried', isSuspended: false, buriedUntil: 2000 },
			{ itemId: 'was-buried', isSuspended: false, buriedUntil: 500 },
			{ itemId: 'unsuspended', isSuspended: false }
		];
		expect([...hiddenItemIds(flags, 1000)]).toEqual(['suspended', 'buried']);
	});
});

describe('isSameFlags', () => {
	const flags = [{ itemId: 'a', isSuspended: false, buriedUntil: 5 }];

	it('holds equal flags the same, and tells any change', () => {
		expect(isSameFlags(flags, [{ itemId: 'a', isSuspended: false, buriedUntil: 5 }])).toBe(true);
		expect(isSameFlags(flags, [{ itemId: 'a', isSuspended: false, buriedUntil: 6 }])).toBe(false);
		expect(isSameFlags(flags, [{ itemId: 'a', isSuspended: true, buriedUntil: 5 }])).toBe(false);
		expect(isSameFlags(flags, [{ itemId: 'b', isSuspended: false, buriedUntil: 5 }])).toBe(false);
		expect(isSameFlags(flags, [])).toBe(false);
	});
});
