import type { Workshop } from '../../core/workshop/workshop-schema';
import type { EditorSnapshot, ImportedWorkshop, MyWorkshopItem } from '../../contract/editor';
import type { Store } from '../store/store';
import type { BuiltInLibrary } from '../templates/load-templates';
import { applyEdit, groupKeyOf, type Sources } from '../../core/editor/apply';
import { checkDraft } from '../../core/editor/draft';
import { emptyHistory, recordEdit, redo, undo, type History } from '../../core/editor/history';
import { editorAgenda } from '../../core/editor/agenda';
import { duplicateWorkshop, emptyWorkshop } from '../../core/editor/create';
import { freshId } from '../../core/editor/ids';
import { EditRejected } from '../../core/editor/paths';
import type { EditOp } from '../../core/editor/ops';
import type { Problem } from '../../core/result';
import { AppFailure, NotFound } from '../errors';
import { lookUpWorkshop } from '../lookup';
import type { DraftFiles } from './draft-files';
import { importWorkshopFile } from './workshop-files';

/** The queue that hands out new ids; workshop ids never contain a colon. */
const NEW_IDS = ':new-ids';
/** Workshops kept open with their undo history; older ones are closed (everything is saved already). */
const MAX_OPEN = 12;

interface OpenDraft {
  draft: Workshop;
  history: History;
  revision: number;
  saved: EditorSnapshot['saved'];
}

/**
 * The host side of the editor. It holds each open workshop's draft and undo history, applies
 * the edits views send (as the live hub applies intents), and saves: a valid workshop to the
 * library, one with problems to its draft file. Edits to one workshop run one at a time.
 */
export class EditorHub {
  #open = new Map<string, OpenDraft>();
  #queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly library: BuiltInLibrary,
    private readonly drafts: DraftFiles,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every id in use: built-in, saved and draft workshops. */
  async takenIds(): Promise<Set<string>> {
    const own = await this.store.listUserWorkshops();
    return new Set([
      ...this.library.workshops.map((w) => w.id),
      ...own.map((w) => w.id),
      ...(await this.drafts.all()).keys(),
      ...this.#open.keys(),
    ]);
  }

  /** New workshops get their ids one at a time, so two at once never pick the same one. */
  create(from?: string): Promise<EditorSnapshot> {
    return this.#serial(NEW_IDS, async () => {
      const source = from ? await this.#anyWorkshop(from) : undefined;
      const id = freshId(source ? `${source.id}-copy` : 'my-workshop', await this.takenIds());
      const entry: OpenDraft = {
        draft: source ? duplicateWorkshop(source, id) : emptyWorkshop(id),
        history: emptyHistory(),
        revision: 0,
        saved: { state: 'draft', at: '' },
      };
      this.#open.set(id, entry);
      return this.#serial(id, () => this.#persist(id, entry));
    });
  }

  /** Import a workshop file's text under a free id (see workshop-files.ts). */
  importFile(text: string): Promise<ImportedWorkshop> {
    return this.#serial(NEW_IDS, async () => importWorkshopFile(text, await this.takenIds(), (w) => this.store.saveUserWorkshop(w)));
  }

  open(id: string): Promise<EditorSnapshot> {
    return this.#serial(id, async () => {
      const entry = await this.#entry(id);
      return this.#snapshot(id, entry, checkDraft(entry.draft).problems);
    });
  }

  edit(id: string, ops: readonly EditOp[]): Promise<EditorSnapshot> {
    return this.#serial(id, async () => {
      const entry = await this.#entry(id);
      // Only copying an activity needs the user's workshops; typing does not pay for reading them.
      const sources = await this.#sources(ops.some((op) => op.type === 'add-activity'));
      let { draft, history } = entry;
      const now = this.now().getTime();
      try {
        for (const op of ops) {
          const next = applyEdit(draft, op, sources);
          history = recordEdit(history, draft, groupKeyOf(op), now);
          draft = next;
        }
      } catch (err) {
        if (err instanceof EditRejected) throw new AppFailure('invalid-input', err.message);
        throw err;
      }
      Object.assign(entry, { draft, history, revision: entry.revision + 1 });
      return this.#persist(id, entry);
    });
  }

  undo(id: string): Promise<EditorSnapshot> {
    return this.#step(id, undo);
  }

  redo(id: string): Promise<EditorSnapshot> {
    return this.#step(id, redo);
  }

  async list(): Promise<MyWorkshopItem[]> {
    const drafts = await this.drafts.all();
    const own = (await this.store.listUserWorkshops()).filter((w) => !this.#isBuiltIn(w.id));
    const item = (w: Workshop, inLibrary: boolean): MyWorkshopItem => {
      const draft = drafts.get(w.id)?.workshop;
      const shown = draft ?? w;
      return {
        id: w.id,
        title: shown.title,
        audience: shown.audience,
        minutes: shown.minutes,
        activityCount: shown.activities.length,
        state: draft ? 'draft' : 'saved',
        problemCount: draft ? checkDraft(draft).problems.length : 0,
        inLibrary,
      };
    };
    const ownIds = new Set(own.map((w) => w.id));
    const draftOnly = [...drafts.values()].filter((d) => !ownIds.has(d.workshop.id)).map((d) => item(d.workshop, false));
    return [...own.map((w) => item(w, true)), ...draftOnly];
  }

  async delete(id: string): Promise<{ deleted: boolean }> {
    this.#refuseBuiltIn(id);
    return this.#serial(id, async () => {
      const hadDraft = (await this.drafts.all()).has(id) || this.#open.has(id);
      this.#open.delete(id);
      await this.drafts.remove(id);
      const deleted = await this.store.deleteUserWorkshop(id);
      return { deleted: deleted || hadDraft };
    });
  }

  /** A workshop from the user's own, the library or a draft, for copying. */
  async #anyWorkshop(id: string): Promise<Workshop> {
    const found =
      (await lookUpWorkshop({ store: this.store, library: this.library }, id))?.workshop ?? (await this.drafts.get(id))?.workshop;
    if (!found) throw new NotFound(`No workshop "${id}".`);
    return found;
  }

  async #sources(withOwn: boolean): Promise<Sources> {
    const own = withOwn ? await this.store.listUserWorkshops() : [];
    const workshops = [...own, ...this.library.workshops];
    return {
      activity: (workshopId, activityId) => workshops.find((w) => w.id === workshopId)?.activities.find((a) => a.id === activityId),
      card: (bankId, cardId) => this.library.banks.find((b) => b.id === bankId)?.cards.find((c) => c.id === cardId),
    };
  }

  #isBuiltIn(id: string): boolean {
    return this.library.workshops.some((w) => w.id === id);
  }

  #refuseBuiltIn(id: string): void {
    const builtIn = this.library.workshops.find((w) => w.id === id);
    if (builtIn) {
      throw new AppFailure(
        'read-only',
        `“${builtIn.title}” is a built-in workshop and stays as it is. Duplicate it to My workshops to change a copy.`,
      );
    }
  }

  async #entry(id: string): Promise<OpenDraft> {
    this.#refuseBuiltIn(id);
    const open = this.#open.get(id);
    if (open) return open;
    const stored = await this.drafts.get(id);
    const saved = stored ? undefined : (await this.store.listUserWorkshops()).find((w) => w.id === id);
    if (!stored && !saved) throw new NotFound(`No workshop "${id}" of your own.`);
    const entry: OpenDraft = stored
      ? { draft: stored.workshop, history: emptyHistory(), revision: 0, saved: { state: 'draft', at: stored.savedAt } }
      : { draft: saved!, history: emptyHistory(), revision: 0, saved: { state: 'saved', at: '' } };
    this.#open.set(id, entry);
    for (const old of this.#open.keys()) if (this.#open.size > MAX_OPEN && old !== id && !this.#queues.has(old)) this.#open.delete(old);
    return entry;
  }

  #step(id: string, move: typeof undo): Promise<EditorSnapshot> {
    return this.#serial(id, async () => {
      const entry = await this.#entry(id);
      const moved = move(entry.history, entry.draft);
      if (!moved) return this.#snapshot(id, entry, checkDraft(entry.draft).problems);
      Object.assign(entry, { draft: moved.draft, history: moved.history, revision: entry.revision + 1 });
      return this.#persist(id, entry);
    });
  }

  /** A valid workshop goes to the library (and its draft file goes); one with problems stays a draft. */
  async #persist(id: string, entry: OpenDraft): Promise<EditorSnapshot> {
    const check = checkDraft(entry.draft);
    const at = this.now().toISOString();
    if (check.workshop) {
      this.#refuseBuiltIn(id);
      await this.store.saveUserWorkshop(check.workshop);
      await this.drafts.remove(id);
      entry.saved = { state: 'saved', at };
    } else {
      await this.drafts.write(entry.draft, at);
      entry.saved = { state: 'draft', at };
    }
    return this.#snapshot(id, entry, check.problems);
  }

  #snapshot(id: string, entry: OpenDraft, problems: Problem[]): EditorSnapshot {
    return {
      workshopId: id,
      draft: structuredClone(entry.draft),
      problems,
      agenda: editorAgenda(entry.draft),
      revision: entry.revision,
      canUndo: entry.history.past.length > 0,
      canRedo: entry.history.future.length > 0,
      saved: entry.saved,
    };
  }

  #serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(id) ?? Promise.resolve();
    const result = before.catch(() => {}).then(work);
    const tail = result.catch(() => {});
    this.#queues.set(id, tail);
    void tail.then(() => {
      if (this.#queues.get(id) === tail) this.#queues.delete(id);
    });
    return result;
  }
}
