import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { checkDraft } from '../../core/editor/draft';
import { TEMP_MARK, writeFileAtomic } from '../store/durable-file';
import { QuarantineReport } from '../store/quarantine';

const DRAFT_FILE = /^([a-z0-9][a-z0-9-]{0,79})\.json$/;

const draftFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  savedAt: z.iso.datetime(),
  workshop: z.unknown(),
});

export interface StoredDraft {
  workshop: Workshop;
  savedAt: string;
}

/**
 * Drafts of the user's workshops that have problems, one file each in drafts/, so an edit in
 * progress survives a restart. The library file holds only valid workshops; a draft sits beside
 * it until it is valid again, then it is saved to the library and its file removed.
 */
export class DraftFiles {
  /** Read once, however many ask at the same moment; a failed read is tried again next time. */
  #drafts: Promise<Map<string, StoredDraft>> | null = null;

  constructor(
    readonly dir: string,
    /** Where a draft that cannot be read is reported; the app's one report (see AppContext). */
    private readonly quarantine: QuarantineReport = new QuarantineReport(),
  ) {}

  all(): Promise<Map<string, StoredDraft>> {
    this.#drafts ??= this.#load().catch((err: unknown) => {
      this.#drafts = null;
      throw err;
    });
    return this.#drafts;
  }

  async get(id: string): Promise<StoredDraft | undefined> {
    return structuredClone((await this.all()).get(id));
  }

  async write(workshop: Workshop, savedAt: string): Promise<void> {
    const drafts = await this.all();
    await writeFileAtomic(join(this.dir, `${workshop.id}.json`), JSON.stringify({ schemaVersion: 1, savedAt, workshop }));
    drafts.set(workshop.id, { workshop: structuredClone(workshop), savedAt });
  }

  async remove(id: string): Promise<void> {
    const drafts = await this.all();
    if (!drafts.delete(id)) return;
    await unlink(join(this.dir, `${id}.json`)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }

  async #load(): Promise<Map<string, StoredDraft>> {
    await mkdir(this.dir, { recursive: true });
    const drafts = new Map<string, StoredDraft>();
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      if (name.includes(TEMP_MARK)) {
        await unlink(path).catch(() => {});
        continue;
      }
      const m = DRAFT_FILE.exec(name);
      if (!m) continue;
      const draft = parseDraft(await readFile(path, 'utf8'), m[1]);
      if (typeof draft === 'string') {
        // Never delete what a facilitator typed: move it aside, as the store does.
        const { movedTo } = await this.quarantine.setAside(path, draft, { about: { workshopId: m[1] } });
        console.error(`[secure-base] could not read the draft ${path} (${draft}); it was moved to ${movedTo}`);
      } else drafts.set(m[1], draft);
    }
    return drafts;
  }
}

/** A draft file's content, or why it cannot be used. */
export function parseDraft(text: string, id: string): StoredDraft | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  const file = draftFileSchema.safeParse(data);
  if (!file.success) return 'not a draft file';
  const check = checkDraft(file.data.workshop);
  if (!check.sound) return `the draft does not fit the workshop schema: ${check.structural[0].path}: ${check.structural[0].message}`;
  const workshop = file.data.workshop as Workshop;
  if (workshop.id !== id) return `the draft's id "${workshop.id}" does not match its file name`;
  return { workshop, savedAt: file.data.savedAt };
}
