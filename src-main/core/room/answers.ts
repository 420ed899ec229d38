/**
 * The room's answers, one store per question, one answer per phone per question (per card in a card
 * sort). A phone may change its answer while the question is open, or pass; each change says how the
 * counts moved, so the session's results (which the facilitator may also edit by hand) move with it.
 */
export interface AnswerChange {
  questionId: string;
  /** The card a card-sort answer is about. */
  itemId?: string;
  /** The option that lost this phone's vote, if any. */
  removed?: string;
  /** The option that gained it, if any. */
  added?: string;
}

/** A phone that would rather not answer: remembered so it shows as passed, never counted. */
export const PASS = 'pass';

const ONE = '';
const counted = (option: string | undefined): option is string => option !== undefined && option !== PASS;

export class QuestionAnswers {
  /** phone -> item ('' for a question with one answer) -> option. */
  #byPhone = new Map<string, Map<string, string>>();
  closed = false;

  constructor(readonly questionId: string) {}

  /** The phone's answer; null when nothing changed (same answer again). */
  answer(phone: string, optionId: string, itemId = ONE): AnswerChange | null {
    const mine = this.#byPhone.get(phone) ?? new Map<string, string>();
    const before = mine.get(itemId);
    if (before === optionId) return null;
    mine.set(itemId, optionId);
    this.#byPhone.set(phone, mine);
    return {
      questionId: this.questionId,
      ...(itemId !== ONE ? { itemId } : {}),
      ...(counted(optionId) ? { added: optionId } : {}),
      ...(counted(before) ? { removed: before } : {}),
    };
  }

  mine(phone: string, itemId = ONE): string | undefined {
    return this.#byPhone.get(phone)?.get(itemId);
  }

  /** Every answer of one phone, by item (a card sort's cards). */
  mineByItem(phone: string): Record<string, string> {
    return Object.fromEntries(this.#byPhone.get(phone) ?? []);
  }

  /** Phones with at least one answer counted (passes are not). */
  get answered(): number {
    let n = 0;
    for (const mine of this.#byPhone.values()) if ([...mine.values()].some(counted)) n++;
    return n;
  }

  counts(itemId = ONE): Record<string, number> {
    const out: Record<string, number> = {};
    for (const mine of this.#byPhone.values()) {
      const option = mine.get(itemId);
      if (counted(option)) out[option] = (out[option] ?? 0) + 1;
    }
    return out;
  }
}

export type AnswerRefusal = 'closed' | 'unknown-option' | 'unknown-item' | 'not-current';

/** What a phone may answer on the question on screen. */
export interface Answerable {
  id: string;
  options: readonly string[];
  /** The cards of a card sort; absent for a question with one answer. */
  items?: readonly string[];
  /** Whether "Pass" is one of the answers. */
  pass?: boolean;
}

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
   * one, open, the option one of its own, and the card (card sort) one of its cards.
   */
  answer(
    current: Answerable | null,
    phone: string,
    questionId: string,
    optionId: string,
    itemId?: string,
  ): AnswerChange | null | AnswerRefusal {
    if (!current || current.id !== questionId) return 'not-current';
    const q = this.question(questionId);
    if (q.closed) return 'closed';
    if (!current.options.includes(optionId) && !(current.pass && optionId === PASS)) return 'unknown-option';
    if (current.items ? itemId === undefined || !current.items.includes(itemId) : itemId !== undefined) return 'unknown-item';
    return q.answer(phone, optionId, itemId);
  }
}
