// The class results' legend reads the questions' text: the latest read wins, a failed one says so.
import { describe, expect, it } from 'vitest';
import type { LocalizedItem } from '$lib/domain/bank/localize';
import type { ReferenceAssignment } from '$lib/domain/share/assignment';
import { QuestionTexts } from '$lib/state/question-texts.svelte';

const source = { doc: 'd.txt', lines: [1, 1] as [number, number] };
const item = (id: string, statement: string): LocalizedItem => ({
	id,
	type: 'true-false',
	statement,
	answer: true,
	explanation: 'W',
	source
});
const assignment = (topicIds: string[]): ReferenceAssignment => ({
	v: 1,
	title: 'A',
	mode: 'test',
	languages: ['en', 'ru'],
	topicIds,
	itemIds: ['q-1']
});

/** Answers each bank once `release` is called for its url; unknown urls are a 404. */
function slowFetch() {
	const waiting = new Map<string, () => void>();
	const fetchFn = ((url: string) =>
		new Promise<Response>((resolve) => {
			const [, language, topic] = /^\/banks\/(\w+)\/([\w-]+)\.json$/.exec(url) ?? [];
			waiting.set(url, () =>
				resolve(
					topic === 'missing'
						? new Response('', { status: 404 })
						: new Response(JSON.stringify({ topicId: topic, language, items: [item('q-1', `${topic} ${language}`)] }))
				)
			);
		})) as typeof fetch;
	const release = async (url: string) => {
		await new Promise((r) => setTimeout(r));
		waiting.get(url)?.();
	};
	return { fetchFn, release };
}

describe('QuestionTexts', () => {
	it('shows the latest read only, even when an earlier one answers last', async () => {
		const { fetchFn, release } = slowFetch();
		const texts = new QuestionTexts(fetchFn);
		const first = texts.load(assignment(['t']), 'en');
		const second = texts.load(assignment(['t']), 'ru');
		await release('/banks/ru/t.json');
		await second;
		await release('/banks/en/t.json');
		await first;
		expect(texts.items.get('q-1')?.type === 'true-false' && texts.items.get('q-1')).toMatchObject({
			statement: 't ru'
		});
		expect(texts.failed).toBe(false);
	});

	it('says a bank could not be read, and reads again cleanly', async () => {
		const { fetchFn, release } = slowFetch();
		const texts = new QuestionTexts(fetchFn);
		const failing = texts.load(assignment(['missing']), 'en');
		await release('/banks/en/missing.json');
		await failing;
		expect(texts.failed).toBe(true);
		const again = texts.load(assignment(['t']), 'en');
		expect(texts.failed).toBe(false);
		await release('/banks/en/t.json');
		await again;
		expect(texts.items.size).toBe(1);
	});

	it('reads nothing for an assignment only known by its key', async () => {
		const texts = new QuestionTexts(slowFetch().fetchFn);
		await texts.load(undefined, 'en');
		expect(texts.items.size).toBe(0);
		expect(texts.failed).toBe(false);
	});
});
