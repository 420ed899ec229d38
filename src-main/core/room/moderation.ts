/**
 * The room's written texts and their moderation. Every text a phone writes waits here for the
 * facilitator, who approves it, edits it (then it is approved as edited, and the original is gone)
 * or hides it (then it is gone). Only approved texts leave this class for the projector, the phones
 * and the session file; none of them carries a time, the order it came in or the phone's key.
 * Randomness comes in from the caller, so this stays pure and is tested without dice.
 */
import { bannedWordIn, INVISIBLE } from './banned-words';
import type { KeptQuestion, KeptResponse, RoomTexts } from '../session/room-texts';

export type TextKind = 'question' | 'response';

/** What a phone wrote, as the room passes it in. */
export interface Draft {
  kind: TextKind;
  text: string;
  nickname?: string;
  /** A response's scenario card. */
  activityId?: string;
  cardId?: string;
  cardTitle?: string;
}

interface WrittenText {
  id: string;
  kind: TextKind;
  text: string;
  nickname?: string;
  activityId?: string;
  cardId?: string;
  cardTitle?: string;
  /** Who wrote it, for the waiting limit only; never shown, never kept. */
  phone: string | null;
  approved: boolean;
  /** Why it waits beyond the usual moderation. */
  held: 'banned-word' | null;
  /** A random key fixed when the text arrives: the order among equals that says nothing about time. */
  shuffle: number;
  /** Phones that upvoted it, and votes restored from the session file (whose phones are forgotten). */
  voters: Set<string>;
  keptVotes: number;
}

/** A text as the facilitator's queue lists it. */
export interface QueuedText {
  id: string;
  kind: TextKind;
  text: string;
  nickname?: string;
  cardTitle?: string;
  held: 'banned-word' | null;
}

export interface ApprovedQuestion {
  id: string;
  text: string;
  nickname?: string;
  votes: number;
}

export interface ApprovedResponse {
  id: string;
  text: string;
  nickname?: string;
}

export interface CardResponses {
  activityId: string;
  cardId: string;
  cardTitle: string;
  responses: ApprovedResponse[];
}

/** Most texts one phone may have waiting at once, and in the whole queue. */
export const MAX_WAITING_PER_PHONE = 5;
export const MAX_WAITING = 1000;

export type Refusal = { refused: 'empty' | 'too-many-waiting' | 'queue-full'; message: string; amount?: number };
export type Moderation = { action: 'approve' } | { action: 'edit'; text: string } | { action: 'hide' };
export type Vote = 'counted' | 'already' | 'not-found';

/** Random values for a new text: an id that says nothing about when it came, and its shuffle key. */
export interface Dice {
  id(): string;
  shuffle(): number;
}

/** Line breaks kept; other control characters and invisible format characters dropped. */
const clean = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ''))
    .trim();

export class TextQueue {
  /** In arrival order: the console lists waiting texts newest last. Never exposed past the console. */
  #texts: WrittenText[] = [];

  constructor(private readonly dice: Dice) {}

  /** A phone's text, held for the facilitator; refused when empty or when the phone has too many waiting. */
  submit(phone: string, draft: Draft, banned: readonly string[]): QueuedText | Refusal {
    const text = clean(draft.text);
    if (!text) return { refused: 'empty', message: 'Write something first.' };
    const waiting = this.#texts.filter((t) => !t.approved);
    if (waiting.filter((t) => t.phone === phone).length >= MAX_WAITING_PER_PHONE)
      return {
        refused: 'too-many-waiting',
        message: `You have ${MAX_WAITING_PER_PHONE} texts waiting for the facilitator. Send more once they have been read.`,
        amount: MAX_WAITING_PER_PHONE,
      };
    if (waiting.length >= MAX_WAITING)
      return { refused: 'queue-full', message: 'The facilitator has many texts to read. Try again later.' };
    const nickname = draft.nickname?.trim();
    const written: WrittenText = {
      id: this.#freshId(),
      kind: draft.kind,
      text,
      ...(nickname ? { nickname } : {}),
      ...(draft.kind === 'response' ? { activityId: draft.activityId, cardId: draft.cardId, cardTitle: draft.cardTitle ?? '' } : {}),
      phone,
      approved: false,
      held: bannedWordIn(text, banned) !== null || (nickname && bannedWordIn(nickname, banned) !== null) ? 'banned-word' : null,
      shuffle: this.dice.shuffle(),
      voters: new Set(),
      keptVotes: 0,
    };
    this.#texts.push(written);
    return queued(written);
  }

  #freshId(): string {
    for (;;) {
      const id = this.dice.id();
      if (!this.#texts.some((t) => t.id === id)) return id;
    }
  }

  /**
   * The facilitator's decision. An edit replaces the text for good (the original is not kept
   * anywhere) and approves it; hide drops the text, approved or not.
   */
  moderate(id: string, decision: Moderation): 'done' | 'not-found' | 'empty' {
    const i = this.#texts.findIndex((t) => t.id === id);
    if (i < 0) return 'not-found';
    const t = this.#texts[i];
    if (decision.action === 'hide') {
      this.#texts.splice(i, 1);
      return 'done';
    }
    if (decision.action === 'edit') {
      const text = clean(decision.text);
      if (!text) return 'empty';
      t.text = text;
    }
    t.approved = true;
    t.held = null;
    // Once approved, who wrote it no longer matters to anything: the link is cut.
    t.phone = null;
    return 'done';
  }

  /** One upvote per phone per approved question; a second is a no-op. */
  upvote(phone: string, id: string): Vote {
    const t = this.#texts.find((x) => x.id === id && x.approved && x.kind === 'question');
    if (!t) return 'not-found';
    if (t.voters.has(phone)) return 'already';
    t.voters.add(phone);
    return 'counted';
  }

  votedBy(phone: string, id: string): boolean {
    return this.#texts.some((t) => t.id === id && t.voters.has(phone));
  }

  /** Texts waiting for the facilitator, newest last. */
  waiting(): QueuedText[] {
    return this.#texts.filter((t) => !t.approved).map(queued);
  }

  /** How many texts one phone has waiting. */
  waitingFrom(phone: string): number {
    return this.#texts.filter((t) => !t.approved && t.phone === phone).length;
  }

  #approved(kind: TextKind): WrittenText[] {
    const votes = (t: WrittenText) => t.keptVotes + t.voters.size;
    return this.#texts.filter((t) => t.approved && t.kind === kind).sort((a, b) => votes(b) - votes(a) || a.shuffle - b.shuffle);
  }

  /** Approved questions, most upvoted first, then in the random order fixed when each arrived. */
  questions(): ApprovedQuestion[] {
    return this.#approved('question').map((t) => ({
      id: t.id,
      text: t.text,
      ...(t.nickname ? { nickname: t.nickname } : {}),
      votes: t.keptVotes + t.voters.size,
    }));
  }

  /** Approved responses grouped by card, cards by title (never by when they were first answered). */
  responses(): CardResponses[] {
    const groups = new Map<string, CardResponses>();
    for (const t of this.#approved('response')) {
      const key = `${t.activityId}\u0000${t.cardId}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { activityId: t.activityId!, cardId: t.cardId!, cardTitle: t.cardTitle ?? '', responses: [] }));
      g.responses.push({ id: t.id, text: t.text, ...(t.nickname ? { nickname: t.nickname } : {}) });
    }
    return [...groups.values()].sort((a, b) => a.cardTitle.localeCompare(b.cardTitle) || a.cardId.localeCompare(b.cardId));
  }

  /** What the session file keeps: approved texts and vote counts only, in an order that says nothing about time. */
  kept(): RoomTexts {
    const questions: KeptQuestion[] = this.questions().map(({ text, nickname, votes }) => ({
      text,
      ...(nickname ? { nickname } : {}),
      votes,
    }));
    const responses: Record<string, KeptResponse[]> = {};
    for (const g of this.responses())
      for (const r of g.responses)
        (responses[g.activityId] ??= []).push({
          cardId: g.cardId,
          cardTitle: g.cardTitle,
          text: r.text,
          ...(r.nickname ? { nickname: r.nickname } : {}),
        });
    return { questions, responses };
  }

  /** Approved texts from the session file, when the room opens again: their votes stay, their voters are not known. */
  restore(kept: RoomTexts): void {
    for (const q of kept.questions)
      this.#texts.push({
        id: this.#freshId(),
        kind: 'question',
        text: q.text,
        ...(q.nickname ? { nickname: q.nickname } : {}),
        phone: null,
        approved: true,
        held: null,
        shuffle: this.dice.shuffle(),
        voters: new Set(),
        keptVotes: q.votes,
      });
    for (const [activityId, list] of Object.entries(kept.responses))
      for (const r of list)
        this.#texts.push({
          id: this.#freshId(),
          kind: 'response',
          text: r.text,
          ...(r.nickname ? { nickname: r.nickname } : {}),
          activityId,
          cardId: r.cardId,
          cardTitle: r.cardTitle,
          phone: null,
          approved: true,
          held: null,
          shuffle: this.dice.shuffle(),
          voters: new Set(),
          keptVotes: 0,
        });
  }

  /** Everything in memory is forgotten (the room closed). */
  clear(): void {
    this.#texts = [];
  }
}

function queued(t: WrittenText): QueuedText {
  return {
    id: t.id,
    kind: t.kind,
    text: t.text,
    ...(t.nickname ? { nickname: t.nickname } : {}),
    ...(t.cardTitle !== undefined ? { cardTitle: t.cardTitle } : {}),
    held: t.held,
  };
}
