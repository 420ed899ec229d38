import { randomBytes } from 'node:crypto';
import type { RoomClosing, RoomJoinView, RoomStatus } from '../../contract/room';
import type { AudienceView } from '../../core/live/audience-view';
import type { LiveState } from '../../core/live/live-state';
import { makeJoinCode } from '../../core/room/join-code';
import { DEFAULT_MAX_PHONES } from '../../core/room/door';
import { clampMinGroup } from '../../core/room/gate';
import type { NetworkInterfaceEntry } from '../../core/room/interfaces';
import type { EventHub } from '../event-hub';
import type { LiveHub } from '../live/live-hub';
import type { Store } from '../store/store';
import { AppFailure } from '../errors';
import { requireSession } from '../lookup';
import { Room } from './room';
import { startRoomServer, type RoomServer } from './room-server';
import { loadPhonePage } from './phone-page';
import { dispatchPhone } from './phone-dispatch';
import { QuestionBox } from './question-box';
import { machineInterfaces, roomAddress, roomPorts, type RoomEnvironment } from './room-network';

export interface RoomsOptions {
  store: Store;
  live: LiveHub;
  events: EventHub;
  /** The built renderer folder, which holds phone.html. */
  rendererDir: string;
  env?: RoomEnvironment;
  interfaces?: () => NetworkInterfaceEntry[];
  /** How often the address is checked while a room is open; 0 turns it off. */
  watchMs?: number;
  /** A phone's messages per second and burst (the room's default when absent). */
  rate?: { perSecond: number; burst: number };
}

interface OpenRoom {
  room: Room;
  /** The room's written texts and their moderation. */
  box: QuestionBox;
  server: RoomServer;
  showJoin: boolean;
  locked: boolean;
}

/**
 * The room of the running session. Nothing listens until the facilitator lets the room join; the
 * server stops when they close the room, when the session is finished, or when Secure Base quits.
 */
export class Rooms {
  #open: OpenRoom | null = null;
  #watch: ReturnType<typeof setInterval> | null = null;
  #pending: Promise<unknown> = Promise.resolve();
  #env: RoomEnvironment;
  #interfaces: () => NetworkInterfaceEntry[];
  readonly #unsubscribe: () => void;

  constructor(private readonly o: RoomsOptions) {
    this.#env = o.env ?? (process.env as RoomEnvironment);
    this.#interfaces = o.interfaces ?? machineInterfaces;
    // The room follows the projector, and closes when the session is finished.
    this.#unsubscribe = o.events.add({
      role: 'projector',
      send: (event, payload) => {
        if (event === 'live:audience' && this.#open?.room.sessionId === (payload as AudienceView).sessionId) this.#follow(this.#open.room);
      },
    });
    const finished = o.events.add({
      role: 'facilitator',
      send: (event, payload) => {
        const state = payload as LiveState;
        if (event === 'live:changed' && state.endedAt && this.#open?.room.sessionId === state.sessionId)
          void this.close(state.sessionId).catch(() => {});
      },
    });
    const all = this.#unsubscribe;
    this.#unsubscribe = () => (all(), finished());
  }

  #follow(room: Room): void {
    const on = this.o.live.onScreen(room.sessionId);
    if (on) room.follow(on);
  }

  /** One change at a time: opening, closing and moving never overlap. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#pending.then(work, work);
    this.#pending = next.catch(() => {});
    return next;
  }

  #room(sessionId: string): OpenRoom {
    if (!this.#open || this.#open.room.sessionId !== sessionId) throw new AppFailure('conflict', 'The room is not open for this session.');
    return this.#open;
  }

  async status(sessionId: string): Promise<RoomStatus> {
    const o = this.#open?.room.sessionId === sessionId ? this.#open : null;
    const settings = await this.o.store.getSettings();
    const choice = roomAddress(this.#env, this.#interfaces(), settings.roomAddress);
    const base = o ? `http://${o.server.address}:${o.server.port}` : null;
    return {
      sessionId,
      open: !!o,
      joinUrl: o ? `${base}/?t=${o.room.options.token}` : null,
      address: base,
      code: o ? o.room.door.code : null,
      locked: o ? o.room.door.locked : false,
      connected: o ? o.room.connected : 0,
      answered: o ? o.room.answered : 0,
      question: o ? o.room.question : null,
      minGroup: clampMinGroup(settings.roomMinGroup),
      addresses: choice.ranked,
      problem: o ? null : choice.problem,
      noNetwork: !o && !choice.chosen && !choice.overridden,
      showJoin: o ? o.showJoin : false,
    };
  }

  joinView(sessionId: string): RoomJoinView {
    const o = this.#open?.room.sessionId === sessionId ? this.#open : null;
    const base = o ? `http://${o.server.address}:${o.server.port}` : null;
    return {
      open: !!o,
      showJoin: o ? o.showJoin : false,
      joinUrl: o ? `${base}/?t=${o.room.options.token}` : null,
      address: base,
      code: o ? o.room.door.code : null,
      locked: o ? o.room.door.locked : false,
    };
  }

  async #changed(sessionId: string): Promise<void> {
    const status = await this.status(sessionId);
    this.o.events.emit('room:changed', (role) => (role === 'facilitator' ? status : undefined));
    const view = this.joinView(sessionId);
    this.o.events.emit('room:join', view);
  }

  #notify(sessionId: string): void {
    void this.#changed(sessionId).catch((err: Error) => console.error(`[secure-base] room status: ${err.message}`));
  }

  open(sessionId: string, address?: string): Promise<RoomStatus> {
    return this.#serial(async () => {
      await requireSession(this.o.store, sessionId);
      if (this.#open?.room.sessionId === sessionId && !address) return this.status(sessionId);
      if (this.#open) await this.#stop({ reason: 'moved', message: 'The room moved to another session.' });
      if (address) await this.o.store.updateSettings({ roomAddress: address });
      await this.#start(sessionId);
      this.#notify(sessionId);
      return this.status(sessionId);
    });
  }

  async #start(sessionId: string, keep?: { room: Room; box: QuestionBox }): Promise<void> {
    const settings = await this.o.store.getSettings();
    const choice = roomAddress(this.#env, this.#interfaces(), settings.roomAddress);
    if (!choice.chosen) throw new AppFailure('conflict', choice.problem ?? 'There is no address to open the room on.');
    const ports = roomPorts(this.#env, settings.roomPort);
    if (ports instanceof Error) throw new AppFailure('invalid-input', ports.message);
    const files = await loadPhonePage(this.o.rendererDir).catch(() => {
      throw new AppFailure('io', 'The phone page is not built. Run "npm run build" and open the room again.');
    });
    const maxPhones = settings.roomMaxPhones ?? DEFAULT_MAX_PHONES;
    const room =
      keep?.room ??
      new Room({
        sessionId,
        token: randomBytes(24).toString('base64url'),
        code: makeJoinCode(randomBytes(6)),
        maxPhones,
        record: (intents) => this.o.live.record(sessionId, intents),
        changed: () => this.#notify(sessionId),
      });
    const { store, events, live } = this.o;
    const box = keep?.box ?? (await QuestionBox.open({ sessionId, store, events, live, links: () => room.links }));
    let server: RoomServer | null = null;
    let lastError: Error | null = null;
    for (const port of ports) {
      try {
        server = await startRoomServer({
          address: choice.chosen.address,
          port,
          files,
          maxSockets: maxPhones * 2,
          ...(this.o.rate ? { rate: this.o.rate } : {}),
          connected: (link) => room.add(link),
          disconnected: (link) => room.remove(link),
          message: (link, channel, input) =>
            dispatchPhone(
              {
                'phone:hello': async (i: never) => {
                  const welcome = room.hello(link, i);
                  box.welcome(link);
                  return welcome;
                },
                'phone:answer': async (i: never) => room.answer(link, i),
                'phone:ping': async () => ({ at: Date.now() }),
                'phone:write': (i: never) => box.write(link, i),
                'phone:upvote': (i: { questionId: string }) => box.upvote(link, i.questionId),
              },
              channel,
              input,
            ),
        });
        break;
      } catch (err) {
        lastError = err as Error;
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') break;
      }
    }
    if (!server)
      throw new AppFailure('io', `The room could not open on ${choice.chosen.address}: ${lastError?.message ?? 'no free port'}.`);
    if (!choice.overridden && server.port !== settings.roomPort) await this.o.store.updateSettings({ roomPort: server.port });
    await this.o.live.audience(sessionId);
    this.#follow(room);
    this.#open = { room, box, server, showJoin: this.#open?.showJoin ?? false, locked: false };
    this.#watchAddress(sessionId, choice.overridden);
  }

  /** Notices when the address goes away (Wi-Fi changed, hotspot off) and moves the room to the new one. */
  #watchAddress(sessionId: string, overridden: boolean): void {
    if (this.#watch) clearInterval(this.#watch);
    const every = this.o.watchMs ?? 5000;
    if (overridden || every <= 0) return;
    this.#watch = setInterval(() => {
      const o = this.#open;
      if (!o || this.#interfaces().some((i) => i.address === o.server.address)) return;
      void this.#serial(async () => {
        const keep = { room: o.room, box: o.box };
        await o.server.close();
        this.#open = null;
        await this.#start(sessionId, keep).catch((err: Error) => console.error(`[secure-base] room moved: ${err.message}`));
        this.#notify(sessionId);
      });
    }, every);
    this.#watch.unref?.();
  }

  async #stop(closing: RoomClosing): Promise<void> {
    if (this.#watch) clearInterval(this.#watch);
    this.#watch = null;
    const o = this.#open;
    this.#open = null;
    if (!o) return;
    await o.room.flush();
    o.room.closeAll(closing);
    await o.server.close();
    await o.box.close();
  }

  close(sessionId: string): Promise<RoomStatus> {
    return this.#serial(async () => {
      if (this.#open?.room.sessionId === sessionId)
        await this.#stop({ reason: 'closed', message: 'The facilitator closed the room. Thank you for taking part.' });
      this.#notify(sessionId);
      return this.status(sessionId);
    });
  }

  async lock(sessionId: string, locked: boolean): Promise<RoomStatus> {
    this.#room(sessionId).room.door.locked = locked;
    this.#notify(sessionId);
    return this.status(sessionId);
  }

  async newCode(sessionId: string): Promise<RoomStatus> {
    const door = this.#room(sessionId).room.door;
    door.code = makeJoinCode(randomBytes(6), door.code);
    this.#notify(sessionId);
    return this.status(sessionId);
  }

  async closeQuestion(sessionId: string, closed: boolean): Promise<RoomStatus> {
    this.#room(sessionId).room.closeQuestion(closed);
    return this.status(sessionId);
  }

  /** The minimum group size k, for every session from now on; the projector follows at once. */
  async minGroup(sessionId: string, k: number): Promise<RoomStatus> {
    await this.o.store.updateSettings({ roomMinGroup: clampMinGroup(k) });
    await this.o.live.preferencesChanged();
    this.#notify(sessionId);
    return this.status(sessionId);
  }

  /** Sends the phones' pending answers to the session now rather than with the next batch. */
  async flush(sessionId: string): Promise<void> {
    if (this.#open?.room.sessionId === sessionId) await this.#open.room.flush();
  }

  async joinScreen(sessionId: string, show?: boolean): Promise<RoomJoinView> {
    const o = this.#room(sessionId);
    o.showJoin = show ?? !o.showJoin;
    this.#notify(sessionId);
    return this.joinView(sessionId);
  }

  /** The open room's written texts, or null while no room is open for this session. */
  questionBox(sessionId: string): QuestionBox | null {
    return this.#open?.room.sessionId === sessionId ? this.#open.box : null;
  }

  /** Banned words or nicknames changed: the open room's phones follow. */
  async textSettingsChanged(): Promise<void> {
    await this.#open?.box.settingsChanged();
  }

  /** The server of the open room, for tests and the socket-table check. */
  get server(): RoomServer | null {
    return this.#open?.server ?? null;
  }

  /** Cuts every phone's connection (the bench's Wi-Fi hiccup); phones rejoin as themselves. */
  async dropEveryPhone(): Promise<void> {
    this.#open?.server.dropAll();
  }

  /** On quit: the room stops and forgets everything about the phones. */
  dispose(): Promise<void> {
    this.#unsubscribe();
    return this.#serial(() => this.#stop({ reason: 'quit', message: 'Secure Base was closed. Thank you for taking part.' }));
  }
}
