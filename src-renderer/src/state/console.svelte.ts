import type { Api } from '../lib/api';
import type { Activity, LiveIntent, LiveState, Session, WorkshopLanguage } from '../../../src-main/contract';
import { Chime } from '../lib/chime';
import { paceOf, type Pace } from '../lib/pace';
import { LiveFeed } from './live-feed.svelte';

/**
 * The facilitator's console: the session, its workshop's activities, and the live state the host
 * pushes. The console sends intents and shows what comes back; it never keeps its own copy.
 */
export class ConsoleState {
  #session = $state<Session | null>(null);
  #activities = $state.raw<Activity[]>([]);
  #language = $state.raw<WorkshopLanguage>({ lang: 'en', name: 'English', dir: 'ltr' });
  #error = $state<string | null>(null);
  /** A failed intent or save: shown briefly, the session goes on. */
  #problem = $state<string | null>(null);
  readonly #chime = new Chime();
  readonly #feed: LiveFeed<LiveState>;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {
    this.#feed = new LiveFeed(
      sessionId,
      () => api.call('live:join', { sessionId }),
      (take) => api.subscribe('live:changed', take),
      () => {
        if (this.live?.chime) this.#chime.play();
      },
    );
  }

  get clock() {
    return this.#feed.clock;
  }

  get session() {
    return this.#session;
  }
  get live() {
    return this.#feed.current;
  }
  get error() {
    return this.#error;
  }
  get problem() {
    return this.#problem;
  }
  get agenda() {
    return this.#session?.agenda ?? [];
  }
  /** The workshop's content for the current activity; undefined if it was removed from the workshop. */
  get activity(): Activity | undefined {
    const id = this.agenda[this.live?.activityIndex ?? -1]?.activityId;
    return this.#activities.find((a) => a.id === id);
  }
  /** The workshop's language: its script is shown in it, right to left for Arabic. */
  get language(): WorkshopLanguage {
    return this.#language;
  }
  get nextItem() {
    return this.live ? this.agenda[this.live.activityIndex + 1] : undefined;
  }

  /** Time spent per activity, the current one counting up between pushes. */
  spentOf(activityId: string): number {
    const live = this.live;
    if (!live) return 0;
    const base = live.spentMs[activityId] ?? 0;
    const current = this.agenda[live.activityIndex]?.activityId === activityId;
    return current && !live.endedAt ? base + this.clock.sinceSync : base;
  }

  get pace(): Pace {
    const live = this.live;
    if (!live) return { plannedMs: 0, actualMs: 0, behindMs: 0 };
    const spent = Object.fromEntries(this.agenda.map((a) => [a.activityId, this.spentOf(a.activityId)]));
    return paceOf(this.agenda, live.activityIndex, spent);
  }

  async load(): Promise<void> {
    try {
      const session = await this.api.call('sessions:get', { sessionId: this.sessionId });
      const detail = await this.api.call('workshops:get', { id: session.workshopId }).catch(() => null);
      this.#session = session;
      this.#activities = detail?.workshop.activities ?? [];
      if (detail) this.#language = detail.language;
      await this.#feed.start((err) => (this.#problem = (err as Error).message));
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  async send(intent: LiveIntent): Promise<void> {
    // Audio may only start after a gesture; starting the timer is one.
    if (intent.type === 'timer' && this.live?.chime) this.#chime.prepare();
    try {
      this.#feed.take(await this.api.call('live:intent', { sessionId: this.sessionId, intent }));
      this.#problem = null;
    } catch (err) {
      this.#problem = (err as Error).message;
    }
  }

  /** Notes typed for an activity, kept here so switching away and back shows them. */
  noteFor(activityId: string): string {
    return this.#session?.notes.activities[activityId] ?? '';
  }

  saveNoteFor = (activityId: string) => (text: string) => {
    if (this.#session) this.#session.notes.activities[activityId] = text;
    return this.api.call('notes:save', { sessionId: this.sessionId, activityId, text });
  };

  saveSessionNotes = (text: string) => {
    if (this.#session) this.#session.notes.session = text;
    return this.api.call('notes:save', { sessionId: this.sessionId, text });
  };

  dismissProblem(): void {
    this.#problem = null;
  }

  dispose(): void {
    this.#feed.dispose();
  }
}
