import type { Resource } from '../resource';

/** The `customBank.*` strings of the instructors' pages, in kk, ru and en. */
export default {
	kk: { customBank: {} },
	ru: { customBank: {} },
	en: { customBank: {} }
} satisfies Record<'kk' | 'ru' | 'en', Resource>;
