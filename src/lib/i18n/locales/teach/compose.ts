import type { Resource } from '../resource';

/** The `teach.*` strings of the instructors' pages, in kk, ru and en. */
export default {
	kk: { teach: { title: 'Оқытушыларға', resultsLink: 'Топтың нәтижелері →' } },
	ru: { teach: { title: 'Преподавателям', resultsLink: 'Результаты группы →' } },
	en: { teach: { title: 'For instructors', resultsLink: 'Class results →' } }
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
