// Child process of the crash loop: opens the store and saves notes as fast as it can until it is
// killed with SIGKILL. After each save resolves it prints an ack line; stdout to a pipe is
// synchronous on Linux, so an ack printed is an ack the parent sees.
//   node note-saver.mjs <dataDir> <firstValue> <seed>
import { openStore } from '../../src-main/services/store/store';
import type { Session } from '../../src-main/core/session/session-schema';
import { createRng } from '../unit/security/support/prng';

const [dataDir, firstArg, seedArg] = process.argv.slice(2);
let value = Number(firstArg);
// Seeded by the crash loop, so a round's saves can be replayed.
const rng = createRng(Number(seedArg));
const ack = (line: string) => process.stdout.write(`${line}\n`);
/** Notes of varied length, so writes differ in size and a torn write would show. */
const text = (n: number) => `n:${n}|${'x'.repeat(rng.int(6000))}`;

const session = (id: string): Session => ({
  schemaVersion: 1,
  id,
  workshopId: 'essentials',
  workshopTitle: 'Essentials',
  group: 'Crash loop',
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  agenda: [{ activityId: 'pairs', title: 'Talk in pairs', kind: 'discussion', minutes: 20 }],
  position: { activityIndex: 0, step: 0 },
  spentMs: {},
  notes: { session: '', activities: {}, captures: [] },
  results: {},
});

const store = await openStore(dataDir, { owner: 'crash-loop', indexDelayMs: rng.int(40) });
ack('ready');
const main = 's-crash-main';
if (!(await store.listSessions()).some((s) => s.id === main)) {
  await store.createSession(session(main));
  ack(`created ${main}`);
}

for (;;) {
  const roll = rng.next();
  if (roll < 0.1) {
    const id = `s-crash-${value++}`;
    await store.createSession(session(id));
    ack(`created ${id}`);
  } else if (roll < 0.14) {
    const extra = (await store.listSessions()).filter((s) => s.id !== main);
    if (extra.length) {
      const { id } = rng.pick(extra);
      // Said before, so the parent knows the session may be gone even if no ack follows.
      ack(`deleting ${id}`);
      await store.deleteSession(id);
      ack(`deleted ${id}`);
    }
  } else if (roll < 0.2) {
    const n = value++;
    await store.updateSettings({ facilitatorName: `n:${n}` });
    ack(`library ${n}`);
  } else {
    // A burst of saves without waiting, as keystrokes from two note fields would come: they coalesce.
    const burst = Array.from({ length: 1 + rng.int(4) }, () => {
      const n = value++;
      const field = rng.pick(['session', 'pairs'] as const);
      return store
        .updateSession(main, (s) => {
          if (field === 'session') s.notes.session = text(n);
          else s.notes.activities.pairs = text(n);
        })
        .then(() => ack(`note ${field} ${n}`));
    });
    await Promise.all(burst);
  }
}
