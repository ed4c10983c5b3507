import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguage, type Language } from '$lib/domain/language';

export const match = ((param: string): param is Language => isLanguage(param)) satisfies ParamMatcher;
