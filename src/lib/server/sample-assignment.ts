/**
 * A typical assignment of real questions, for measuring links and QR codes (`npm run share:sizes`)
 * and testing them: the first `count` items of the banks in topic order, as an instructor picking
 * whole topics gets them, with a Kazakh title, a due date and a 20-minute limit.
 */
import { MAX_ASSIGNMENT_ITEMS, type ReferenceAssignment } from '../domain/share/assignment';
import { getCompiledBanks } from './load-banks';

/** A host of typical length: the real one is wherever the static build is served. */
export const SAMPLE_ORIGIN = 'https://qaitala.github.io';
export const SAMPLE_TITLE = 'ЕО стратегиялары: 2007 және 2019 жылдар';

export function sampleAssignment(count: number, extra: Partial<ReferenceAssignment> = {}): ReferenceAssignment {
	const picked = getCompiledBanks()
		.index.topics.flatMap((t) => t.itemIds.map((id) => ({ topicId: t.id, id })))
		.slice(0, count);
	return {
		v: 1,
		title: SAMPLE_TITLE,
		dueAt: Date.UTC(2026, 10, 27, 18, 59),
		mode: 'test',
		timeLimitMin: 20,
		languages: ['kk', 'ru'],
		topicIds: [...new Set(picked.map((p) => p.topicId))],
		itemIds: picked.map((p) => p.id),
		...extra
	};
}

/**
 * The largest assignment the app allows: 100 items, a 120-character title and 1,000 characters of
 * instructions, in real Kazakh prose (the banks' explanations), which compresses about as badly as
 * an instructor's own.
 */
export function largestAssignment(): ReferenceAssignment {
	const prose = getCompiledBanks()
		.items.map((a) => a.item.explanation.kk)
		.join(' ');
	return sampleAssignment(MAX_ASSIGNMENT_ITEMS, {
		title: prose.slice(0, 120).trim(),
		instructions: prose.slice(120, 1120).trim()
	});
}
