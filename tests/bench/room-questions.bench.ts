// Questions from phones over loopback (127.0.0.1), with simulated phones on real WebSockets in this
// process: 200 phones upvote one approved question at once; from the first vote sent to the
// projector showing all 200 (p95 over runs; the room batches updates every 200 ms, so the floor is
// one batch), and how many 'room:questions' events the projector got per run (a few, not 200).
// Then 200 phones write a question at once: from the first send to the console's queue holding all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { openAppContext } from '../../src-main/services/app-context';
import { Rooms } from '../../src-main/services/room/rooms';
import { createHandlers } from '../../src-main/services/handlers';
import type { RoomStatus } from '../../src-main/contract/room';
import type { ModerationView, QuestionsScreen } from '../../src-main/contract/room-questions';
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../src-main/launch/ensure-build.mjs';
import { summarise, type Bench } from './measure';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PHONES = 200;
const RUNS = 5;

class Phone {
  ws!: WebSocket;
  #next = 1;
  #waiting = new Map<number, (r: { ok: boolean }) => void>();
  constructor(readonly status: RoomStatus) {}

  async join(): Promise<void> {
    this.ws = new WebSocket(`ws://${new URL(this.status.address!).host}/ws`, { headers: { origin: this.status.address! } });
    this.ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      if ('reply' in m) this.#waiting.get(m.reply)?.(m.result);
    });
    await new Promise((resolve, reject) => (this.ws.once('open', resolve), this.ws.once('error', reject)));
    const r = await this.call('phone:hello', { token: new URL(this.status.joinUrl!).searchParams.get('t') });
    if (!r.ok) throw new Error('a phone could not join');
  }

  call(channel: string, input: unknown): Promise<{ ok: boolean }> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ id, channel, input }));
    });
  }
}

export const run: Bench = async (report) => {
  ensureBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'secure-base-questions-bench-'));
  const ctx = await openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: 'bench' });
  await ctx.store.updateSettings({ roomMaxPhones: PHONES + 10 });
  const rooms = new Rooms({
    store: ctx.store,
    live: ctx.live,
    events: ctx.events,
    rendererDir: join(root, 'out/renderer'),
    env: { SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' },
    // Every message must be counted here; the per-phone rate is measured in room.bench.ts.
    rate: { perSecond: 1000, burst: 1000 },
  });
  try {
    const started = await createHandlers(ctx)['sessions:start']({ workshopId: ctx.library.workshops[0].id, group: 'Bench' } as never);
    const sessionId = (started as { id: string }).id;
    const status = await rooms.open(sessionId);
    const phones: Phone[] = [];
    for (let i = 0; i < PHONES; i += 50) {
      const batch = Array.from({ length: 50 }, () => new Phone(status));
      await Promise.all(batch.map((p) => p.join()));
      phones.push(...batch);
    }
    const box = rooms.questionBox(sessionId)!;

    let onScreen: ((v: QuestionsScreen) => void) | null = null;
    let onQueue: ((v: ModerationView) => void) | null = null;
    const remove = ctx.events.add({ role: 'projector', send: (e, p) => e === 'room:questions' && onScreen?.(p as QuestionsScreen) });
    const removeConsole = ctx.events.add({
      role: 'facilitator',
      send: (e, p) => e === 'room:moderation' && onQueue?.(p as ModerationView),
    });

    const lastVote: number[] = [];
    const updates: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await phones[0].call('phone:write', { kind: 'question', text: `Question ${r}` });
      const id = box.moderationView(true).waiting[0].id;
      box.moderate(id, { action: 'approve' });
      await box.settled();
      const questionId = box.screenView().questions.find((q) => q.text === `Question ${r}`)!.id;
      let events = 0;
      const t0 = performance.now();
      const all = new Promise<void>((resolve) => {
        onScreen = (v) => {
          events++;
          if (v.questions.find((q) => q.id === questionId)?.votes === PHONES) resolve();
        };
      });
      await Promise.all(phones.map((p) => p.call('phone:upvote', { questionId })));
      await all;
      lastVote.push(performance.now() - t0);
      updates.push(events);
      await box.settled();
    }
    report({ ...summarise(`questions: ${PHONES} phones upvote at once -> projector shows all`, 'ms', lastVote), target: '<= 500 ms p95' });
    report({ ...summarise(`questions: projector updates per ${PHONES} simultaneous votes`, 'events', updates), target: '<= 5' });

    // Every phone writes at once; then the queue is cleared for the next run.
    const queued: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const full = new Promise<void>((resolve) => (onQueue = (v) => v.waiting.length >= PHONES && resolve()));
      await Promise.all(phones.map((p, i) => p.call('phone:write', { kind: 'question', text: `From phone ${i}, run ${r}` })));
      await full;
      queued.push(performance.now() - t0);
      for (const t of box.moderationView(true).waiting) box.moderate(t.id, { action: 'hide' });
      await box.settled();
    }
    report({ ...summarise(`questions: ${PHONES} phones write at once -> console queue holds all`, 'ms', queued), target: '<= 500 ms p95' });
    remove();
    removeConsole();
    for (const p of phones) p.ws.close();
  } finally {
    await rooms.dispose();
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
