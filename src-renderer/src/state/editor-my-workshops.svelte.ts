import type { Api } from '../lib/api';
import type { ImportedWorkshop, MyWorkshopItem, Problem } from '../../../src-main/contract';
import { Loadable } from './loadable.svelte';
import { m } from '../lib/i18n.svelte';

const MAX_FILE_BYTES = 512 * 1024;

export type ImportOutcome = { ok: true; imported: ImportedWorkshop } | { ok: false; message: string; problems: Problem[] };

/** "My workshops": the user's own workshops and drafts, with new, import and delete. */
export class MyWorkshops extends Loadable<MyWorkshopItem[]> {
  constructor(private readonly api: Api) {
    super(() => api.call('editor:list', {}));
  }

  /** A new workshop, empty or copied from `from`; resolves to its id for the editor. */
  async create(from?: string): Promise<string | null> {
    try {
      return (await this.api.call('editor:create', from ? { from } : {})).workshopId;
    } catch (err) {
      this.fail(err);
      return null;
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.api.call('editor:delete', { workshopId: id });
    } catch (err) {
      this.fail(err);
    }
    await this.load();
  }

  /** Read a chosen file and send its text; the host checks it all before anything is saved. */
  async importFile(file: File): Promise<ImportOutcome> {
    if (file.size > MAX_FILE_BYTES) return { ok: false, message: m.editor_file_too_large({ name: file.name }), problems: [] };
    const text = await file.text();
    const result = await this.api.invoke('workshop-files:import', { text, fileName: file.name.slice(0, 255) });
    await this.load();
    if (result.ok) return { ok: true, imported: result.value };
    return { ok: false, message: result.error.message, problems: result.error.problems ?? [] };
  }
}
