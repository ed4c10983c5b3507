/**
 * The "draft questions from a document" page's state: the document's text (pasted or read from a
 * file), the drafts made from it, the instructor's review of each (accept, reject, edit, change its
 * type) and the accepted ones saved as a custom bank, validated by the same rules as imported banks.
 */
import type { Language } from '../domain/language';
import { IMPORT_LIMITS, type CustomBank, type ImportProblem } from '../domain/import/custom-bank';
import { validateDrafts } from '../domain/import/validate-custom';
import { detectLanguage, templateLanguage, type TextLanguage } from '../domain/draft/language';
import {
	draftQuestions,
	draftTypes,
	itemFromBasis,
	type Draft,
	type DraftBody,
	type DraftType
} from '../domain/draft/propose';
import { getCustomBankRepository } from '../storage/custom-banks';
import { readDocumentFile, type DocumentFileError } from './document-file';

export type DraftStatus = 'pending' | 'accepted' | 'rejected';

/** One draft under review: the drafter's proposal, the question as it now stands, and the decision. */
export interface ReviewEntry {
	draft: Draft;
	item: DraftBody;
	status: DraftStatus;
	isEdited: boolean;
}

export type FileNote = { kind: 'read'; name: string } | { kind: 'error'; name: string; error: DocumentFileError };

/** Where accepted banks go; a function, so nothing is opened until the page saves. */
export type DraftBankStore = () => { add(bank: Omit<CustomBank, 'id'>): Promise<number> };

export interface DraftReviewOptions {
	store: DraftBankStore;
	readFile: typeof readDocumentFile;
	now: () => number;
}

const appOptions: DraftReviewOptions = {
	store: getCustomBankRepository,
	readFile: readDocumentFile,
	now: () => Date.now()
};

export class DraftReview {
	readonly #options: DraftReviewOptions;
	text = $state('');
	title = $state('');
	/** The bank's language: the drafts are written in it. */
	language = $state<Language>('kk');
	/** The document's language as detected (Kyrgyz is drafted in Kazakh). */
	detected = $state<TextLanguage>();
	fileNote = $state<FileNote>();
	isReading = $state(false);
	entries = $state.raw<ReviewEntry[]>([]);
	/** Paragraphs of the last drafting, and those left out for being in another language. */
	paragraphs = $state(0);
	skippedParagraphs = $state(0);
	hasDrafted = $state(false);
	/** Why the last drafting gave nothing, as i18n keys. */
	draftProblems = $state.raw<ImportProblem[]>([]);
	/** Why the last save saved nothing. */
	saveProblems = $state.raw<ImportProblem[]>([]);
	isSaving = $state(false);
	saved = $state<{ title: string; count: number }>();

	readonly counts = $derived.by(() => {
		const byType = new Map<DraftType, { all: number; pending: number; accepted: number }>();
		for (const entry of this.entries) {
			const c = byType.get(entry.item.type) ?? { all: 0, pending: 0, accepted: 0 };
			c.all++;
			if (entry.status === 'pending') c.pending++;
			if (entry.status === 'accepted') c.accepted++;
			byType.set(entry.item.type, c);
		}
		return byType;
	});
	readonly acceptedCount = $derived(this.entries.filter((e) => e.status === 'accepted').length);

	constructor(options: Partial<DraftReviewOptions> = {}) {
		this.#options = { ...appOptions, ...options };
	}

	/** The instructor typed or pasted: the language follows the text until drafts are made. */
	setText(text: string): void {
		this.text = text;
		this.#detect();
	}

	#detect(): void {
		this.detected = detectLanguage(this.text);
		if (this.detected) this.language = templateLanguage(this.detected);
	}

	/** Reads a chosen document into the text; a file that cannot be read changes nothing. */
	async openFile(file: File): Promise<void> {
		this.isReading = true;
		try {
			const result = await this.#options.readFile(file);
			if (!result.ok) {
				this.fileNote = { kind: 'error', name: file.name, error: result.error };
				return;
			}
			this.text = result.text;
			this.#detect();
			const dot = file.name.lastIndexOf('.');
			if (!this.title.trim())
				this.title = (dot > 0 ? file.name.slice(0, dot) : file.name).slice(0, IMPORT_LIMITS.titleChars);
			this.fileNote = { kind: 'read', name: file.name };
		} finally {
			this.isReading = false;
		}
	}

	/** Drafts questions from the text in the bank's language; the review starts afresh. */
	draft(): void {
		this.saved = undefined;
		if (!this.text.trim()) {
			this.draftProblems = [{ key: 'drafter.error.noText' }];
			return;
		}
		if (this.text.length > IMPORT_LIMITS.textChars) {
			this.draftProblems = [{ key: 'customBank.error.tooLarge', params: { max: IMPORT_LIMITS.textChars } }];
			return;
		}
		const result = draftQuestions(this.text, { language: this.language });
		this.entries = result.drafts.map((draft) => ({ draft, item: draft.item, status: 'pending', isEdited: false }));
		this.paragraphs = result.paragraphs;
		this.skippedParagraphs = result.skippedParagraphs;
		this.draftProblems = result.drafts.length ? [] : [{ key: 'drafter.error.noDrafts' }];
		this.saveProblems = [];
		this.hasDrafted = true;
	}

	#update(id: string, change: (entry: ReviewEntry) => ReviewEntry): void {
		this.entries = this.entries.map((entry) => (entry.draft.id === id ? change(entry) : entry));
		this.saved = undefined;
	}

	setStatus(id: string, status: DraftStatus): void {
		this.#update(id, (entry) => ({ ...entry, status }));
	}

	/** Accepts every draft of a type still waiting for a decision. */
	acceptAll(type: DraftType): void {
		this.entries = this.entries.map((entry) =>
			entry.item.type === type && entry.status === 'pending' ? { ...entry, status: 'accepted' } : entry
		);
		this.saved = undefined;
	}

	typesOf(entry: ReviewEntry): DraftType[] {
		return draftTypes(entry.draft, this.language);
	}

	/** Turns a draft into another type of question, made afresh from what the drafter saw. */
	changeType(id: string, type: DraftType): void {
		this.#update(id, (entry) => {
			if (type === entry.item.type) return entry;
			const item =
				type === entry.draft.item.type
					? entry.draft.item
					: entry.draft.basis && itemFromBasis(type, entry.draft.basis, this.language, entry.item.explanation);
			return item ? { ...entry, item, isEdited: true } : entry;
		});
	}

	/**
	 * Replaces a draft's question with the instructor's edit, if it passes the imported banks' rules.
	 * @returns the problems found (none when the edit was kept)
	 */
	edit(id: string, item: DraftBody): ImportProblem[] {
		const entry = this.entries.find((e) => e.draft.id === id);
		if (!entry) return [];
		const checked = validateDrafts([{ line: entry.draft.source.lines[0], item: { ...item } }], this.language, 0);
		if (!checked.ok) return checked.problems;
		const { id: _unused, ...body } = checked.items[0]!;
		void _unused;
		this.#update(id, (e) => ({ ...e, item: body as DraftBody, isEdited: true }));
		return [];
	}

	/** Saves the accepted questions as a custom bank, or says why not (and saves nothing). */
	async save(): Promise<boolean> {
		if (this.isSaving) return false;
		const title = this.title.replace(/\s+/g, ' ').trim();
		const accepted = this.entries.filter((e) => e.status === 'accepted');
		const problems: ImportProblem[] = [];
		if (!title) problems.push({ key: 'customBank.error.noTitle' });
		else if (title.length > IMPORT_LIMITS.titleChars)
			problems.push({ key: 'customBank.error.longTitle', params: { max: IMPORT_LIMITS.titleChars } });
		if (!accepted.length) problems.push({ key: 'drafter.error.noneAccepted' });
		if (accepted.length > IMPORT_LIMITS.questions)
			problems.push({ key: 'customBank.error.tooManyQuestions', params: { max: IMPORT_LIMITS.questions } });
		const now = this.#options.now();
		const checked = validateDrafts(
			accepted.map((e) => ({ line: e.draft.source.lines[0], item: { ...e.item } })),
			this.language,
			now
		);
		if (!checked.ok) problems.push(...checked.problems);
		if (problems.length || !checked.ok) {
			this.saveProblems = problems;
			return false;
		}
		this.isSaving = true;
		try {
			await this.#options
				.store()
				.add({ title, language: this.language, format: 'draft', items: checked.items, importedAt: now });
			this.saveProblems = [];
			this.saved = { title, count: checked.items.length };
			this.entries = this.entries.filter((e) => e.status !== 'accepted');
			return true;
		} catch {
			this.saveProblems = [{ key: 'drafter.error.storage' }];
			return false;
		} finally {
			this.isSaving = false;
		}
	}
}
