import { describe, expect, it } from 'vitest';
import { hiddenItemIds } from '$lib/domain/study/flags';

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
