/**
 * A quiz: the study session's queue and schedule, with each card answered interactively instead of
 * self-graded. The grade comes from the answer (domain/quiz/grade-rule.ts) and is saved at once,
 * so a reload after answering loses nothing; the feedback stays on screen until "Next".
 */
import type { LocalizedItem } from '../domain/bank/localize';
import { answerDuration, type Grade } from '../domain/study/card';
import { evaluateResponse, type QuizResponse, type Verdict } from '../domain/quiz/evaluate';
import { quizGrade } from '../domain/quiz/grade-rule';
import { questionTextLength } from '../domain/quiz/question-text';
import { newPresentationToken } from '../domain/shuffle';
import type { StudySession } from './study-session.svelte';

export interface AnsweredQuestion {
	item: LocalizedItem;
	response: QuizResponse;
	verdict: Verdict;
	grade: Grade;
	/** How long the answer took, in ms (kept for an override's review row). */
	durationMs: number;
	/** The learner said a typed answer marked wrong was right: regraded Good. */
	overridden?: boolean;
}

/** Typed answers can be overridden: a checker may miss a right answer typed its own way, never a tap. */
const canOverride = (answered: AnsweredQuestion) =>
	!answered.verdict.isCorrect &&
	!answered.overridden &&
	(answered.item.type === 'cloze' || answered.item.type === 'numeric');

export class QuizSession {
	readonly #study: StudySession;
	readonly #clock: () => number;
	/** Makes this session's option orders its own; with the count below, each showing's. */
	readonly #token: string;
	#shownAt = 0;
	#shownItemId: string | undefined;
	#showings = $state(0);
	/** The wrong grade was taken back for an override whose new grade did not save: do not take back another. */
	#isUndone = false;

	answered = $state<AnsweredQuestion>();
	correctCount = $state(0);
	answeredCount = $state(0);

	constructor(study: StudySession, clock: () => number = Date.now, random: () => number = Math.random) {
		this.#study = study;
		this.#clock = clock;
		this.#token = newPresentationToken(random);
	}

	get study(): StudySession {
		return this.#study;
	}

	/** The item on screen: the one just answered while its feedback shows, else the next one. */
	get currentItem(): LocalizedItem | undefined {
		return this.answered?.item ?? this.#study.currentItem;
	}

	/**
	 * The seed of the question on screen: the same while it and its feedback show, new for the next
	 * showing, even of the same item, and for each session.
	 */
	get presentationSeed(): string {
		return `${this.#token}:${this.#showings}:${this.currentItem?.id ?? ''}`;
	}

	get canOverride(): boolean {
		return this.answered !== undefined && canOverride(this.answered);
	}

	/** Called when a question appears, to time the answer. */
	markShown(itemId: string): void {
		if (this.#shownItemId === itemId) return;
		this.#shownItemId = itemId;
		this.#shownAt = this.#clock();
	}

	async submit(response: QuizResponse): Promise<void> {
		const item = this.#study.currentItem;
		if (!item || this.answered || this.#study.isSaving) return;
		const verdict = evaluateResponse(item, response);
		const durationMs = answerDuration(this.#shownAt, this.#clock());
		const grade = quizGrade(verdict, { type: item.type, textLength: questionTextLength(item), answerMs: durationMs });
		// Shown before saving, so the question stays on screen while the queue moves on underneath.
		this.answered = { item, response, verdict, grade, durationMs };
		this.#study.reveal();
		if (!(await this.#study.grade(grade, { source: 'quiz', durationMs }))) {
			// Nothing saved: the question stays open to answer again, or (graded in another tab) the queue moved on.
			this.answered = undefined;
			return;
		}
		this.answeredCount++;
		if (verdict.isCorrect) this.correctCount++;
	}

	/**
	 * "I was right" after a typed answer marked wrong: its Again is taken back and the card graded
	 * Good instead, its review row marked as an override.
	 */
	async override(): Promise<void> {
		const answered = this.answered;
		if (!answered || !canOverride(answered) || this.#study.isSaving) return;
		if (!this.#isUndone) {
			if (!(await this.#study.undo())) return;
			this.#isUndone = true;
		}
		this.#study.reveal();
		if (!(await this.#study.grade('good', { source: 'override', durationMs: answered.durationMs }))) return; // the button stays, to try again
		this.#isUndone = false;
		this.answered = { ...answered, grade: 'good', overridden: true };
		this.correctCount++;
	}

	next(): void {
		this.answered = undefined;
		this.#shownItemId = undefined;
		this.#isUndone = false;
		this.#showings++;
	}
}
