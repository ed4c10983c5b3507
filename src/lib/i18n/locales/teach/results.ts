import type { Resource } from '../resource';

/** The `results.*` strings of the instructors' pages, in kk, ru and en. */
export default {
	kk: { results: { title: 'Топтың нәтижелері' } },
	ru: { results: { title: 'Результаты группы' } },
	en: { results: { title: 'Class results' } }
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
