/**
 * A quiz: the study session's queue and schedule, with each card answered interactively instead of
 * self-graded. The grade comes from the answer (domain/quiz/grade-rule.ts) and is saved at once,
 * so a reload after answering loses nothing; the feedback stays on screen until "Next".
 */
import type { LocalizedItem } from '../domain/bank/localize';
import type { Grade } from '../domain/study/card';
import { evaluateResponse, type QuizResponse, type Verdict } from '../domain/quiz/evaluate';
import { quizGrade } from '../domain/quiz/grade-rule';
import { questionTextLength } from '../domain/quiz/question-text';
import type { StudySession } from './study-session.svelte';

export interface AnsweredQuestion {
	item: LocalizedItem;
	response: QuizResponse;
	verdict: Verdict;
	grade: Grade;
}

export class QuizSession {
	readonly #study: StudySession;
	readonly #clock: () => number;
	#shownAt = 0;
	#shownItemId: string | undefined;

	answered = $state<AnsweredQuestion>();
	correctCount = $state(0);
	answeredCount = $state(0);

	constructor(study: StudySession, clock: () => number = Date.now) {
		this.#study = study;
		this.#clock = clock;
	}

	get study(): StudySession {
		return this.#study;
	}

	/** The item on screen: the one just answered while its feedback shows, else the next one. */
	get currentItem(): LocalizedItem | undefined {
		return this.answered?.item ?? this.#study.currentItem;
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
		const grade = quizGrade(verdict.isCorrect, {
			type: item.type,
			textLength: questionTextLength(item),
			answerMs: this.#clock() - this.#shownAt
		});
		// Shown before saving, so the question stays on screen while the queue moves on underneath.
		this.answered = { item, response, verdict, grade };
		this.#study.reveal();
		if (!(await this.#study.grade(grade))) {
			// Nothing saved: the question stays open to answer again, or (graded in another tab) the queue moved on.
			this.answered = undefined;
			return;
		}
		this.answeredCount++;
		if (verdict.isCorrect) this.correctCount++;
	}

	next(): void {
		this.answered = undefined;
		this.#shownItemId = undefined;
	}
}
