import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { sessionSchema, summaryOf, type Session, type SessionSummary } from '../../core/session/session-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { CoalescingWriter } from './coalescing-writer';
import { CorruptFileError, ValidatedJsonFile, quarantine } from './json-file';
import { emptyLibrary, libraryFileSchema, type Settings } from './library-file';
import { TEMP_MARK } from './atomic-file';

import type { QuarantinedFile } from '../../core/store-report';

export type { QuarantinedFile };

export interface Store {
  readonly dataDir: string;
  /** Files moved aside when the store opened. */
  readonly quarantined: readonly QuarantinedFile[];
  listSessions(): Promise<SessionSummary[]>;
  getSession(id: string): Promise<Session | undefined>;
  createSession(session: Session): Promise<void>;
  /** Applies a change and resolves once it is on disk. */
  updateSession(id: string, change: (s: Session) => void): Promise<Session>;
  deleteSession(id: string): Promise<boolean>;
  listUserWorkshops(): Promise<Workshop[]>;
  saveUserWorkshop(workshop: Workshop): Promise<void>;
  deleteUserWorkshop(id: string): Promise<boolean>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Waits for every write under way. */
  flush(): Promise<void>;
}

interface Doc<T> {
  db: Low<T>;
  writer: CoalescingWriter;
}

const SESSION_FILE = /^(s-[a-z0-9-]{4,60})\.json$/;

export async function openStore(dataDir: string): Promise<Store> {
  const sessionsDir = join(dataDir, 'sessions');
  await mkdir(sessionsDir, { recursive: true });
  await removeStaleTemps(dataDir);
  await removeStaleTemps(sessionsDir);
  const quarantined: QuarantinedFile[] = [];

  const library = await openDoc(join(dataDir, 'library.json'), libraryFileSchema, emptyLibrary, quarantined);
  const sessions = new Map<string, Doc<Session>>();
  const summaries = new Map<string, SessionSummary>();
  for (const name of await readdir(sessionsDir)) {
    const m = SESSION_FILE.exec(name);
    if (!m) continue;
    const doc = await openDoc<Session>(join(sessionsDir, name), sessionSchema, null, quarantined, m[1]);
    if (doc) {
      sessions.set(m[1], doc);
      summaries.set(m[1], summaryOf(doc.db.data));
    }
  }

  const sessionDoc = (id: string): Doc<Session> | undefined => sessions.get(id);

  return {
    dataDir,
    quarantined,
    async listSessions() {
      return [...summaries.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async getSession(id) {
      return structuredClone(sessionDoc(id)?.db.data);
    },
    async createSession(session) {
      if (sessions.has(session.id)) throw new Error(`session ${session.id} exists already`);
      const db = new Low<Session>(new ValidatedJsonFile(join(sessionsDir, `${session.id}.json`), sessionSchema), session);
      const doc = { db, writer: new CoalescingWriter(() => db.write()) };
      sessions.set(session.id, doc);
      summaries.set(session.id, summaryOf(session));
      await doc.writer.save();
    },
    async updateSession(id, change) {
      const doc = sessionDoc(id);
      if (!doc) throw new NotFound(`No session "${id}".`);
      const next = structuredClone(doc.db.data);
      change(next);
      next.updatedAt = new Date().toISOString();
      doc.db.data = sessionSchema.parse(next);
      summaries.set(id, summaryOf(doc.db.data));
      await doc.writer.save();
      return structuredClone(doc.db.data);
    },
    async deleteSession(id) {
      const doc = sessionDoc(id);
      if (!doc) return false;
      await doc.writer.idle();
      sessions.delete(id);
      summaries.delete(id);
      await unlink(join(sessionsDir, `${id}.json`)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      return true;
    },
    async listUserWorkshops() {
      return structuredClone(library!.db.data.workshops);
    },
    async saveUserWorkshop(workshop) {
      const list = library!.db.data.workshops;
      const i = list.findIndex((w) => w.id === workshop.id);
      if (i >= 0) list[i] = workshop;
      else list.push(workshop);
      await library!.writer.save();
    },
    async deleteUserWorkshop(id) {
      const list = library!.db.data.workshops;
      const i = list.findIndex((w) => w.id === id);
      if (i < 0) return false;
      list.splice(i, 1);
      await library!.writer.save();
      return true;
    },
    async getSettings() {
      return { ...library!.db.data.settings };
    },
    async updateSettings(patch) {
      library!.db.data.settings = { ...library!.db.data.settings, ...patch };
      await library!.writer.save();
      return { ...library!.db.data.settings };
    },
    async flush() {
      await Promise.all([library!.writer.idle(), ...[...sessions.values()].map((d) => d.writer.idle())]);
    },
  };
}

export class NotFound extends Error {}

async function openDoc<T>(
  path: string,
  schema: import('zod').ZodType<T>,
  initial: (() => T) | null,
  quarantined: QuarantinedFile[],
  sessionId?: string,
): Promise<Doc<T> | null> {
  const adapter = new ValidatedJsonFile<T>(path, schema);
  let data: T | null = null;
  try {
    data = await adapter.read();
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err;
    const movedTo = await quarantine(path);
    quarantined.push({ file: path, movedTo, reason: err.message, ...(sessionId ? { sessionId } : {}) });
  }
  if (data === null) {
    if (!initial) return null;
    data = initial();
  }
  const db = new Low<T>(adapter, data);
  return { db, writer: new CoalescingWriter(() => db.write()) };
}

async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.includes(TEMP_MARK)) await unlink(join(dir, name)).catch(() => {});
  }
}
