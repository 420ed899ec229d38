import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { loadTemplates, type BuiltInLibrary } from '../../../src-main/services/templates/load-templates';
import { EditorHub } from '../../../src-main/services/editor/editor-hub';
import { DraftFiles } from '../../../src-main/services/editor/draft-files';
import { AppFailure } from '../../../src-main/services/errors';
import { fileURLToPath } from 'node:url';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

let dataDir: string;
let store: Store;
let library: BuiltInLibrary;
let hub: EditorHub;

async function openHub(): Promise<void> {
  store = await openStore(dataDir);
  hub = new EditorHub(store, library, new DraftFiles(join(dataDir, 'drafts')));
}

/** A fresh host over the same data folder, as after quitting and starting again. */
async function restart(): Promise<void> {
  await store.close();
  await openHub();
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: AppFailure) => e.code,
  );

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secure-base-editor-'));
  library = await loadTemplates(templatesDir);
  await openHub();
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('editor hub', () => {
  it("duplicates a built-in workshop into the user's own, saved at once", async () => {
    const snap = await hub.create('essentials');
    expect(snap.workshopId).toBe('essentials-copy');
    expect(snap.saved.state).toBe('saved');
    expect(snap.problems).toEqual([]);
    expect((await store.listUserWorkshops()).map((w) => w.id)).toEqual(['essentials-copy']);
    expect((await hub.create('essentials')).workshopId).toBe('essentials-copy-2');
  });

  it('refuses to open, edit or delete a built-in workshop', async () => {
    expect(await code(hub.open('essentials'))).toBe('read-only');
    expect(await code(hub.edit('essentials', [{ type: 'set', path: ['title'], value: 'Mine now' }]))).toBe('read-only');
    expect(await code(hub.delete('essentials'))).toBe('read-only');
    expect(await code(hub.open('no-such-workshop'))).toBe('not-found');
    expect(await store.listUserWorkshops()).toEqual([]);
  });

  it('saves valid edits to the library, trimmed', async () => {
    const { workshopId } = await hub.create('essentials');
    const snap = await hub.edit(workshopId, [
      { type: 'set', path: ['title'], value: 'Tuesday group ' },
      { type: 'move-activity', from: 0, to: 1 },
    ]);
    expect(snap.saved.state).toBe('saved');
    expect(snap.draft.title).toBe('Tuesday group ');
    const saved = (await store.listUserWorkshops())[0];
    expect(saved.title).toBe('Tuesday group');
    expect(saved.activities[1].id).toBe('ground-rules');
    expect(snap.revision).toBe(1);
  });

  it('keeps an invalid workshop as a draft, beside the last valid version, across a restart', async () => {
    const { workshopId } = await hub.create('essentials');
    const snap = await hub.edit(workshopId, [{ type: 'set', path: ['activities', 0, 'title'], value: '' }]);
    expect(snap.saved.state).toBe('draft');
    expect(snap.problems).toEqual([{ path: '$.activities[0].title', message: 'must not be empty', kind: 'empty' }]);
    expect((await store.listUserWorkshops())[0].activities[0].title).not.toBe('');
    expect(await readdir(join(dataDir, 'drafts'))).toEqual([`${workshopId}.json`]);
    expect(await hub.list()).toEqual([expect.objectContaining({ id: workshopId, state: 'draft', problemCount: 1, inLibrary: true })]);

    await restart();
    const restored = await hub.open(workshopId);
    expect(restored.saved.state).toBe('draft');
    expect(restored.draft.activities[0].title).toBe('');

    const fixed = await hub.edit(workshopId, [{ type: 'set', path: ['activities', 0, 'title'], value: 'Hello' }]);
    expect(fixed.saved.state).toBe('saved');
    expect(await readdir(join(dataDir, 'drafts'))).toEqual([]);
    expect((await store.listUserWorkshops())[0].activities[0].title).toBe('Hello');
  });

  it('starts an empty workshop as a draft that is listed but not in the library', async () => {
    const snap = await hub.create();
    expect(snap.workshopId).toBe('my-workshop');
    expect(snap.saved.state).toBe('draft');
    expect(snap.problems.map((p) => p.path)).toEqual(['$.title', '$.summary', '$.audience', '$.activities']);
    expect(await store.listUserWorkshops()).toEqual([]);
    expect(await hub.list()).toEqual([expect.objectContaining({ id: 'my-workshop', state: 'draft', inLibrary: false, problemCount: 4 })]);
    expect((await hub.create()).workshopId).toBe('my-workshop-2');

    const done = await hub.edit('my-workshop', [
      { type: 'set', path: ['title'], value: 'Our own' },
      { type: 'set', path: ['summary'], value: 'A short one.' },
      { type: 'set', path: ['audience'], value: 'Parents' },
      { type: 'add-activity', workshopId: 'essentials', activityId: 'ground-rules' },
    ]);
    expect(done.problems).toEqual([]);
    expect(done.saved.state).toBe('saved');
    expect((await store.listUserWorkshops()).map((w) => w.id)).toEqual(['my-workshop']);
  });

  it('undoes and redoes, and groups typing into one step', async () => {
    const { workshopId, draft } = await hub.create('essentials');
    await hub.edit(workshopId, [{ type: 'set', path: ['title'], value: 'A' }]);
    await hub.edit(workshopId, [{ type: 'set', path: ['title'], value: 'AB' }]);
    const removed = await hub.edit(workshopId, [{ type: 'remove-activity', index: 0 }]);
    expect(removed.canUndo).toBe(true);
    let snap = await hub.undo(workshopId);
    expect(snap.draft.activities).toHaveLength(draft.activities.length);
    expect(snap.draft.title).toBe('AB');
    snap = await hub.undo(workshopId);
    expect(snap.draft.title).toBe(draft.title);
    expect(snap.canUndo).toBe(false);
    expect((await store.listUserWorkshops())[0].title).toBe(draft.title);
    snap = await hub.redo(workshopId);
    expect(snap.draft.title).toBe('AB');
    expect(snap.canRedo).toBe(true);
    const unchanged = await hub.undo(workshopId).then(() => hub.undo(workshopId));
    expect(unchanged.revision).toBe(snap.revision + 1);
  });

  it('refuses a broken edit as a whole and keeps the draft as it was', async () => {
    const { workshopId } = await hub.create('essentials');
    const failure = await hub
      .edit(workshopId, [
        { type: 'set', path: ['title'], value: 'Changed' },
        { type: 'set', path: ['minutes'], value: 'sixty' },
      ])
      .catch((e: AppFailure) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('invalid-input');
    expect((await hub.open(workshopId)).draft.title).not.toBe('Changed');
  });

  it('runs edits to one workshop one at a time', async () => {
    const { workshopId } = await hub.create('essentials');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub.edit(workshopId, [
          { type: 'add-item', path: ['contentNotes'] },
          { type: 'set', path: ['contentNotes', i + 1], value: `note ${i}` },
        ]),
      ),
    );
    expect(results.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await store.listUserWorkshops())[0].contentNotes).toHaveLength(11);
  });

  it('closes workshops opened long ago, keeping what they saved', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 14; i++) ids.push((await hub.create('essentials')).workshopId);
    await hub.edit(ids[0], [{ type: 'set', path: ['title'], value: 'First' }]);
    await restart();
    for (const id of ids) await hub.open(id);
    const first = await hub.open(ids[0]);
    expect(first.draft.title).toBe('First');
    expect(first.canUndo).toBe(false);
  });

  it('deletes a workshop with its draft', async () => {
    const { workshopId } = await hub.create('essentials');
    await hub.edit(workshopId, [{ type: 'set', path: ['title'], value: '' }]);
    expect(await hub.delete(workshopId)).toEqual({ deleted: true });
    expect(await hub.list()).toEqual([]);
    expect(await store.listUserWorkshops()).toEqual([]);
    expect(await code(hub.open(workshopId))).toBe('not-found');
  });

  it('moves an unreadable draft file aside and opens the saved version', async () => {
    const { workshopId } = await hub.create('essentials');
    await restart();
    await writeFile(
      join(dataDir, 'drafts', `${workshopId}.json`),
      '{"schemaVersion":1,"savedAt":"2024-01-01T00:00:00Z","workshop":{"id":5}}',
    );
    await writeFile(join(dataDir, 'drafts', 'other.json'), 'not json');
    const snap = await hub.open(workshopId);
    expect(snap.saved.state).toBe('saved');
    const names = await readdir(join(dataDir, 'drafts'));
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    expect(
      JSON.parse(
        await readFile(
          join(
            dataDir,
            'drafts',
            names.find((n) => n.startsWith(workshopId))!,
          ),
          'utf8',
        ),
      ).workshop.id,
    ).toBe(5);
  });
});
