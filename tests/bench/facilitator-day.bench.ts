// The facilitator's day on a data folder with 1,000 stored sessions: the library's "Resume" lookup
// (sessions:interrupted), the card picker's bank (cards:bank) and a choice of cards saved while the
// session runs (cards:choose: the session file written, the live hub updated, the views pushed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppContext } from '../../src-main/services/app-context';
import { createHandlers } from '../../src-main/services/handlers';
import { newSession } from '../../src-main/core/session/new-session';
import { summarise, timeRuns, type Bench } from './measure';

const SESSIONS = 1000;
const root = fileURLToPath(new URL('../../', import.meta.url));

export const run: Bench = async (report) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'secure-base-bench-day-'));
  try {
    const ctx0 = await openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: 'bench' });
    const atWork = ctx0.library.workshops.find((w) => w.id === 'at-work')!;
    await ctx0.close();
    mkdirSync(join(dataDir, 'sessions'), { recursive: true });
    // Every session ended but one from long ago: the lookup still has to pass over the other 999.
    for (let i = 0; i < SESSIONS; i++) {
      const at = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString();
      const id = `s-${at.slice(0, 10)}-${i.toString(16).padStart(8, '0')}`;
      const session = newSession(atWork, { id, now: at, group: `Group ${i % 30}` });
      writeFileSync(join(dataDir, 'sessions', `${id}.json`), JSON.stringify(i === 0 ? session : { ...session, endedAt: at }));
    }
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: 'bench' });
    const handlers = createHandlers(ctx);
    const resume = await timeRuns(() => handlers['sessions:interrupted']({}), 50, 3);
    report({
      ...summarise(`day: library resume lookup (sessions:interrupted, ${SESSIONS} sessions)`, 'ms', resume),
      target: 'p95 <= 50 ms',
    });

    const running = await handlers['sessions:start']({ workshopId: 'at-work', group: 'Bench' });
    await handlers['live:intent']({ sessionId: running.id, intent: { type: 'goto', activityIndex: 4 } });
    const bank = await timeRuns(
      () => handlers['cards:bank']({ workshopId: 'at-work', activityId: 'team-scenarios', sessionId: running.id }),
      50,
      3,
    );
    report(summarise('day: card picker bank (cards:bank, 15 cards)', 'ms', bank));
    const choices = [
      ['lunch-alone', 'checks-every-email', 'back-from-leave'],
      ['remote-and-unknown', 'early-start'],
    ];
    let n = 0;
    const choose = await timeRuns(
      () => handlers['cards:choose']({ sessionId: running.id, activityId: 'team-scenarios', cardIds: choices[n++ % 2] }),
      100,
      5,
    );
    report({ ...summarise('day: cards chosen mid-session (cards:choose, saved and pushed)', 'ms', choose), target: 'p95 <= 20 ms' });
    await ctx.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
