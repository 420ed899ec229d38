/**
 * The room's answers, one store per question, one answer per phone per question. A phone may change
 * its answer while the question is open; each change says how the counts moved, so the session's
 * results (which the facilitator may also edit by hand) move with it.
 */
export interface AnswerChange {
  questionId: string;
  /** The option that lost this phone's vote, if any. */
  removed?: string;
  /** The option that gained it, if any. */
  added?: string;
}

export class QuestionAnswers {
  #byPhone = new Map<string, string>();
  closed = false;

  constructor(readonly questionId: string) {}

  /** The phone's answer; null when nothing changed (same answer again). */
  answer(phone: string, optionId: string): AnswerChange | null {
    const before = this.#byPhone.get(phone);
    if (before === optionId) return null;
    this.#byPhone.set(phone, optionId);
    return { questionId: this.questionId, added: optionId, ...(before !== undefined ? { removed: before } : {}) };
  }

  mine(phone: string): string | undefined {
    return this.#byPhone.get(phone);
  }

  get answered(): number {
    return this.#byPhone.size;
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const option of this.#byPhone.values()) out[option] = (out[option] ?? 0) + 1;
    return out;
  }
}

export type AnswerRefusal = 'closed' | 'unknown-option' | 'not-current';

/** Every question's answers in one room. */
export class RoomAnswers {
  #questions = new Map<string, QuestionAnswers>();

  question(questionId: string): QuestionAnswers {
    let q = this.#questions.get(questionId);
    if (!q) {
      q = new QuestionAnswers(questionId);
      this.#questions.set(questionId, q);
    }
    return q;
  }

  has(questionId: string): boolean {
    return this.#questions.has(questionId);
  }

  /**
   * A phone's answer to the question on screen, checked against it: the question must be the current
   * one, open, and the option one of its own.
   */
  answer(
    current: { id: string; options: readonly string[] } | null,
    phone: string,
    questionId: string,
    optionId: string,
  ): AnswerChange | null | AnswerRefusal {
    if (!current || current.id !== questionId) return 'not-current';
    const q = this.question(questionId);
    if (q.closed) return 'closed';
    if (!current.options.includes(optionId)) return 'unknown-option';
    return q.answer(phone, optionId);
  }
}
