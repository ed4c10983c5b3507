import type { LayoutLoad } from './$types';
import type { Language } from '$lib/domain/language';

export const load: LayoutLoad = ({ params }) => ({ lang: params.lang as Language });
