import { join } from 'node:path';
import { sessionSchema, summaryOf, type Session, type SessionSummary } from '../../core/session/session-schema';
import { sessionMigrations } from '../../core/migrations/session-migrations';
import { syncDirectory } from './durable-file';
import type { StoreFs } from './file-system';
import { errnoOf } from '../errors';
import { CorruptFileError, NewerFileError, documentFile } from './json-file';
import type { QuarantineReport } from './quarantine';
import { SessionIndex, SESSION_INDEX_FILE, type IndexEntry } from './session-index';
import { StoredDoc, type StoredDocOptions } from './stored-doc';
import { WriteFailed, checkedBy } from './store-errors';
import { AppFailure } from '../errors';
import { OpenOnce } from '../open-once';

export const SESSION_FILE = /^(s-[a-z0-9-]{4,60})\.json$/;

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The sessions folder: one file per session, opened on first use. Saving a note rewrites only that
 * session's file. The list comes from the index, checked against the folder at start.
 */
export class SessionFiles {
  #docs = new OpenOnce<string, StoredDoc<Session>>();
  readonly #options: StoredDocOptions<Session> = {
    check: checkedBy(sessionSchema, 'session'),
    onWritten: (s) => this.#record(s),
  };

  private constructor(
    readonly dir: string,
    private readonly fs: StoreFs,
    private readonly index: SessionIndex,
    private readonly report: QuarantineReport,
  ) {}

  static async open(dir: string, fs: StoreFs, report: QuarantineReport, indexDelayMs?: number): Promise<SessionFiles> {
    const index = await SessionIndex.open(join(dir, SESSION_INDEX_FILE), fs, indexDelayMs);
    const files = new SessionFiles(dir, fs, index, report);
    const cached = index.cached();
    const ids = (await fs.readdir(dir)).flatMap((n) => SESSION_FILE.exec(n)?.[1] ?? []);
    const stats = await fs.statAll(ids.map((id) => files.#file(id)));
    const toRead: string[] = [];
    ids.forEach((id, i) => {
      const entry = cached.get(id);
      const st = stats[i];
      if (!st) return;
      if (entry && entry.size === st.size && entry.mtimeMs === st.mtimeMs) files.index.set(id, entry);
      else toRead.push(id);
    });
    // Files the index does not vouch for: new since the last index write, changed, or damaged.
    await mapLimit(toRead, 8, (id) => files.#docs.open(id, () => files.#load(id, cached.get(id))));
    if (toRead.length || cached.size !== files.index.ids().length) files.index.touch();
    else files.index.cancel();
    return files;
  }

  #file(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  list(): SessionSummary[] {
    return this.index.summaries().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  has(id: string): boolean {
    return this.index.get(id) !== undefined;
  }

  ids(): string[] {
    return this.index.ids();
  }

  /** The session's document, read from disk on first use. */
  async doc(id: string): Promise<StoredDoc<Session> | undefined> {
    if (!this.#docs.has(id) && !this.index.get(id)) return undefined;
    return this.#docs.open(id, () => this.#load(id, this.index.get(id)));
  }

  async create(session: Session): Promise<void> {
    if (this.has(session.id) || this.#docs.has(session.id)) throw new AppFailure('conflict', `A session "${session.id}" exists already.`);
    const doc = await StoredDoc.create(this.#adapter(session.id), session, this.#options);
    this.#docs.set(session.id, doc);
    await this.#record(session);
  }

  async delete(id: string, gone: Error): Promise<boolean> {
    if (!this.has(id)) return false;
    const doc = this.#docs.get(id) ?? (await this.#docs.pending(id));
    if (doc) {
      doc.close(gone);
      await doc.idle();
    }
    this.#docs.delete(id);
    try {
      await this.fs.unlink(this.#file(id)).catch((e: unknown) => {
        if (errnoOf(e) !== 'ENOENT') throw e;
      });
      await syncDirectory(this.dir, this.fs);
    } catch (err) {
      throw new WriteFailed(err, this.#file(id));
    }
    this.index.delete(id);
    return true;
  }

  async idle(): Promise<void> {
    await Promise.all([...this.#docs.values()].map((d) => d.idle()));
  }

  /** Waits for writes, writes the index, and refuses further changes (closing, or a restore). */
  async close(reason: Error): Promise<void> {
    for (const doc of this.#docs.values()) doc.close(reason);
    await this.idle();
    await this.index.flush();
  }

  /** Flushes the index, used when the app stops. */
  flushIndex(): Promise<void> {
    return this.index.flush();
  }

  #adapter(id: string) {
    return documentFile<Session>(this.#file(id), sessionSchema, sessionMigrations, this.fs);
  }

  /** Keeps the index entry in step with the file just written. */
  async #record(session: Session): Promise<void> {
    const [st] = await this.fs.statAll([this.#file(session.id)]);
    if (!st) throw new Error(`${this.#file(session.id)} is missing just after it was written`);
    this.index.set(session.id, { summary: summaryOf(session), size: st.size, mtimeMs: st.mtimeMs });
  }

  async #load(id: string, known: IndexEntry | undefined): Promise<StoredDoc<Session> | undefined> {
    const file = this.#adapter(id);
    let doc: StoredDoc<Session> | null;
    try {
      doc = await StoredDoc.read(file, null, this.#options);
      if (doc && doc.data.id !== id)
        throw new CorruptFileError(file.path, [{ path: '$.id', message: `is "${doc.data.id}" but the file is named for "${id}"` }]);
    } catch (err) {
      if (!(err instanceof CorruptFileError || err instanceof NewerFileError)) throw err;
      const s = known?.summary;
      const corrupt = err instanceof CorruptFileError;
      await this.report.setAside(file.path, corrupt ? err.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : err.message, {
        about: { sessionId: id, ...(s ? { workshopTitle: s.workshopTitle, group: s.group, createdAt: s.createdAt } : {}) },
        leave: !corrupt,
        fs: this.fs,
      });
      this.index.delete(id);
      return undefined;
    }
    if (!doc) {
      this.index.delete(id);
      return undefined;
    }
    const data = doc.data;
    // Without a size and time the entry is not trusted next start, so the file is simply read again then.
    await this.#record(data).catch(() => this.index.set(id, { summary: summaryOf(data), size: 0, mtimeMs: 0 }));
    return doc;
  }
}
