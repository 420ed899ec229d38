// A real app context with a room bound to 127.0.0.1, a small phone page, and WebSocket phones.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Rooms } from '../../../../src-main/services/room/rooms';
import { openAppFixture, type AppFixture } from '../../security/support/app-fixture';
import type { PhoneViewQuestion, RoomStatus, RoomToPhone } from '../../../../src-main/contract/room';

/** The question on a phone, which the test expects to be a poll. */
export function pollOf(q: PhoneViewQuestion | null): Extract<PhoneViewQuestion, { kind: 'poll' }> {
  if (q?.kind !== 'poll') throw new Error(`expected a poll on the phone, got ${q?.kind ?? 'nothing'}`);
  return q;
}

export interface RoomFixture {
  app: AppFixture;
  rooms: Rooms;
  sessionId: string;
  rendererDir: string;
  /** Moves the session to its poll. */
  showPoll(): Promise<void>;
  close(): Promise<void>;
}

export async function openRoomFixture(env: Record<string, string> = {}, rate?: { perSecond: number; burst: number }): Promise<RoomFixture> {
  const app = await openAppFixture();
  const rendererDir = await mkdtemp(join(tmpdir(), 'secure-base-phone-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'phone.html'), '<!doctype html><script type="module" src="./assets/phone-x.js"></script>');
  await writeFile(join(rendererDir, 'assets', 'phone-x.js'), `import { x } from "./shared-y.js"; const s = "./types.js";`);
  await writeFile(join(rendererDir, 'assets', 'shared-y.js'), 'export {};');
  await writeFile(join(rendererDir, 'assets', 'index-z.js'), 'the console app');
  await writeFile(join(rendererDir, 'index.html'), '<title>console</title>');
  // The context's own room is never opened here; this one is, with the test's environment.
  const rooms = new Rooms({
    store: app.ctx.store,
    live: app.ctx.live,
    events: app.ctx.events,
    rendererDir,
    env: { SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0', ...env },
    ...(rate ? { rate } : {}),
  });
  const sessionId = app.samples[0];
  const workshop = app.ctx.library.workshops[0];
  return {
    app,
    rooms,
    sessionId,
    rendererDir,
    async showPoll() {
      const index = workshop.activities.findIndex((a) => a.kind === 'poll');
      await app.ctx.live.intent(sessionId, { type: 'goto', activityIndex: index });
    },
    async close() {
      await rooms.dispose();
      await app.close();
      await rm(rendererDir, { recursive: true, force: true });
    },
  };
}

type Reply = Extract<RoomToPhone, { reply: number }>;

/** A phone over a real WebSocket. */
export class TestPhone {
  readonly received: RoomToPhone[] = [];
  #next = 1;
  #waiters: ((m: RoomToPhone) => void)[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as RoomToPhone;
      this.received.push(m);
      for (const w of this.#waiters.splice(0)) w(m);
    });
  }

  static connect(status: RoomStatus, headers: Record<string, string> = {}): Promise<TestPhone> {
    const url = new URL(status.address!);
    const ws = new WebSocket(`ws://${url.host}/ws`, { headers: { origin: status.address!, ...headers } });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new TestPhone(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    });
  }

  next(): Promise<RoomToPhone> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Sends raw text and waits for the room's next message. */
  async raw(text: string | Buffer): Promise<RoomToPhone> {
    const answer = this.next();
    this.ws.send(text);
    return answer;
  }

  async call(channel: string, input: unknown): Promise<Reply['result']> {
    const id = this.#next++;
    const answer = new Promise<Reply['result']>((resolve) => {
      const wait = (m: RoomToPhone) => ('reply' in m && (m.reply === id || m.reply === -1) ? resolve(m.result) : this.#waiters.push(wait));
      this.#waiters.push(wait);
    });
    this.ws.send(JSON.stringify({ id, channel, input }));
    return answer;
  }

  closed(): Promise<number> {
    return new Promise((resolve) =>
      this.ws.readyState === WebSocket.CLOSED ? resolve(0) : this.ws.once('close', (code) => resolve(code)),
    );
  }

  close(): void {
    this.ws.close();
  }
}
