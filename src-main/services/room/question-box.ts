import { randomBytes } from 'node:crypto';
import { TextQueue, type Draft, type Moderation } from '../../core/room/moderation';
import { noRoomTexts } from '../../core/session/room-texts';
import type { ModerationView, PhoneQuestions, QuestionsScreen, TextSettings } from '../../contract/room-questions';
import type { PhoneLink } from './room';
import type { EventHub } from '../event-hub';
import type { LiveHub } from '../live/live-hub';
import type { Store } from '../store/store';
import { AppFailure } from '../errors';

export interface QuestionBoxOptions {
  sessionId: string;
  store: Store;
  events: EventHub;
  live: LiveHub;
  /** The phones joined now. */
  links(): Iterable<PhoneLink>;
  /** How long changes gather before the console, projector and phones hear of them. */
  batchMs?: number;
}

/**
 * Changes reach the room in batches, a few times a second at most: nobody can link a tap on a phone
 * to the count moving on the screen, and 200 phones voting at once cost a few broadcasts, not 40,000.
 */
export const TEXT_BATCH_MS = 200;

/** Banned words and nicknames as the settings hold them (both off by default). */
export async function textSettingsOf(store: Store): Promise<TextSettings> {
  const s = await store.getSettings();
  return { bannedWords: s.roomBannedWords ?? [], nicknames: s.roomNicknames ?? false };
}

const dice = { id: () => randomBytes(12).toString('base64url'), shuffle: () => randomBytes(6).readUIntBE(0, 6) / 2 ** 48 };

/**
 * The room's written texts for one open room: phones write and upvote, the facilitator moderates,
 * and every change reaches the console (everything), the projector and the phones (approved texts
 * only). The session file gets the approved texts each time they change; the rest stays in memory
 * and is forgotten with the room.
 */
export class QuestionBox {
  readonly queue = new TextQueue(dice);
  #show = false;
  #saving: Promise<void> = Promise.resolve();
  #saveQueued = false;
  #pending: { phones: boolean; screen: boolean } | null = null;
  #batch: ReturnType<typeof setTimeout> | null = null;
  #flushed: Promise<void> = Promise.resolve();
  #resolveFlushed: (() => void) | null = null;

  constructor(private readonly o: QuestionBoxOptions) {}

  /** A box for a room that opens, with the approved texts the session kept from an earlier room. */
  static async open(o: QuestionBoxOptions): Promise<QuestionBox> {
    const box = new QuestionBox(o);
    const session = await o.store.getSession(o.sessionId);
    if (session?.roomTexts) box.queue.restore(session.roomTexts);
    return box;
  }

  async write(link: PhoneLink, input: Draft & { kind: 'question' | 'response' }): Promise<PhoneQuestions> {
    const phone = joined(link);
    const settings = await textSettingsOf(this.o.store);
    const draft: Draft = { kind: input.kind, text: input.text };
    if (settings.nicknames && input.nickname?.trim()) draft.nickname = input.nickname.trim();
    if (input.kind === 'response') {
      const card = await this.#card(input.activityId!, input.cardId!);
      Object.assign(draft, { activityId: input.activityId, cardId: input.cardId, cardTitle: card.title });
    }
    const queued = this.queue.submit(phone, draft, settings.bannedWords);
    if ('refused' in queued)
      throw new AppFailure(queued.refused === 'empty' ? 'invalid-input' : 'conflict', queued.message, {
        reason: queued.refused,
        amount: queued.amount,
      });
    this.#changed({ phones: false, screen: false });
    return this.phoneView(phone, settings.nicknames);
  }

  async #card(activityId: string, cardId: string): Promise<{ title: string }> {
    const activities = await this.o.live.activities(this.o.sessionId);
    const activity = activities.find((a) => a?.id === activityId);
    if (!activity || activity.kind !== 'scenario')
      throw new AppFailure('invalid-input', 'That scenario is not in this session.', { path: '$.activityId', reason: 'not-current' });
    const card = activity.cards.find((c) => c.id === cardId);
    if (!card) throw new AppFailure('invalid-input', 'That card is not in this scenario.', { path: '$.cardId', reason: 'unknown-item' });
    return card;
  }

  async upvote(link: PhoneLink, questionId: string): Promise<PhoneQuestions> {
    const phone = joined(link);
    const vote = this.queue.upvote(phone, questionId);
    if (vote === 'not-found')
      throw new AppFailure('not-found', 'That question is no longer on the list.', { path: '$.questionId', reason: 'question-gone' });
    if (vote === 'counted') {
      this.#changed({ phones: true, screen: true });
      this.#save();
    }
    return this.phoneView(phone, (await textSettingsOf(this.o.store)).nicknames);
  }

  moderate(textId: string, decision: Moderation): ModerationView {
    const wasApproved =
      this.queue.questions().some((q) => q.id === textId) || this.queue.responses().some((g) => g.responses.some((r) => r.id === textId));
    const result = this.queue.moderate(textId, decision);
    if (result === 'not-found') throw new AppFailure('not-found', 'That text is no longer waiting; it was already approved or hidden.');
    if (result === 'empty')
      throw new AppFailure('invalid-input', 'The edited text is empty. Write something or hide the text.', { path: '$.text' });
    const reachesRoom = decision.action !== 'hide' || wasApproved;
    this.#changed({ phones: true, screen: reachesRoom });
    if (reachesRoom) this.#save();
    return this.moderationView(true);
  }

  showScreen(show?: boolean): QuestionsScreen {
    this.#show = show ?? !this.#show;
    this.#changed({ phones: false, screen: true });
    return this.screenView();
  }

  phoneView(phone: string, nicknames: boolean): PhoneQuestions {
    return {
      nicknames,
      questions: this.queue.questions().map((q) => ({ ...q, voted: this.queue.votedBy(phone, q.id) })),
      waiting: this.queue.waitingFrom(phone),
    };
  }

  moderationView(open: boolean): ModerationView {
    return {
      sessionId: this.o.sessionId,
      open,
      waiting: this.queue.waiting(),
      questions: this.queue.questions(),
      responses: this.queue.responses(),
      showQuestions: this.#show,
    };
  }

  screenView(): QuestionsScreen {
    return { sessionId: this.o.sessionId, show: this.#show, questions: this.queue.questions(), responses: this.queue.responses() };
  }

  /** A phone that just joined gets the approved questions. */
  welcome(link: PhoneLink): void {
    setImmediate(() => this.#sendTo(link));
  }

  async #sendTo(link: PhoneLink, nicknames?: boolean): Promise<void> {
    if (!link.phone) return;
    const on = nicknames ?? (await textSettingsOf(this.o.store)).nicknames;
    link.send({ event: 'questions', questions: this.phoneView(link.phone, on) });
  }

  /** The settings changed: phones learn whether they may add a nickname. */
  async settingsChanged(): Promise<void> {
    const { nicknames } = await textSettingsOf(this.o.store);
    for (const link of this.o.links()) void this.#sendTo(link, nicknames);
  }

  #changed(what: { phones: boolean; screen: boolean }): void {
    this.#pending = { phones: (this.#pending?.phones ?? false) || what.phones, screen: (this.#pending?.screen ?? false) || what.screen };
    if (this.#batch) return;
    this.#flushed = new Promise((resolve) => (this.#resolveFlushed = resolve));
    this.#batch = setTimeout(() => void this.#flush(), this.o.batchMs ?? TEXT_BATCH_MS);
  }

  async #flush(): Promise<void> {
    const what = this.#pending;
    this.#pending = null;
    this.#batch = null;
    try {
      if (!what) return;
      const moderation = this.moderationView(true);
      this.o.events.emit('room:moderation', (role) => (role === 'facilitator' ? moderation : undefined));
      if (what.screen) this.o.events.emit('room:questions', this.screenView());
      if (what.phones) await this.settingsChanged();
    } finally {
      this.#resolveFlushed?.();
    }
  }

  /** Waits until the changes so far have reached every view and the session file. */
  async settled(): Promise<void> {
    await this.#flushed;
    await this.#saving;
  }

  /** Writes the approved texts to the session file, one write at a time; changes made meanwhile ride on the next. */
  #save(): void {
    // A write that has not started yet will take the latest texts with it.
    if (this.#saveQueued) return;
    this.#saveQueued = true;
    this.#saving = this.#saving.then(async () => {
      this.#saveQueued = false;
      const kept = this.queue.kept();
      await this.o.store
        .updateSession(this.o.sessionId, (s) => {
          if (kept.questions.length || Object.keys(kept.responses).length || s.roomTexts) s.roomTexts = kept;
        })
        .catch((err: Error) => console.error(`[secure-base] could not save the room's texts: ${err.message}`));
    });
  }

  /**
   * The room closed: held and hidden texts are forgotten and the screen goes. The approved texts are
   * in the session file, and the projector keeps their list for when a room opens again.
   */
  async close(): Promise<void> {
    await this.settled();
    const kept = { ...this.screenView(), show: false };
    this.queue.clear();
    this.#show = false;
    this.o.events.emit('room:questions', kept);
    const closed = this.moderationView(false);
    this.o.events.emit('room:moderation', (role) => (role === 'facilitator' ? closed : undefined));
  }
}

function joined(link: PhoneLink): string {
  if (!link.phone) throw new AppFailure('forbidden', 'Join the room first.', { reason: 'join-first' });
  return link.phone;
}

/** What the projector shows while no room is open: the approved texts the session kept, screen off. */
export async function keptScreen(store: Store, sessionId: string): Promise<QuestionsScreen> {
  const session = await store.getSession(sessionId);
  const queue = new TextQueue(dice);
  queue.restore(session?.roomTexts ?? noRoomTexts());
  return { sessionId, show: false, questions: queue.questions(), responses: queue.responses() };
}
