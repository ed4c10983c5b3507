import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';
import { fetchBankIndex } from '$lib/banks/fetch-banks';

export const load: PageLoad = async ({ params, fetch }) => {
	const index = await fetchBankIndex(fetch);
	const isAllDue = params.topic === 'due';
	const topic = index.topics.find((t) => t.id === params.topic);
	if (!isAllDue && !topic) error(404, 'Unknown topic');
	return { index, topic, isAllDue };
};
