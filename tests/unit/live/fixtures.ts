import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { newSession } from '../../../src-main/core/session/new-session';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import type { Session } from '../../../src-main/core/session/session-schema';

export const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

export async function builtInWorkshops(): Promise<Workshop[]> {
  const library = await loadTemplates(templatesDir);
  return library.workshops;
}

export async function workshop(id: string): Promise<Workshop> {
  const found = (await builtInWorkshops()).find((w) => w.id === id);
  if (!found) throw new Error(`no built-in workshop ${id}`);
  return found;
}

export const sessionOf = (w: Workshop, id = 's-test-0001'): Session =>
  newSession(w, { id, now: '2025-01-01T09:00:00.000Z', group: 'Test group' });

/** A clock the test moves by hand. */
export function fakeClock(start = 1000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
  };
}
