/**
 * Students' names as a result carries them: bounded, free of control characters, and shown so that
 * bidirectional controls in them cannot reorder the text around them (a right-to-left override makes
 * "evil" show as "live").
 */

/** The longest name a result may carry, in characters (code points). */
export const MAX_NAME_LENGTH = 80;

/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they change the direction of what follows. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** C0 and C1 control characters (line breaks, tabs, NUL…): no name typed in a one-line field holds them. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

export type NameError = 'share.error.nameEmpty' | 'share.error.nameTooLong' | 'share.error.nameControl';

/** Whether a name holds characters that change the direction of the text (it is flagged where it is shown). */
export function hasDirectionControls(name: string): boolean {
	return name.search(DIRECTION_CONTROLS) >= 0;
}

/** The name without its direction-changing characters: what is shown, and what goes into a CSV. */
export function withoutDirectionControls(name: string): string {
	return name.replace(DIRECTION_CONTROLS, '');
}

/**
 * The name ready to drop into a sentence: its direction controls removed and the whole wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, what `<bdi>` does in markup.
 * @example isolatedName('\u202Eevil') // '\u2068evil\u2069'
 */
export function isolatedName(name: string): string {
	return `\u2068${withoutDirectionControls(name)}\u2069`;
}

/** What is wrong with a student's name, if anything (it is trimmed first); undefined for a good one. */
export function nameProblem(name: string): NameError | undefined {
	const trimmed = name.trim();
	if (!trimmed) return 'share.error.nameEmpty';
	if ([...trimmed].length > MAX_NAME_LENGTH) return 'share.error.nameTooLong';
	if (CONTROL_CHARACTERS.test(trimmed)) return 'share.error.nameControl';
	return undefined;
}
