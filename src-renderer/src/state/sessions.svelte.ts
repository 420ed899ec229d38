import type { Api } from '../lib/api';
import type { SessionSummary } from '../../../src-main/contract';
import type { BackupMade, RestoreDone } from '../../../src-main/contract/backup';
import type { SavedExport } from '../../../src-main/contract/sessions';
import { Loadable } from './loadable.svelte';
import { interfaceLanguage, m } from '../lib/i18n.svelte';

/** A file the host just wrote: a download link in the browser, a place on disk in the desktop app. */
export interface MadeFile {
  file: string;
  path: string;
  /** Null in the desktop app, which saves files itself. */
  url: string | null;
  what: string;
}

/** Under the host's part limit (contract/backup.ts) even when every character needs escaping. */
const PART_CHARS = 200_000;

const uploadId = () => `u-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('')}`;

/** The Sessions view: past sessions, deleting one, exporting notes, backing up and restoring all data. */
export class SessionsState extends Loadable<SessionSummary[]> {
  #busy = $state<string | null>(null);
  #confirmingDelete = $state<string | null>(null);
  #made = $state<MadeFile | null>(null);
  #restored = $state<RestoreDone | null>(null);

  constructor(private readonly api: Api) {
    super(() => api.call('sessions:list', {}));
  }

  /** What is under way, e.g. "export:s-…", "backup", "restore", "delete:s-…". */
  get busy() {
    return this.#busy;
  }
  get confirmingDelete() {
    return this.#confirmingDelete;
  }
  get made() {
    return this.#made;
  }
  get restored() {
    return this.#restored;
  }

  askDelete(sessionId: string | null): void {
    this.#confirmingDelete = sessionId;
  }

  async delete(sessionId: string): Promise<boolean> {
    return this.#run(`delete:${sessionId}`, async () => {
      await this.api.call('sessions:delete', { sessionId });
      this.#confirmingDelete = null;
      this.show((this.data ?? []).filter((s) => s.id !== sessionId));
    });
  }

  exportNotes(sessionId: string): Promise<boolean> {
    return this.#run(`export:${sessionId}`, async () => {
      this.#made = this.#madeFile(
        await this.api.call('sessions:export', { sessionId, lang: interfaceLanguage.locale }),
        m.sessions_made_notes(),
      );
    });
  }

  backup(): Promise<boolean> {
    return this.#run('backup', async () => {
      const made: BackupMade = await this.api.call('backup:create', {});
      this.#made = this.#madeFile(made, m.sessions_made_backup({ sessions: made.sessionCount, workshops: made.workshopCount }));
    });
  }

  /** Sends the chosen backup file in parts, then restores it; the host checks all of it first. */
  restore(text: string): Promise<boolean> {
    return this.#run('restore', async () => {
      const id = uploadId();
      for (let part = 0; part === 0 || part * PART_CHARS < text.length; part++) {
        await this.api.call('backup:upload', { uploadId: id, part, text: text.slice(part * PART_CHARS, (part + 1) * PART_CHARS) });
      }
      this.#restored = await this.api.call('backup:restore', { uploadId: id });
      await this.load();
    });
  }

  dismissMade(): void {
    this.#made = null;
    this.#restored = null;
  }

  #madeFile(f: SavedExport, what: string): MadeFile {
    return { file: f.fileName, path: f.path, url: this.api.exportUrl(f.id), what };
  }

  async #run(what: string, work: () => Promise<void>): Promise<boolean> {
    this.#busy = what;
    this.clearError();
    this.#made = null;
    this.#restored = null;
    try {
      await work();
      return true;
    } catch (err) {
      this.fail(err);
      return false;
    } finally {
      this.#busy = null;
    }
  }
}
