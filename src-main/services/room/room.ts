import { randomBytes } from 'node:crypto';
import { RoomAnswers } from '../../core/room/answers';
import { RoomDoor } from '../../core/room/door';
import { BatchClock, PendingBatch } from '../../core/room/batch';
import {
  answerableOf,
  phoneQuestionOf,
  resultMovesOf,
  type AnsweredIntent,
  type CountIntent,
  type PhoneQuestion,
} from '../../core/room/phone-question';
import type { PhoneView, PhoneWelcome, RoomClosing, RoomToPhone } from '../../contract/room';
import type { LiveIntent } from '../../core/live/live-schema';
import type { Activity } from '../../core/workshop/activity-schema';
import type { ScreenMode } from '../../core/session/session-schema';
import { AppFailure } from '../errors';

/** One phone's connection, as the room sees it. */
export interface PhoneLink {
  /** Set once the phone has been admitted. */
  phone: string | null;
  address: string;
  send(message: RoomToPhone): void;
  close(closing: RoomClosing): void;
}

/** What is on the projector now, as the live session holds it. */
export interface OnScreen {
  activity: Activity | undefined;
  step: number;
  screen: ScreenMode;
  workshopTitle: string;
  /** The workshop's language (BCP 47). */
  lang?: string;
}

export interface RoomOptions {
  sessionId: string;
  token: string;
  code: string;
  maxPhones: number;
  /** Records a batch of result changes (through the live hub, so every view follows, once per batch). */
  record(intents: LiveIntent[]): Promise<unknown>;
  /** Something the console shows changed: phones connected, answers. */
  changed(): void;
  now?: () => number;
  /** Milliseconds between two batches of answers reaching the session and the projector. */
  batchMs?: number;
}

const REFUSED = {
  closed: () => new AppFailure('conflict', 'This question is closed.', { reason: 'closed' }),
  'not-current': () => new AppFailure('conflict', 'This question is no longer on the screen.', { reason: 'not-current' }),
  'unknown-option': () =>
    new AppFailure('invalid-input', 'That is not one of the answers.', { path: '$.optionId', reason: 'unknown-option' }),
  'unknown-item': () => new AppFailure('invalid-input', 'That is not one of the cards.', { path: '$.itemId', reason: 'unknown-item' }),
};

/**
 * A room that is open: who is in, the question on screen, and the answers per question. It holds
 * nothing about a phone but a random key it handed out; nothing of it is written to disk except
 * the counts, which become the session's results, in batches.
 */
export class Room {
  readonly door: RoomDoor;
  readonly answers = new RoomAnswers();
  readonly links = new Set<PhoneLink>();
  #title = '';
  #lang: string | undefined;
  #question: PhoneQuestion | null = null;
  #now: () => number;
  #pending = new PendingBatch<CountIntent, AnsweredIntent>();
  #clock: BatchClock;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #sending: Promise<unknown> = Promise.resolve();

  constructor(readonly options: RoomOptions) {
    this.door = new RoomDoor(options.token, options.code, options.maxPhones);
    this.#now = options.now ?? (() => Date.now());
    this.#clock = new BatchClock(options.batchMs);
  }

  get sessionId(): string {
    return this.options.sessionId;
  }

  /** Follows the projector: the activity on screen becomes the phones' question. */
  follow(on: OnScreen): void {
    const next = on.screen === 'normal' ? phoneQuestionOf(on.activity, on.step) : null;
    const changed = on.workshopTitle !== this.#title || on.lang !== this.#lang || JSON.stringify(next) !== JSON.stringify(this.#question);
    this.#title = on.workshopTitle;
    this.#lang = on.lang;
    this.#question = next;
    if (changed) {
      this.broadcast();
      this.options.changed();
    }
  }

  get question(): { id: string; kind: PhoneQuestion['kind']; closed: boolean } | null {
    const q = this.#question;
    return q && q.kind !== 'reflection' ? { id: q.id, kind: q.kind, closed: this.answers.question(q.id).closed } : null;
  }

  get answered(): number {
    return this.#question ? this.answers.question(this.#question.id).answered : 0;
  }

  /** Phones connected now, each counted once however many tabs it has. */
  get connected(): number {
    return new Set([...this.links].map((l) => l.phone).filter((p) => p !== null)).size;
  }

  viewFor(phone: string | null): PhoneView {
    const q = this.#question;
    const about = { workshopTitle: this.#title, ...(this.#lang ? { lang: this.#lang } : {}) };
    if (!q) return { ...about, question: null };
    const answers = this.answers.question(q.id);
    const mine = phone ? (answers.mine(phone) ?? null) : null;
    const sorted = phone && q.kind === 'card-sort' ? answers.mineByItem(phone) : {};
    return { ...about, question: { ...q, closed: answers.closed, mine, sorted } };
  }

  broadcast(): void {
    for (const link of this.links) if (link.phone) link.send({ event: 'view', view: this.viewFor(link.phone) });
  }

  hello(link: PhoneLink, input: { token: string; phone?: string } | { code: string; phone?: string }): PhoneWelcome {
    const credential = 'token' in input ? { token: input.token } : { code: input.code };
    const admitted = this.door.admit(credential, input.phone, randomBytes(18).toString('base64url'), link.address, this.#now());
    if ('refused' in admitted) throw new AppFailure('forbidden', admitted.message, { reason: admitted.refused, amount: admitted.amount });
    link.phone = admitted.phone;
    this.options.changed();
    return { phone: admitted.phone, view: this.viewFor(admitted.phone) };
  }

  answer(link: PhoneLink, input: { questionId: string; optionId: string; itemId?: string }): PhoneView {
    if (!link.phone) throw new AppFailure('forbidden', 'Join the room first.', { reason: 'join-first' });
    const q = this.#question;
    const change = this.answers.answer(q && answerableOf(q), link.phone, input.questionId, input.optionId, input.itemId);
    if (typeof change === 'string') throw REFUSED[change]();
    if (change && q) {
      const { moves, answered } = resultMovesOf(q, change, this.answers.question(q.id).answered);
      for (const m of moves) this.#pending.move(m);
      if (answered) this.#pending.set(answered);
      this.#schedule();
      this.options.changed();
    }
    return this.viewFor(link.phone);
  }

  /** Answers go to the session at most once per batch interval, never one tap at a time. */
  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), this.#clock.waitMs(this.#now()));
  }

  /** Sends what is pending now (and waits for it): before the room closes, and for tests. */
  flush(): Promise<unknown> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#pending.empty) {
      const { moves, values } = this.#pending.take();
      this.#clock.sent(this.#now());
      const intents = [...moves, ...values].map(({ key: _key, ...intent }) => intent as LiveIntent);
      this.#sending = this.#sending
        .then(() => this.options.record(intents))
        .catch((err: Error) => console.error(`[secure-base] phone answers not recorded: ${err.message}`));
    }
    return this.#sending;
  }

  /** Closes or reopens the question on screen. */
  closeQuestion(closed: boolean): void {
    if (!this.question) throw new AppFailure('conflict', 'There is no question on the screen.', { reason: 'not-current' });
    this.answers.question(this.question.id).closed = closed;
    this.broadcast();
    this.options.changed();
  }

  add(link: PhoneLink): void {
    this.links.add(link);
  }

  remove(link: PhoneLink): void {
    this.links.delete(link);
    if (link.phone) this.options.changed();
  }

  closeAll(closing: RoomClosing): void {
    for (const link of this.links) link.close(closing);
    this.links.clear();
  }
}
