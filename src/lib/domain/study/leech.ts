/** Leeches: cards forgotten again and again, which more reviews alone will not fix (Anki's term and threshold). */
import type { Card } from './card';

/** Lapses (a review card answered wrong) that make a card a leech. */
export const LEECH_LAPSES = 8;

export function isLeech(card: Pick<Card, 'lapses'> | undefined): boolean {
	return (card?.lapses ?? 0) >= LEECH_LAPSES;
}
