import type { PageLoad } from './$types';
import { loadTopicPage } from '$lib/banks/load-topic-page';

export const load: PageLoad = ({ params, fetch }) => loadTopicPage(params.topic, fetch);
