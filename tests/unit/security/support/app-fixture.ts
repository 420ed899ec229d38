// A real app context on a temp data folder, seeded with a session, for tests that send bad input.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openAppContext, type AppContext } from '../../../../src-main/services/app-context';
import { createHandlers } from '../../../../src-main/services/handlers';
import { dispatch } from '../../../../src-main/services/dispatch';
import type { Handlers } from '../../../../src-main/contract';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export interface AppFixture {
  ctx: AppContext;
  handlers: Handlers;
  dataDir: string;
  /** Real ids (a session, a workshop, its activities) for valid-ish examples. */
  samples: string[];
  close(): Promise<void>;
}

export async function openAppFixture(): Promise<AppFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'secure-base-fuzz-'));
  const ctx = await openAppContext({ host: 'web', dataDir, templatesDir: join(root, 'templates'), version: '0.0.0-test' });
  const handlers = createHandlers(ctx);
  const workshop = ctx.library.workshops[0];
  const samples: string[] = [];
  if (workshop) {
    // Through dispatch, so the seeding does not depend on a handler's exact type.
    const started = await dispatch(handlers, 'sessions:start', { workshopId: workshop.id, group: 'Fuzz group' }, 'facilitator');
    if (started.ok) samples.push((started.value as { id: string }).id);
    samples.push(workshop.id, ...workshop.activities.map((a) => a.id));
  }
  await ctx.store.flush();
  return {
    ctx,
    handlers,
    dataDir,
    samples,
    close: async () => {
      await ctx.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` with the SHA-256 of its bytes, and every folder, so any change shows. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const key = relative(dir, path);
      if (entry.isDirectory()) {
        out[`${key}/`] = 'dir';
        await walk(path);
      } else
        out[key] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  };
  await walk(dir);
  return out;
}

/** Keys an attack would leave on Object.prototype. */
export const prototypePollution = (): string[] =>
  ['polluted', 'isAdmin', 'deep'].filter((k) => k in Object.prototype || k in ({} as object)).concat(Object.keys(Object.prototype));
