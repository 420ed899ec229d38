import { randomBytes } from 'node:crypto';
import type { AudienceView } from '../../core/live/audience-view';
import { RoomAnswers } from '../../core/room/answers';
import { RoomDoor } from '../../core/room/door';
import type { PhoneView, PhoneWelcome, RoomToPhone } from '../../contract/room';
import type { LiveIntent } from '../../core/live/live-schema';
import { AppFailure } from '../errors';

/** One phone's connection, as the room sees it. */
export interface PhoneLink {
  /** Set once the phone has been admitted. */
  phone: string | null;
  address: string;
  send(message: RoomToPhone): void;
  close(message: string): void;
}

export interface RoomOptions {
  sessionId: string;
  token: string;
  code: string;
  maxPhones: number;
  /** Records a change of the session's poll counts (through the live hub, so every view follows). */
  record(intent: Extract<LiveIntent, { type: 'poll-add' }>): Promise<unknown>;
  /** Something the console shows changed: phones connected, answers. */
  changed(): void;
  now?: () => number;
}

type Question = NonNullable<PhoneView['question']>;

/**
 * A room that is open: who is in, the question on screen, and the answers per question. It holds
 * nothing about a phone but a random key it handed out; nothing of it is written to disk except
 * the counts, which become the session's poll results.
 */
export class Room {
  readonly door: RoomDoor;
  readonly answers = new RoomAnswers();
  readonly links = new Set<PhoneLink>();
  #title = '';
  #question: Omit<Question, 'mine' | 'closed'> | null = null;
  #now: () => number;

  constructor(readonly options: RoomOptions) {
    this.door = new RoomDoor(options.token, options.code, options.maxPhones);
    this.#now = options.now ?? (() => Date.now());
  }

  get sessionId(): string {
    return this.options.sessionId;
  }

  /** Follows the projector: a poll on screen becomes the phones' question. */
  follow(audience: AudienceView): void {
    const slide = audience.slide;
    const next =
      slide.kind === 'poll' && audience.screen === 'normal'
        ? {
            id: slide.questionId,
            kind: 'poll' as const,
            text: slide.question,
            options: slide.options.map((o) => ({ id: o.id, label: o.label })),
          }
        : null;
    const changed = audience.workshopTitle !== this.#title || JSON.stringify(next) !== JSON.stringify(this.#question);
    this.#title = audience.workshopTitle;
    this.#question = next;
    if (changed) this.broadcast();
  }

  get question(): { id: string; closed: boolean } | null {
    return this.#question ? { id: this.#question.id, closed: this.answers.question(this.#question.id).closed } : null;
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
    if (!q) return { workshopTitle: this.#title, question: null };
    const answers = this.answers.question(q.id);
    return { workshopTitle: this.#title, question: { ...q, closed: answers.closed, mine: phone ? (answers.mine(phone) ?? null) : null } };
  }

  broadcast(): void {
    for (const link of this.links) if (link.phone) link.send({ event: 'view', view: this.viewFor(link.phone) });
  }

  hello(link: PhoneLink, input: { token: string; phone?: string } | { code: string; phone?: string }): PhoneWelcome {
    const credential = 'token' in input ? { token: input.token } : { code: input.code };
    const admitted = this.door.admit(credential, input.phone, randomBytes(18).toString('base64url'), link.address, this.#now());
    if ('refused' in admitted) throw new AppFailure('forbidden', admitted.message);
    link.phone = admitted.phone;
    this.options.changed();
    return { phone: admitted.phone, view: this.viewFor(admitted.phone) };
  }

  async answer(link: PhoneLink, input: { questionId: string; optionId: string }): Promise<PhoneView> {
    if (!link.phone) throw new AppFailure('forbidden', 'Join the room first.');
    const q = this.#question;
    const change = this.answers.answer(
      q && { id: q.id, options: q.options.map((o) => o.id) },
      link.phone,
      input.questionId,
      input.optionId,
    );
    if (change === 'closed') throw new AppFailure('conflict', 'This question is closed.');
    if (change === 'not-current') throw new AppFailure('conflict', 'This question is no longer on the screen.');
    if (change === 'unknown-option') throw new AppFailure('invalid-input', 'That is not one of the answers.', { path: '$.optionId' });
    if (change) {
      if (change.removed) await this.options.record({ type: 'poll-add', activityId: change.questionId, optionId: change.removed, by: -1 });
      if (change.added) await this.options.record({ type: 'poll-add', activityId: change.questionId, optionId: change.added, by: 1 });
      this.options.changed();
    }
    return this.viewFor(link.phone);
  }

  /** Closes or reopens the question on screen. */
  closeQuestion(closed: boolean): void {
    if (!this.#question) throw new AppFailure('conflict', 'There is no question on the screen.');
    this.answers.question(this.#question.id).closed = closed;
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

  closeAll(message: string): void {
    for (const link of this.links) link.close(message);
    this.links.clear();
  }
}
