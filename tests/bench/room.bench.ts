// The room over loopback (127.0.0.1), with simulated phones on real WebSockets in this process:
//   vote -> projector update p95 (answers reach the projector in batches at most four times a second,
//   and only once k phones answered: <= 350 ms); 200 phones answering a spectrum statement at once,
//   last answer -> projector p95 (<= 350 ms); join -> first view p95
//   (<= 300 ms); memory per connected phone (<= 50 KB; both ends of each socket live in this process,
//   so the figure is an upper bound for the room); after the room drops every connection, the share
//   of 200 phones back and in step within 5 s (>= 95%); 50 votes a second from one phone count once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { openAppContext, type AppContext } from '../../src-main/services/app-context';
import { Rooms } from '../../src-main/services/room/rooms';
import type { PhoneView, PhoneViewQuestion, PhoneWelcome, RoomStatus, RoomToPhone } from '../../src-main/contract/room';
import type { AudienceView } from '../../src-main/core/live/audience-view';
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../src-main/launch/ensure-build.mjs';
import { summarise, type Bench } from './measure';

function pollOf(q: PhoneViewQuestion | null | undefined): Extract<PhoneViewQuestion, { kind: 'poll' }> {
  if (q?.kind !== 'poll') throw new Error('the bench expects a poll on the phones');
  return q;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

class Phone {
  ws!: WebSocket;
  key: string | undefined;
  view: PhoneView | null = null;
  #next = 1;
  #waiting = new Map<number, (r: { ok: boolean; value?: unknown; error?: { message: string } }) => void>();
  onView: (() => void) | null = null;

  constructor(readonly status: RoomStatus) {}

  open(): Promise<void> {
    this.ws = new WebSocket(`ws://${new URL(this.status.address!).host}/ws`, { headers: { origin: this.status.address! } });
    this.ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as RoomToPhone;
      if ('reply' in m) {
        const w = this.#waiting.get(m.reply);
        this.#waiting.delete(m.reply);
        w?.(m.result as never);
      } else if (m.event === 'view') {
        this.view = m.view;
        this.onView?.();
      }
    });
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  call(channel: string, input: unknown) {
    const id = this.#next++;
    return new Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>((resolve) => {
      this.#waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ id, channel, input }));
    });
  }

  async hello(): Promise<void> {
    const token = new URL(this.status.joinUrl!).searchParams.get('t')!;
    const r = await this.call('phone:hello', { token, ...(this.key ? { phone: this.key } : {}) });
    if (!r.ok) throw new Error(r.error?.message);
    const welcome = r.value as PhoneWelcome;
    this.key = welcome.phone;
    this.view = welcome.view;
  }
}

async function withRoom<T>(
  maxPhones: number,
  work: (ctx: AppContext, rooms: Rooms, status: RoomStatus) => Promise<T>,
  kind = 'poll',
): Promise<T> {
  return withRoomOn(maxPhones, kind, work);
}

async function withRoomOn<T>(
  maxPhones: number,
  kind: string,
  work: (ctx: AppContext, rooms: Rooms, status: RoomStatus) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'secure-base-room-bench-'));
  const ctx = await openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: 'bench' });
  await ctx.store.updateSettings({ roomMaxPhones: maxPhones });
  const rooms = new Rooms({
    store: ctx.store,
    live: ctx.live,
    events: ctx.events,
    rendererDir: join(root, 'out/renderer'),
    env: { SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' },
  });
  try {
    const sessionId = await startSession(ctx);
    const status = await rooms.open(sessionId);
    const index = ctx.library.workshops[0].activities.findIndex((a) => a.kind === kind);
    await ctx.live.intent(sessionId, { type: 'goto', activityIndex: index });
    return await work(ctx, rooms, status);
  } finally {
    await rooms.dispose();
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startSession(ctx: AppContext): Promise<string> {
  const { createHandlers } = await import('../../src-main/services/handlers');
  const s = await createHandlers(ctx)['sessions:start']({ workshopId: ctx.library.workshops[0].id, group: 'Bench' } as never);
  return (s as { id: string }).id;
}

async function crowd(n: number, report: Parameters<Bench>[0]): Promise<void> {
  await withRoom(n + 10, async (ctx, _rooms, status) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const joins: number[] = [];
    const phones: Phone[] = [];
    for (let i = 0; i < n; i += 50) {
      const batch = Array.from({ length: Math.min(50, n - i) }, () => new Phone(status));
      await Promise.all(
        batch.map(async (p) => {
          const t0 = performance.now();
          await p.open();
          await p.hello();
          joins.push(performance.now() - t0);
        }),
      );
      phones.push(...batch);
    }
    gc?.();
    const perPhone = (process.memoryUsage().heapUsed - heapBefore) / n / 1024;
    report({ ...summarise(`room: join -> first view, ${n} phones`, 'ms', joins), target: '<= 300 ms p95' });
    report({
      name: `room: memory per connected phone, ${n} phones`,
      unit: 'KB',
      median: Math.round(perPhone * 10) / 10,
      p95: NaN,
      runs: 1,
      target: '<= 50 KB',
    });

    // Every phone votes at once; each vote's time runs from its send to the projector's count reaching it.
    const q = pollOf(phones[0].view?.question);
    const sent: number[] = [];
    const seen: number[] = [];
    const remove = ctx.events.add({
      role: 'projector',
      send: (event, payload) => {
        const slide = (payload as AudienceView).slide;
        if (event === 'live:audience' && slide.kind === 'poll') while (seen.length < slide.total) seen.push(performance.now());
      },
    });
    await Promise.all(
      phones.map((p, i) => {
        sent.push(performance.now());
        return p.call('phone:answer', { questionId: q.id, optionId: q.options[i % q.options.length].id });
      }),
    );
    const deadline = Date.now() + 10_000;
    while (seen.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    remove();
    const latency = sent.map((t, i) => (seen[i] ?? NaN) - t).filter((x) => Number.isFinite(x));
    report({
      ...summarise(`room: vote -> projector update, ${n} phones voting at once`, 'ms', latency),
      target: '<= 350 ms p95 (batched, at most 4 updates a second)',
    });
    for (const p of phones) p.ws.close();
  });
}

async function comeBack(report: Parameters<Bench>[0]): Promise<void> {
  const n = 200;
  await withRoom(n + 10, async (_ctx, rooms, status) => {
    const phones = await Promise.all(
      Array.from({ length: n }, async () => {
        const p = new Phone(status);
        await p.open();
        await p.hello();
        return p;
      }),
    );
    const q = phones[0].view!.question!;
    // Each phone does what the page does: on a lost connection, retry after a short jittered backoff.
    const back = new Set<Phone>();
    const t0 = performance.now();
    for (const p of phones)
      p.ws.once('close', () => {
        const retry = async (attempt: number): Promise<void> => {
          await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2)));
          try {
            await p.open();
            await p.hello();
            if (p.view?.question?.id === q.id) back.add(p);
          } catch {
            await retry(attempt + 1);
          }
        };
        void retry(0);
      });
    await rooms.dropEveryPhone();
    while (back.size < n && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    report({
      name: `room: phones back and in step within 5 s after every connection dropped, ${n} phones`,
      unit: '%',
      median: (back.size / n) * 100,
      p95: NaN,
      runs: 1,
      target: '>= 95 %',
    });
    for (const p of phones) p.ws.close();
  });
}

async function oneEagerPhone(report: Parameters<Bench>[0]): Promise<void> {
  await withRoom(10, async (ctx, rooms, status) => {
    const phone = new Phone(status);
    await phone.open();
    await phone.hello();
    const q = pollOf(phone.view?.question);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 50; i++) {
      const r = await phone.call('phone:answer', { questionId: q.id, optionId: q.options[0].id });
      if (r.ok) accepted++;
      else if (r.error?.message.includes('slow down')) refused++;
      await new Promise((res) => setTimeout(res, 20));
    }
    await rooms.flush(status.sessionId);
    const counts = (await ctx.live.join(status.sessionId)).results[q.id];
    const counted = counts?.kind === 'poll' ? (counts.counts[q.options[0].id] ?? 0) : 0;
    report({
      name: `room: 50 votes in one second from one phone: counted ${counted}, accepted ${accepted}, refused past the rate ${refused}`,
      unit: 'votes counted',
      median: counted,
      p95: NaN,
      runs: 50,
      target: 'counted once',
    });
    phone.ws.close();
  });
}

/**
 * 200 phones move on a spectrum line at once, round after round (each round to another position);
 * each round's time runs from the last phone's send to the projector's strip showing every answer.
 */
async function spectrumCrowd(report: Parameters<Bench>[0]): Promise<void> {
  const n = 200;
  await withRoomOn(n + 10, 'spectrum', async (ctx, _rooms, status) => {
    const phones = await Promise.all(
      Array.from({ length: n }, async () => {
        const p = new Phone(status);
        await p.open();
        await p.hello();
        return p;
      }),
    );
    const q = phones[0].view?.question;
    if (q?.kind !== 'spectrum') throw new Error('the bench expects a spectrum statement on the phones');
    const rounds: number[] = [];
    for (let round = 0; round < 12; round++) {
      const position = (round * 3) % q.positions;
      let shown = 0;
      const arrived = new Promise<void>((resolve) => {
        const remove = ctx.events.add({
          role: 'projector',
          send: (event, payload) => {
            const slide = (payload as AudienceView).slide;
            if (event === 'live:audience' && slide.kind === 'spectrum' && slide.counts[position] === n) {
              shown = performance.now();
              remove();
              resolve();
            }
          },
        });
      });
      let last = 0;
      await Promise.all(
        phones.map(async (p) => {
          const sending = p.call('phone:answer', { questionId: q.id, optionId: String(position) });
          last = performance.now();
          await sending;
        }),
      );
      await arrived;
      rounds.push(shown - last);
      // Lets the batch clock run out, so each round starts as a fresh burst would.
      await new Promise((r) => setTimeout(r, 300));
    }
    report({
      ...summarise(`room: ${n} phones answer a spectrum statement at once: last answer to projector`, 'ms', rounds),
      target: '<= 350 ms p95',
    });
    for (const p of phones) p.ws.close();
  });
}

export const run: Bench = async (report) => {
  (ensureBuild as () => void)();
  await oneEagerPhone(report);
  await spectrumCrowd(report);
  await crowd(100, report);
  await crowd(300, report);
  await comeBack(report);
};
