import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { isLanguage, LANGUAGES } from '$lib/domain/language';
import { getCompiledBanks } from '$lib/server/load-banks';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGUAGES.flatMap((lang) => getCompiledBanks().index.topics.map((t) => ({ lang, topic: t.id })));

export const GET: RequestHandler = ({ params }) => {
	const bank = isLanguage(params.lang) ? getCompiledBanks().topicBanks[params.lang][params.topic] : undefined;
	if (!bank) error(404, 'No such bank');
	return json(bank);
};
