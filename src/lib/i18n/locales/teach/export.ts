import type { Resource } from '../resource';

/** The `teachExport.*` strings of the instructors' pages, in kk, ru and en. */
export default {
	kk: { teachExport: {} },
	ru: { teachExport: {} },
	en: { teachExport: {} }
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
