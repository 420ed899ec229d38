import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { QuarantinedFile } from '../../core/store-report';
import { nodeFs, type StoreFs } from './file-system';
import { NotFound } from '../errors';

export type { QuarantinedFile };

/** Move a file that cannot be read aside, so the rest of the data opens and nothing is deleted. */
async function moveAside(path: string, fs: StoreFs, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = basename(path).replace(/\.json$/, '');
  const target = join(dirname(path), `${base}.corrupt-${stamp}-${randomBytes(2).toString('hex')}.json`);
  await fs.rename(path, target);
  return target;
}

export interface SetAsideOptions {
  /** What the file held, so the facilitator recognises it. */
  about?: Pick<QuarantinedFile, 'sessionId' | 'workshopTitle' | 'group' | 'createdAt' | 'workshopId'>;
  leave?: boolean;
  fs?: StoreFs;
}

/**
 * Every data file that could not be read, and where it went: the library, sessions and drafts all
 * report here, and the app shows this one list (app:info) and explains a missing session from it.
 */
export class QuarantineReport {
  readonly #files: QuarantinedFile[] = [];

  get files(): readonly QuarantinedFile[] {
    return this.#files;
  }

  /** The file a session was in, when it could not be read. */
  forSession(sessionId: string): QuarantinedFile | undefined {
    return this.#files.find((f) => f.sessionId === sessionId);
  }

  /** Not found, or, when its file was damaged and moved aside, which file and where it went. */
  sessionNotFound(sessionId: string): NotFound {
    const q = this.forSession(sessionId);
    if (!q) return new NotFound(`No session "${sessionId}".`);
    const where = q.movedTo === q.file ? `was left at ${q.file}` : `was moved aside to ${q.movedTo}`;
    return new NotFound(`This session's file could not be read, so it ${where} (${q.reason}).`);
  }

  /**
   * Moves the file aside and records why. `leave` records it where it is: a newer version saved
   * it, so it must stay untouched.
   */
  async setAside(file: string, reason: string, options: SetAsideOptions = {}): Promise<QuarantinedFile> {
    const now = new Date();
    const movedTo = options.leave ? file : await moveAside(file, options.fs ?? nodeFs, now);
    const entry: QuarantinedFile = { file, movedTo, reason, ...options.about, foundAt: now.toISOString() };
    this.#files.push(entry);
    return entry;
  }
}
