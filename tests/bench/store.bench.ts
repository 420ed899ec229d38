// Store benchmarks on 1,000 stored sessions in a temp folder:
//   note save p95 <= 10 ms; bytes written per save <= 64 KiB; host start to library listed <= 200 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppContext, type AppContext } from '../../src-main/services/app-context';
import { createHandlers } from '../../src-main/services/handlers';
import { openStore } from '../../src-main/services/store/store';
import { nodeFs, type StoreFs } from '../../src-main/services/store/file-system';
import type { Session } from '../../src-main/core/session/session-schema';
import { summarise, timeRuns, type Bench } from './measure';

const SESSIONS = 1000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const words = 'pairs listened closely then one parent said the hardest part is letting go while staying near'.split(' ');
const prose = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');

/** A session as a facilitator leaves it: a page of notes, a few lines per activity, a dozen captures. */
function storedSession(i: number): Session {
  const day = new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString();
  const agenda = Array.from({ length: 7 }, (_, k) => ({
    activityId: `activity-${k}`,
    title: `Activity ${k + 1}`,
    kind: 'discussion' as const,
    minutes: 10,
  }));
  return {
    schemaVersion: 1,
    id: `s-${day.slice(0, 10)}-${i.toString(16).padStart(8, '0')}`,
    workshopId: 'essentials',
    workshopTitle: 'Essentials',
    group: `Group ${i % 40}`,
    createdAt: day,
    updatedAt: day,
    agenda,
    position: { activityIndex: 3, step: 0 },
    spentMs: Object.fromEntries(agenda.map((a) => [a.activityId, 540_000])),
    notes: {
      session: prose(250, i),
      activities: Object.fromEntries(agenda.map((a, k) => [a.activityId, prose(60, i + k)])),
      captures: Array.from({ length: 12 }, (_, k) => ({
        id: `c-${i}-${k}-capture`,
        at: day,
        activityId: `activity-${k % 7}`,
        text: prose(15, k),
      })),
    },
    results: {},
  };
}

function countingFs(): { fs: StoreFs; bytes: (match?: (p: string) => boolean) => number; reset: () => void } {
  let writes: { path: string; bytes: number }[] = [];
  const fs: StoreFs = {
    ...nodeFs,
    async open(path, flags, mode) {
      const h = await nodeFs.open(path, flags, mode);
      return {
        ...h,
        writeFile: (d, e) => (writes.push({ path, bytes: Buffer.byteLength(d) }), h.writeFile(d, e)),
        sync: () => h.sync(),
        close: () => h.close(),
      };
    },
  };
  return { fs, bytes: (m = () => true) => writes.filter((w) => m(w.path)).reduce((a, w) => a + w.bytes, 0), reset: () => (writes = []) };
}

const open = (dataDir: string) => openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: 'bench' });
const shut = (ctx: AppContext) => ctx.close();

export const run: Bench = async (report) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'secure-base-bench-'));
  try {
    mkdirSync(join(dataDir, 'sessions'));
    const sessions = Array.from({ length: SESSIONS }, (_, i) => storedSession(i));
    for (const s of sessions) writeFileSync(join(dataDir, 'sessions', `${s.id}.json`), JSON.stringify(s));

    // Start to library listed. Baseline: no sessions index (first start, or the index lost), so all 1,000 are read.
    const startToList = async () => {
      const ctx = await open(dataDir);
      await createHandlers(ctx)['workshops:list']({});
      return ctx;
    };
    const coldSamples: number[] = [];
    for (let i = 0; i < 5; i++) {
      rmSync(join(dataDir, 'sessions', 'index.json'), { force: true });
      const t0 = performance.now();
      const ctx = await startToList();
      coldSamples.push(performance.now() - t0);
      await shut(ctx);
      if (i < 4) unlinkSync(join(dataDir, 'sessions', 'index.json'));
    }
    let last: AppContext | null = null;
    const warm = await timeRuns(async () => {
      if (last) await shut(last);
      last = await startToList();
    }, 20);
    await shut(last!);
    const cold = summarise('no index', 'ms', coldSamples);
    report({
      ...summarise(`store: host start to library listed (${SESSIONS} sessions)`, 'ms', warm),
      baseline: cold,
      target: 'p95 <= 200 ms',
    });

    const ctx = await open(dataDir);
    const listed = await createHandlers(ctx)['sessions:list']({});
    if (listed.length !== SESSIONS) throw new Error(`listed ${listed.length} sessions, expected ${SESSIONS}`);
    const handlers = createHandlers(ctx);
    const target = sessions[500];
    let n = 0;
    const saves = await timeRuns(
      () => handlers['notes:save']({ sessionId: target.id, activityId: 'activity-3', text: `${prose(60, 3)} and then ${++n}` }),
      300,
      10,
    );
    report({ ...summarise('store: note save (notes:save, one session among 1,000)', 'ms', saves), target: 'p95 <= 10 ms' });

    const firstSearch = await timeRuns(() => handlers['sessions:search']({ query: 'hardest letting' }), 1, 0);
    const search = await timeRuns(() => handlers['sessions:search']({ query: 'parent near' }), 10);
    report({
      ...summarise(`store: search all notes (${SESSIONS} sessions, opened)`, 'ms', search),
      baseline: summarise('first search, sessions read from disk', 'ms', firstSearch),
    });
    await shut(ctx);

    // Bytes written per save, counted at the fs seam: the session file, and the index written in the background.
    const counting = countingFs();
    const store = await openStore(dataDir, { fs: counting.fs, indexDelayMs: 100 });
    await store.flush();
    counting.reset();
    const perSave: number[] = [];
    for (let i = 0; i < 200; i++) {
      const before = counting.bytes();
      await store.updateSession(target.id, (s) => void (s.notes.session = `${prose(250, i)} ${i}`));
      perSave.push(counting.bytes() - before);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 120));
    }
    await store.close();
    report({ ...summarise('store: bytes written per note save (the session file)', 'bytes', perSave), target: 'p95 <= 65536' });
    const amortised = counting.bytes() / perSave.length;
    report({
      ...summarise('store: bytes written per note save, incl. background index writes (mean)', 'bytes', [amortised]),
      target: 'p95 <= 65536',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
