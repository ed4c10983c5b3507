/** Items the learner set aside: suspended until taken back, or buried until a given time. */

export interface ItemFlags {
	itemId: string;
	isSuspended: boolean;
	/** Epoch ms until which the item stays out of sessions (the start of tomorrow, when buried). */
	buriedUntil?: number;
}

/** Ids of the items that sessions and counts leave out at `now`. */
export function hiddenItemIds(flags: Iterable<ItemFlags>, now: number): Set<string> {
	const hidden = new Set<string>();
	for (const f of flags)
		if (f.isSuspended || (f.buriedUntil !== undefined && f.buriedUntil > now)) hidden.add(f.itemId);
	return hidden;
}

/** Whether two reads of the flags hold the same flags, in the same order. */
export function isSameFlags(a: readonly ItemFlags[], b: readonly ItemFlags[]): boolean {
	return (
		a.length === b.length &&
		a.every((f, i) => {
			const g = b[i];
			return (
				g !== undefined && f.itemId === g.itemId && f.isSuspended === g.isSuspended && f.buriedUntil === g.buriedUntil
			);
		})
	);
}
