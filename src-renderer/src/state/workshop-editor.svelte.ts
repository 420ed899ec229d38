import { ApiError, type Api } from '../lib/api';
import type { EditOp, EditorSnapshot, FieldPath, Workshop } from '../../../src-main/contract';
import type { SaveStatus } from './autosave.svelte';
import { isUnder, pathKey, setAt } from '../lib/editor-paths';
import { problemText } from '../lib/editor-problems';
import { m } from '../lib/i18n.svelte';

type Value = string | number | boolean | null;

/**
 * One workshop open in the editor. Typing shows at once and is sent to the host shortly after
 * the last keystroke; agenda changes (add, move, remove) go at once. The host applies every
 * edit, checks it, saves it (or keeps it as a draft) and answers with the whole picture, which
 * replaces ours, so the view never keeps its own version of the truth for long.
 */
export class WorkshopEditor {
  #snapshot = $state.raw<EditorSnapshot | null>(null);
  #draft = $state.raw<Workshop | null>(null);
  #error = $state<string | null>(null);
  #selectedId = $state<string | null>(null);
  #sending = $state(false);
  #waiting = $state(0);
  /** Typed values not yet sent, by field. Not shown itself; `#waiting` is its reactive count. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<string, { path: FieldPath; value: Value }>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly api: Api,
    readonly workshopId: string,
    private readonly delayMs = 400,
  ) {}

  get draft() {
    return this.#draft;
  }
  get snapshot() {
    return this.#snapshot;
  }
  get error() {
    return this.#error;
  }
  get problems() {
    return this.#snapshot?.problems ?? [];
  }
  get agenda() {
    return this.#snapshot?.agenda ?? null;
  }
  get canUndo() {
    return this.#waiting > 0 || !!this.#snapshot?.canUndo;
  }
  get canRedo() {
    return this.#waiting === 0 && !!this.#snapshot?.canRedo;
  }
  get selectedIndex(): number {
    const i = this.#draft?.activities.findIndex((a) => a.id === this.#selectedId) ?? -1;
    return i;
  }
  get selected() {
    return this.#draft?.activities[this.selectedIndex];
  }

  /** Saving… while anything is on its way; then Saved, or why it is not. */
  get status(): SaveStatus {
    if (this.#waiting > 0 || this.#sending) return { kind: 'saving' };
    if (this.#error) return { kind: 'failed', reason: this.#error };
    const s = this.#snapshot;
    if (!s) return { kind: 'idle' };
    if (s.saved.state === 'saved') return { kind: 'saved', at: s.saved.at };
    return { kind: 'failed', reason: m.editor_status_problems({ count: s.problems.length }) };
  }

  problemAt(path: FieldPath): string | undefined {
    const key = pathKey(path);
    const problem = this.problems.find((p) => p.path === key);
    return problem && problemText(problem);
  }

  problemCountUnder(path: FieldPath): number {
    const key = pathKey(path);
    return this.problems.filter((p) => isUnder(p.path, key)).length;
  }

  select(activityId: string | null): void {
    this.#selectedId = activityId;
  }

  async load(): Promise<void> {
    await this.#run(() => this.api.call('editor:open', { workshopId: this.workshopId }), [], false);
    if (!this.#selectedId) this.#selectedId = this.#draft?.activities[0]?.id ?? null;
  }

  /** A typed change: shown now, sent after a pause in typing (or on flush). */
  set(path: FieldPath, value: Value): void {
    if (!this.#draft) return;
    this.#draft = setAt(this.#draft, path, value);
    this.#pending.set(pathKey(path), { path, value });
    this.#waiting = this.#pending.size;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Send whatever typing is waiting (on blur, before undo, before leaving). */
  flush(): Promise<void> {
    return this.edit();
  }

  /** Send waiting typing and then `op`, in one request, so the host sees them in order. */
  async edit(op?: EditOp): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const ops: EditOp[] = [...this.#pending.values()].map(({ path, value }) => ({ type: 'set', path, value }));
    this.#pending.clear();
    if (op) ops.push(op);
    if (ops.length === 0) return this.#queue.then(() => {});
    await this.#run(() => this.api.call('editor:edit', { workshopId: this.workshopId, ops }), ops);
  }

  async undo(): Promise<void> {
    await this.flush();
    await this.#run(() => this.api.call('editor:undo', { workshopId: this.workshopId }));
  }

  async redo(): Promise<void> {
    await this.flush();
    await this.#run(() => this.api.call('editor:redo', { workshopId: this.workshopId }));
  }

  /** Calls go one after another; each answer replaces our picture, with typing since laid on top. */
  #run(call: () => Promise<EditorSnapshot>, sent: EditOp[] = [], saving = true): Promise<void> {
    const next = this.#queue.then(async () => {
      this.#sending = saving;
      try {
        this.#adopt(await call());
        this.#error = null;
      } catch (err) {
        this.#error = (err as Error).message;
        if (err instanceof ApiError && err.code === 'invalid-input') {
          // The host refused the edit: take its version again rather than keep ours.
          this.#adopt(await this.api.call('editor:open', { workshopId: this.workshopId }));
        } else {
          // Not reachable or not saved: keep the typing and try again shortly.
          for (const op of sent) if (op.type === 'set' && !this.#pending.has(pathKey(op.path))) this.#pending.set(pathKey(op.path), op);
          this.#waiting = this.#pending.size;
          if (this.#pending.size && !this.#timer) this.#timer = setTimeout(() => void this.flush(), 3000);
        }
      } finally {
        this.#sending = false;
      }
    });
    this.#queue = next.catch(() => {});
    return next.catch(() => {});
  }

  #adopt(snapshot: EditorSnapshot): void {
    this.#snapshot = snapshot;
    let draft = snapshot.draft;
    for (const { path, value } of this.#pending.values()) draft = setAt(draft, path, value);
    this.#draft = draft;
    this.#waiting = this.#pending.size;
    if (this.#selectedId && !draft.activities.some((a) => a.id === this.#selectedId)) this.#selectedId = null;
  }
}
