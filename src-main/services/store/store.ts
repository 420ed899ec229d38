import { join } from 'node:path';
import type { Session, SessionSummary } from '../../core/session/session-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { AppFailure, NotFound } from '../errors';
import { removeStaleTemps } from './durable-file';
import { lockDataFolder } from './data-lock';
import { nodeFs, type StoreFs } from './file-system';
import { openLibrary } from './library-doc';
import type { LibraryFile, Settings } from './library-file';
import { finishInterruptedRestore, replaceData, type RestoreData } from './restore-swap';
import { SessionFiles } from './session-files';
import type { StoredDoc } from './stored-doc';
import { QuarantineReport, type QuarantinedFile } from './quarantine';

export type { QuarantinedFile, RestoreData };

export interface Store {
  readonly dataDir: string;
  /**
   * Files that could not be read and were moved aside: at start, or later when a session was
   * opened; and why a session is missing.
   */
  readonly quarantine: QuarantineReport;
  listSessions(): Promise<SessionSummary[]>;
  getSession(id: string): Promise<Session | undefined>;
  createSession(session: Session): Promise<void>;
  /** Applies a change and resolves once it is on disk; if the write fails, nothing changes and it rejects. */
  updateSession(id: string, change: (s: Session) => void): Promise<Session>;
  deleteSession(id: string): Promise<boolean>;
  listUserWorkshops(): Promise<Workshop[]>;
  saveUserWorkshop(workshop: Workshop): Promise<void>;
  deleteUserWorkshop(id: string): Promise<boolean>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Every saved session, one at a time, newest first; for search and backup. Read, never change. */
  readSessions(): AsyncGenerator<Readonly<Session>>;
  readLibrary(): Promise<LibraryFile>;
  /** Replaces all data with a restored backup, all or nothing; the previous data is kept in a folder. */
  replaceAll(data: RestoreData): Promise<{ previousDataIn: string }>;
  /** Waits for every write under way. */
  flush(): Promise<void>;
  /** Flushes, then lets another copy of the app open the data folder. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Who holds the data folder ("electron", "web"), named in the message a second copy gets. */
  owner?: string;
  fs?: StoreFs;
  /** How long the sessions index waits before it is written. */
  indexDelayMs?: number;
}

const busy = () => new AppFailure('conflict', 'A backup is being restored; try again in a moment.');

export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  const fs = options.fs ?? nodeFs;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = await lockDataFolder(dataDir, options.owner ?? 'web', fs);
  const report = new QuarantineReport();
  let library!: StoredDoc<LibraryFile>;
  let sessions!: SessionFiles;

  const load = async () => {
    await finishInterruptedRestore(dataDir, fs);
    const sessionsDir = join(dataDir, 'sessions');
    await fs.mkdir(sessionsDir, { recursive: true, mode: 0o700 });
    for (const dir of [dataDir, sessionsDir, join(dataDir, 'exports')]) await removeStaleTemps(dir, fs);
    library = await openLibrary(dataDir, fs, report);
    sessions = await SessionFiles.open(sessionsDir, fs, report, options.indexDelayMs);
  };
  try {
    await load();
  } catch (err) {
    await lock.release();
    throw err;
  }

  let gate: Promise<unknown> | null = null;
  let closed = false;
  /** Every operation waits while a restore swaps the data folder. */
  const ready = async () => {
    while (gate) await gate.catch(() => {});
    if (closed) throw new AppFailure('internal', 'The data folder is closed.');
  };
  const sessionDoc = async (id: string) => {
    await ready();
    return sessions.doc(id);
  };
  const updateLibrary = async (change: (l: LibraryFile) => void) => {
    await ready();
    return library.update(change);
  };

  return {
    dataDir,
    quarantine: report,
    async listSessions() {
      await ready();
      return sessions.list();
    },
    async getSession(id) {
      return structuredClone((await sessionDoc(id))?.data);
    },
    async createSession(session) {
      await ready();
      await sessions.create(structuredClone(session));
    },
    async updateSession(id, change) {
      const doc = await sessionDoc(id);
      if (!doc) throw report.sessionNotFound(id);
      const saved = await doc.update((s) => {
        change(s);
        s.updatedAt = new Date().toISOString();
      });
      return structuredClone(saved);
    },
    async deleteSession(id) {
      await ready();
      return sessions.delete(id, new NotFound(`Session "${id}" was deleted.`));
    },
    async listUserWorkshops() {
      await ready();
      return structuredClone(library.data.workshops);
    },
    async saveUserWorkshop(workshop) {
      await updateLibrary((l) => {
        const i = l.workshops.findIndex((w) => w.id === workshop.id);
        if (i >= 0) l.workshops[i] = workshop;
        else l.workshops.push(workshop);
      });
    },
    async deleteUserWorkshop(id) {
      await ready();
      if (!library.data.workshops.some((w) => w.id === id)) return false;
      let found = false;
      await updateLibrary((l) => {
        const i = l.workshops.findIndex((w) => w.id === id);
        found = i >= 0;
        if (found) l.workshops.splice(i, 1);
      });
      return found;
    },
    async getSettings() {
      await ready();
      return { ...library.data.settings };
    },
    async updateSettings(patch) {
      const saved = await updateLibrary((l) => void (l.settings = { ...l.settings, ...patch }));
      return { ...saved.settings };
    },
    async *readSessions() {
      await ready();
      for (const { id } of sessions.list()) {
        const doc = await sessions.doc(id);
        if (doc) yield doc.data;
      }
    },
    async readLibrary() {
      await ready();
      return structuredClone(library.data);
    },
    async replaceAll(data) {
      await ready();
      const open = {
        async close() {
          await sessions.close(busy());
          library.close(busy());
          await library.idle();
        },
        reopen: load,
      };
      const run = replaceData(dataDir, data, fs, open).then((previousDataIn) => ({ previousDataIn }));
      gate = run;
      try {
        return await run;
      } finally {
        gate = null;
      }
    },
    async flush() {
      await Promise.all([library.idle(), sessions.idle()]);
      await sessions.flushIndex();
    },
    async close() {
      if (closed) return;
      await ready();
      closed = true;
      await sessions.close(new AppFailure('internal', 'The data folder is closed.'));
      await library.idle();
      await lock.release();
    },
  };
}
