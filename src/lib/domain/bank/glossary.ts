/** One terminology across the banks: finding the variants `questions/glossary.yaml` bans. */
import type { Language } from '../language';
import type { Glossary } from './schema';

export interface BannedUse {
	/** The banned variant as the glossary writes it. */
	variant: string;
	/** The spelling to use instead. */
	preferred: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-word pattern for a banned variant. Kazakh and Russian inflect by endings, so in those
 * languages the variant counts with any Cyrillic letters after it ("Пекин" finds "Пекинде").
 */
export function bannedVariantPattern(variant: string, language: Language): RegExp {
	const words = variant.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
	const ending = language === 'en' ? '' : '\\p{Script=Cyrillic}*';
	return new RegExp(`(?<![\\p{L}\\p{N}])${words}${ending}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The banned variants `text` uses in `language`, each with the spelling to use instead. */
export function findBannedUses(text: string, language: Language, glossary: Glossary): BannedUse[] {
	const found: BannedUse[] = [];
	for (const { term, banned } of glossary) {
		const variant = banned[language]?.find((v) => bannedVariantPattern(v, language).test(text));
		if (variant) found.push({ variant, preferred: term[language] });
	}
	return found;
}
