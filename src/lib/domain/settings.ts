/** The learner's settings, with the rules that make a stored value safe to use. */
import { isLanguage, type Language } from './language';
import { clampRetention, DEFAULT_DESIRED_RETENTION } from './study/retention';
import { isFsrsWeights } from './study/fsrs-weights';

export interface Settings {
	/** Language of the interface (also in the URL). */
	uiLanguage: Language;
	/** Language the cards are shown in, chosen separately; null follows the interface language. */
	contentLanguage: Language | null;
	/** Probability of recall at which a card comes due, 0.7–0.99. */
	desiredRetention: number;
	/** New items introduced per day, across all topics. */
	newCardsPerDay: number;
	/** Reviews of cards already learnt, per day (learning steps are never held back). */
	reviewsPerDay: number;
	/** The short steps a new card goes through today before FSRS spaces it out. */
	learningSteps: LearningStepsPreset;
	/** FSRS-6 weights fitted to this learner's reviews (21 numbers); absent: FSRS's defaults. */
	fsrsWeights?: readonly number[];
}

/** Learning-step choices offered in the settings (ts-fsrs step notation: m minutes, h hours). */
export const LEARNING_STEP_PRESETS = ['1m 10m', '10m', '1m 5m 15m', '5m 30m 2h'] as const;
export type LearningStepsPreset = (typeof LEARNING_STEP_PRESETS)[number];

export const MAX_NEW_CARDS_PER_DAY = 500;
export const MAX_REVIEWS_PER_DAY = 9999;

export function defaultSettings(language: Language = 'kk'): Settings {
	return {
		uiLanguage: language,
		contentLanguage: null,
		desiredRetention: DEFAULT_DESIRED_RETENTION,
		newCardsPerDay: 20,
		reviewsPerDay: 200,
		learningSteps: '1m 10m'
	};
}

/** The language cards are shown in on a page whose interface is in `uiLanguage`. */
export function resolveContentLanguage(settings: Pick<Settings, 'contentLanguage'>, uiLanguage: Language): Language {
	return settings.contentLanguage ?? uiLanguage;
}

function clampCount(value: unknown, max: number, fallback: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
	return Math.min(max, Math.max(0, Math.round(value)));
}

export const isLearningStepsPreset = (value: unknown): value is LearningStepsPreset =>
	(LEARNING_STEP_PRESETS as readonly unknown[]).includes(value);

/** Reads settings from an untrusted record (storage, a backup): bad fields fall back to defaults. */
export function sanitizeSettings(raw: unknown, fallback: Settings = defaultSettings()): Settings {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	return {
		uiLanguage: isLanguage(r.uiLanguage) ? r.uiLanguage : fallback.uiLanguage,
		contentLanguage:
			isLanguage(r.contentLanguage) || r.contentLanguage === null ? r.contentLanguage : fallback.contentLanguage,
		desiredRetention:
			typeof r.desiredRetention === 'number' ? clampRetention(r.desiredRetention) : fallback.desiredRetention,
		newCardsPerDay: clampCount(r.newCardsPerDay, MAX_NEW_CARDS_PER_DAY, fallback.newCardsPerDay),
		reviewsPerDay: clampCount(r.reviewsPerDay, MAX_REVIEWS_PER_DAY, fallback.reviewsPerDay),
		learningSteps: isLearningStepsPreset(r.learningSteps) ? r.learningSteps : fallback.learningSteps,
		...weightsFrom(r.fsrsWeights, fallback.fsrsWeights)
	};
}

/** No weights (or `undefined`) means the defaults; a bad array keeps the fallback's. A plain copy, never a proxy. */
function weightsFrom(value: unknown, fallback: readonly number[] | undefined): Pick<Settings, 'fsrsWeights'> {
	const weights = value === undefined ? undefined : isFsrsWeights(value) ? value : fallback;
	return weights ? { fsrsWeights: [...weights] } : {};
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
