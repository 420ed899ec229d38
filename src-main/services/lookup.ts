import type { Session } from '../core/session/session-schema';
import type { Workshop } from '../core/workshop/workshop-schema';
import type { Store } from './store/store';
import type { BuiltInLibrary } from './templates/load-templates';
import { NotFound } from './errors';

/** Where workshops come from: the facilitator's own (in the store) and the built-in library. */
export interface WorkshopSources {
  store: Pick<Store, 'listUserWorkshops'>;
  library: Pick<BuiltInLibrary, 'workshops'>;
}

export interface FoundWorkshop {
  workshop: Workshop;
  builtIn: boolean;
}

/** Every workshop: the built-in library first, then the facilitator's own. */
export async function allWorkshops({ store, library }: WorkshopSources): Promise<FoundWorkshop[]> {
  const own = await store.listUserWorkshops();
  return [...library.workshops.map((workshop) => ({ workshop, builtIn: true })), ...own.map((workshop) => ({ workshop, builtIn: false }))];
}

/** A workshop by id, the facilitator's own first, then the built-in one; undefined when neither has it. */
export async function lookUpWorkshop({ store, library }: WorkshopSources, id: string): Promise<FoundWorkshop | undefined> {
  const own = (await store.listUserWorkshops()).find((w) => w.id === id);
  if (own) return { workshop: own, builtIn: false };
  const builtIn = library.workshops.find((w) => w.id === id);
  return builtIn ? { workshop: builtIn, builtIn: true } : undefined;
}

/** A workshop by id, or NotFound. */
export async function findWorkshop(sources: WorkshopSources, id: string): Promise<FoundWorkshop> {
  const found = await lookUpWorkshop(sources, id);
  if (!found) throw new NotFound(`No workshop "${id}".`);
  return found;
}

/** A saved session, or NotFound saying, when its file could not be read, where it went. */
export async function requireSession(store: Pick<Store, 'getSession' | 'quarantine'>, id: string): Promise<Session> {
  const session = await store.getSession(id);
  if (!session) throw store.quarantine.sessionNotFound(id);
  return session;
}
