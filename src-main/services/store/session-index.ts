import type { SessionSummary } from '../../core/session/session-schema';
import { DurableFile } from './durable-file';
import { nodeFs, type StoreFs } from './file-system';
import { StoredDoc } from './stored-doc';

export const SESSION_INDEX_FILE = 'index.json';
const INDEX_VERSION = 1;

export interface IndexEntry {
  summary: SessionSummary;
  /** Size and modification time of the session file when the summary was taken from it. */
  size: number;
  mtimeMs: number;
}

const SUMMARY_TEXT = ['id', 'workshopId', 'workshopTitle', 'group', 'createdAt', 'updatedAt'] as const;

/**
 * Checked by hand rather than by a schema: this runs over 1,000 entries at every start. An entry
 * that fails is dropped, and its session file is simply read instead.
 */
function entryOf(raw: unknown): IndexEntry | null {
  const e = raw as Partial<IndexEntry> | null;
  const s = e?.summary as Record<string, unknown> | undefined;
  if (!e || !s || !Number.isInteger(e.size) || typeof e.mtimeMs !== 'number') return null;
  if (!SUMMARY_TEXT.every((k) => typeof s[k] === 'string') || (s.endedAt !== undefined && typeof s.endedAt !== 'string')) return null;
  const summary = Object.fromEntries(
    [...SUMMARY_TEXT, 'endedAt'].filter((k) => s[k] !== undefined).map((k) => [k, s[k]]),
  ) as unknown as SessionSummary;
  return { summary, size: e.size!, mtimeMs: e.mtimeMs };
}

interface IndexFile {
  schemaVersion: typeof INDEX_VERSION;
  sessions: Record<string, IndexEntry>;
}

const emptyIndex = (): IndexFile => ({ schemaVersion: INDEX_VERSION, sessions: {} });

/** The entries that pass the check; none when the file is of another version. Throws on text that is not JSON. */
function parseIndex(text: string): IndexFile {
  const file = JSON.parse(text);
  const index = emptyIndex();
  if (file?.schemaVersion !== INDEX_VERSION || typeof file.sessions !== 'object' || file.sessions === null) return index;
  for (const [id, raw] of Object.entries(file.sessions)) {
    const entry = entryOf(raw);
    if (entry && entry.summary.id === id) index.sessions[id] = entry;
  }
  return index;
}

/** What the Sessions list shows; a change to one of these is worth writing the index soon. */
const LISTED = ['workshopId', 'workshopTitle', 'group', 'createdAt', 'endedAt'] as const;

/**
 * What the Sessions list needs to know about every session, so the store can open without parsing
 * 1,000 session files. It is a cache, never the truth: an entry counts only while the session file
 * still has the size and time it recorded, so after a crash (index older than the files) the changed
 * files are simply read again. It is written in the background, never on a note's save path.
 */
export class SessionIndex {
  #entries = new Map<string, IndexEntry>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;

  private constructor(
    private readonly doc: StoredDoc<IndexFile>,
    private readonly delayMs: number,
  ) {}

  /**
   * Opens the index file. Its entries are only `cached` until the store has checked them against
   * the folder; a file that is missing, unreadable or of another version gives none.
   */
  static async open(path: string, fs: StoreFs = nodeFs, delayMs = 2000): Promise<SessionIndex> {
    const durable = new DurableFile<IndexFile>(path, { parse: parseIndex, fs });
    // Only a cache: a file that cannot be read counts as none, and every session file is read instead.
    const file = { path, read: () => durable.read().catch(() => null), write: (data: IndexFile) => durable.write(data) };
    // Each write replaces `sessions` whole, so a change needs only a shallow copy of the file.
    const doc = await StoredDoc.read(file, emptyIndex(), { copy: (f) => ({ ...f }) });
    return new SessionIndex(doc, delayMs);
  }

  /** The entries last written. */
  cached(): Map<string, IndexEntry> {
    return new Map(Object.entries(this.doc.data.sessions));
  }

  get(id: string): IndexEntry | undefined {
    return this.#entries.get(id);
  }

  ids(): string[] {
    return [...this.#entries.keys()];
  }

  summaries(): SessionSummary[] {
    return [...this.#entries.values()].map((e) => ({ ...e.summary }));
  }

  /**
   * A note's save changes only the file's size and time (and updatedAt): that is kept in memory and
   * written at close, not after every save. A file the index is behind on is just read again at the
   * next start, so this costs correctness nothing. A new session, or a changed group or end, is
   * written soon, so a crash costs few re-reads.
   */
  set(id: string, entry: IndexEntry): void {
    const before = this.#entries.get(id);
    this.#entries.set(id, entry);
    if (!before || LISTED.some((k) => before.summary[k] !== entry.summary[k])) this.#changed();
    else this.#dirty = true;
  }

  delete(id: string): void {
    if (this.#entries.delete(id)) this.#changed();
  }

  /** Marks the file as out of date, as when entries were dropped or read again at start. */
  touch(): void {
    this.#changed();
  }

  /** Writes now if anything changed; used on close and before a backup. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#dirty) await this.#write();
    await this.doc.idle();
  }

  /** Stops background writes without writing (the folder is being replaced). */
  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#dirty = false;
  }

  #changed(): void {
    this.#dirty = true;
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#write();
    }, this.delayMs);
    this.#timer.unref?.();
  }

  /** Never rejects. */
  async #write(): Promise<void> {
    this.#dirty = false;
    try {
      await this.doc.update((file) => void (file.sessions = Object.fromEntries(this.#entries)));
    } catch (err) {
      // Only a cache: a later write, or the next start, puts it right.
      this.#dirty = true;
      console.error(`[secure-base] could not write the sessions index: ${(err as Error).message}`);
    }
  }
}
