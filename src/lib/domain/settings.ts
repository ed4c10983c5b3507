/** The learner's settings, with the rules that make a stored value safe to use. */
import { isLanguage, type Language } from './language';
import { clampRetention, DEFAULT_DESIRED_RETENTION } from './study/scheduler';

export interface Settings {
	/** Language of the interface (also in the URL). */
	uiLanguage: Language;
	/** Language the cards are shown in, chosen separately; null follows the interface language. */
	contentLanguage: Language | null;
	/** Probability of recall at which a card comes due, 0.7–0.99. */
	desiredRetention: number;
	/** New items introduced per day, across all topics. */
	newCardsPerDay: number;
}

export const MAX_NEW_CARDS_PER_DAY = 500;

export function defaultSettings(language: Language = 'kk'): Settings {
	return { uiLanguage: language, contentLanguage: null, desiredRetention: DEFAULT_DESIRED_RETENTION, newCardsPerDay: 20 };
}

/** The language cards are shown in on a page whose interface is in `uiLanguage`. */
export function resolveContentLanguage(settings: Pick<Settings, 'contentLanguage'>, uiLanguage: Language): Language {
	return settings.contentLanguage ?? uiLanguage;
}

function clampNewCards(value: unknown, fallback: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
	return Math.min(MAX_NEW_CARDS_PER_DAY, Math.max(0, Math.round(value)));
}

/** Reads settings from an untrusted record (storage, a backup): bad fields fall back to defaults. */
export function sanitizeSettings(raw: unknown, fallback: Settings = defaultSettings()): Settings {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	return {
		uiLanguage: isLanguage(r.uiLanguage) ? r.uiLanguage : fallback.uiLanguage,
		contentLanguage: isLanguage(r.contentLanguage) || r.contentLanguage === null ? r.contentLanguage : fallback.contentLanguage,
		desiredRetention:
			typeof r.desiredRetention === 'number' ? clampRetention(r.desiredRetention) : fallback.desiredRetention,
		newCardsPerDay: clampNewCards(r.newCardsPerDay, fallback.newCardsPerDay)
	};
}

/** Start of the local calendar day containing `now` (for daily limits), in epoch ms. */
export function startOfLocalDay(now: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** Start of the next local calendar day (36 hours on from midnight always lands in it, DST or not). */
export function startOfNextLocalDay(now: number): number {
	return startOfLocalDay(startOfLocalDay(now) + 36 * 60 * 60 * 1000);
}
