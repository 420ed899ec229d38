import type { Workshop } from '../../core/workshop/workshop-schema';
import type { Activity } from '../../core/workshop/activity-schema';
import { applyIntent, IntentRejected, openRun, spentAt, timerOf, withActivities, type LiveRun } from '../../core/live/live-run';
import { withChosenCards } from '../../core/session/scenario-cards';
import { banksInLanguage, type ScenarioBank } from '../../core/workshop/bank-schema';
import { DEFAULT_LANGUAGE } from '../../core/workshop/language';
import type { Session } from '../../core/session/session-schema';
import { liveStateOf, type LivePreferences, type LiveState } from '../../core/live/live-state';
import type { LiveIntent } from '../../core/live/live-schema';
import type { AudienceView } from '../../core/live/audience-view';
import { timerViewOf } from '../../core/live/timer';
import type { Store } from '../store/store';
import type { EventHub } from '../event-hub';
import { AppFailure, NotFound } from '../errors';
import { requireSession } from '../lookup';
import { OpenOnce } from '../open-once';
import { clampMinGroup } from '../../core/room/gate';

const prefsOf = (s: { theme: LivePreferences['theme']; chime: boolean; roomMinGroup?: number }): LivePreferences => ({
  theme: s.theme,
  chime: s.chime,
  minGroup: clampMinGroup(s.roomMinGroup),
});

export type FindWorkshop = (id: string) => Promise<Workshop | undefined>;

export interface LiveHubOptions {
  /** Monotonic milliseconds; injected in tests to control time. */
  clock?: () => number;
  /** How often time spent is saved while nothing else happens, so a crash loses little; 0 turns it off. */
  checkpointMs?: number;
  /** Scenario card banks, where the cards a session chose come from. */
  banks?: readonly ScenarioBank[];
}

/**
 * Holds the authoritative live state of running sessions, applies the views' intents in order,
 * pushes every change to every view shaped for its role, and saves what happened with the session.
 */
export class LiveHub {
  #runs = new OpenOnce<string, LiveRun>();
  #prefs: LivePreferences | null = null;
  #clock: () => number;
  #checkpoint: ReturnType<typeof setInterval> | null = null;
  #banks: readonly ScenarioBank[];

  constructor(
    private readonly store: Store,
    private readonly events: EventHub,
    private readonly findWorkshop: FindWorkshop,
    options: LiveHubOptions = {},
  ) {
    this.#clock = options.clock ?? (() => performance.now());
    this.#banks = options.banks ?? [];
    const every = options.checkpointMs ?? 30_000;
    if (every > 0) {
      // A failed save is retried at the next checkpoint and with the next intent; it must never end the host.
      this.#checkpoint = setInterval(
        () => void this.checkpoint().catch((err: Error) => console.error(`[secure-base] could not save time spent: ${err.message}`)),
        every,
      );
      this.#checkpoint.unref?.();
    }
  }

  /** The console's view of a session, opening it in the hub if it is not running yet. */
  async join(sessionId: string): Promise<LiveState> {
    const run = await this.#open(sessionId);
    return liveStateOf(run, this.#clock(), await this.#preferences());
  }

  /** The projector's view: only what the room may see. */
  async audience(sessionId: string): Promise<AudienceView> {
    return (await this.join(sessionId)).audience;
  }

  async intent(sessionId: string, intent: LiveIntent): Promise<LiveState> {
    const prefs = await this.#preferences();
    await this.#open(sessionId);
    if (intent.type === 'theme' || intent.type === 'chime') return this.#changePreferences(sessionId, intent);
    // Read the run only now, with no await until it is replaced, so intents never overtake each other.
    const before = this.#runs.get(sessionId)!;
    const now = this.#clock();
    let after: LiveRun;
    try {
      after = applyIntent(before, intent, now);
    } catch (err) {
      if (err instanceof IntentRejected) throw new AppFailure('invalid-input', err.message);
      throw err;
    }
    if (after === before) return liveStateOf(before, now, prefs);
    this.#runs.set(sessionId, after);
    // Push first, then save: the room should not wait for the disk.
    const state = this.#emit(after, now, prefs);
    await this.#persist(after, now);
    return state;
  }

  /**
   * Phone answers in one batch: applied in order, pushed to the views once, saved once. An intent the
   * run refuses (the workshop changed meanwhile) is left out; the rest still count.
   */
  async record(sessionId: string, intents: readonly LiveIntent[]): Promise<void> {
    const prefs = await this.#preferences();
    await this.#open(sessionId);
    const before = this.#runs.get(sessionId)!;
    const now = this.#clock();
    let after = before;
    for (const intent of intents) {
      if (intent.type === 'theme' || intent.type === 'chime') continue;
      try {
        after = applyIntent(after, intent, now);
      } catch (err) {
        if (!(err instanceof IntentRejected)) throw err;
        console.error(`[secure-base] a phone answer was not recorded: ${err.message}`);
      }
    }
    if (after === before) return;
    this.#runs.set(sessionId, after);
    this.#emit(after, now, prefs);
    await this.#persist(after, now);
  }

  /** The activity and step on screen, for the room's phones; null when the session is not running here. */
  onScreen(
    sessionId: string,
  ): { activity: Activity | undefined; step: number; screen: LiveRun['screen']; workshopTitle: string; lang: string } | null {
    const run = this.#runs.get(sessionId);
    if (!run) return null;
    const { activities, activityIndex, step, screen, workshopTitle, lang } = run;
    return { activity: activities[activityIndex], step, screen, workshopTitle, lang };
  }

  /** Settings that shape the views changed elsewhere (the room's k): every open session's views follow. */
  async preferencesChanged(): Promise<void> {
    this.#prefs = prefsOf(await this.store.getSettings());
    const now = this.#clock();
    for (const [id, r] of this.#runs.entries()) this.#runs.set(id, { ...r, revision: r.revision + 1 });
    for (const r of this.#runs.values()) this.#emit(r, now, this.#prefs);
  }

  /** Saves time spent on every open session that is still running; forgets sessions deleted meanwhile. */
  async checkpoint(): Promise<void> {
    const now = this.#clock();
    const running = [...this.#runs.values()].filter((r) => !r.endedAt);
    await Promise.all(
      running.map((r) =>
        this.#persist(r, now).catch((err: unknown) => {
          if (err instanceof NotFound) this.#runs.delete(r.sessionId);
          else throw err;
        }),
      ),
    );
  }

  /** The activities a session runs, with the scenario cards it chose; the room checks what phones write against them. */
  async activities(sessionId: string): Promise<LiveRun['activities']> {
    return (await this.#open(sessionId)).activities;
  }

  /** A session chose other scenario cards: a running session's views show them at once. */
  async useChosenCards(sessionId: string, session: Session): Promise<void> {
    if (!this.#runs.get(sessionId)) return;
    const [workshop, prefs] = await Promise.all([this.findWorkshop(session.workshopId), this.#preferences()]);
    const activities = this.#activitiesOf(session, workshop);
    // Read the run only now, with no await until it is replaced, so no intent is lost meanwhile.
    const before = this.#runs.get(sessionId);
    if (!before) return;
    const after = withActivities(before, activities);
    this.#runs.set(sessionId, after);
    this.#emit(after, this.#clock(), prefs);
  }

  dispose(): void {
    if (this.#checkpoint) clearInterval(this.#checkpoint);
  }

  #emit(run: LiveRun, now: number, prefs: LivePreferences): LiveState {
    const state = liveStateOf(run, now, prefs);
    // The room first: where both windows share one browser thread, the projector then renders
    // before the console's larger update.
    this.events.emit('live:audience', (role) => (role === 'projector' ? state.audience : undefined));
    this.events.emit('live:changed', (role) => (role === 'facilitator' ? state : undefined));
    return state;
  }

  async #persist(run: LiveRun, now: number): Promise<void> {
    const timer = timerViewOf(timerOf(run), now);
    const spentMs = spentAt(run, now);
    await this.store.updateSession(run.sessionId, (s) => {
      s.position = { activityIndex: run.activityIndex, step: run.step };
      s.timer = timer;
      s.spentMs = spentMs;
      s.results = run.results;
      s.shown = run.shown;
      if (run.endedAt) s.endedAt = run.endedAt;
    });
  }

  async #changePreferences(sessionId: string, intent: Extract<LiveIntent, { type: 'theme' | 'chime' }>): Promise<LiveState> {
    const patch = intent.type === 'theme' ? { theme: intent.theme } : { chime: intent.on };
    const settings = await this.store.updateSettings(patch);
    this.#prefs = prefsOf(settings);
    const now = this.#clock();
    // Settings are app-wide: every open session's views follow.
    for (const [id, r] of this.#runs.entries()) this.#runs.set(id, { ...r, revision: r.revision + 1 });
    for (const r of this.#runs.values()) if (r.sessionId !== sessionId) this.#emit(r, now, this.#prefs);
    return this.#emit(this.#runs.get(sessionId)!, now, this.#prefs);
  }

  async #preferences(): Promise<LivePreferences> {
    if (!this.#prefs) {
      this.#prefs = prefsOf(await this.store.getSettings());
    }
    return this.#prefs;
  }

  /** One run per session, even when two views join at the same moment. */
  #open(sessionId: string): Promise<LiveRun> {
    return this.#runs.open(sessionId, () => this.#load(sessionId));
  }

  async #load(sessionId: string): Promise<LiveRun> {
    const session = await requireSession(this.store, sessionId);
    // Revisions start from the wall clock so they keep rising across a host restart, and views
    // that stayed open never mistake the restarted hub's state for an old one.
    const workshop = await this.findWorkshop(session.workshopId);
    return openRun(session, this.#activitiesOf(session, workshop), this.#clock(), Date.now(), workshop?.lang);
  }

  /** The workshop's activities as this session runs them, with the scenario cards it chose from banks in its language. */
  #activitiesOf(session: Session, workshop: Workshop | undefined) {
    const banks = banksInLanguage(this.#banks, workshop?.lang ?? DEFAULT_LANGUAGE);
    return withChosenCards(workshop?.activities ?? [], session.scenarioCards, banks);
  }
}
