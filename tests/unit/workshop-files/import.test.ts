import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { loadTemplates, type BuiltInLibrary } from '../../../src-main/services/templates/load-templates';
import { EditorHub } from '../../../src-main/services/editor/editor-hub';
import { DraftFiles } from '../../../src-main/services/editor/draft-files';
import { exportWorkshopFile, readWorkshopFile } from '../../../src-main/services/editor/workshop-files';
import { editorChannels, MAX_WORKSHOP_FILE_CHARS } from '../../../src-main/contract/editor';
import { AppFailure } from '../../../src-main/services/errors';
import { builtIn } from '../editor/fixtures';
import { mutatedFiles, rawFiles } from './corpus';
import { fileURLToPath } from 'node:url';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
let dataDir: string;
let store: Store;
let library: BuiltInLibrary;
let hub: EditorHub;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secure-base-files-'));
  library = await loadTemplates(templatesDir);
  store = await openStore(dataDir);
  hub = new EditorHub(store, library, new DraftFiles(join(dataDir, 'drafts')));
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const corpus = [...rawFiles, ...mutatedFiles];

describe('importing workshop files', () => {
  it('has a corpus of at least 20 bad files', () => {
    expect(rawFiles.length).toBeGreaterThanOrEqual(8);
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((f) => f.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((f) => [f.name, f] as const))(
    'refuses %s with the path of what is wrong, and imports nothing',
    async (_name, file) => {
      const failure = await hub.importFile(file.text).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(AppFailure);
      const error = failure as AppFailure;
      expect(error.code).toBe('invalid-input');
      const paths = (error.extra.problems ?? []).map((p) => p.path);
      expect(paths).toContain(file.path);
      expect(error.extra.path).toBe(paths[0]);
      expect(error.message).toContain(paths[0]);
      expect(await store.listUserWorkshops()).toEqual([]);
      expect(await hub.list()).toEqual([]);
    },
  );

  it('reports every problem of a file, not just the first', () => {
    const w = builtIn('essentials') as Record<string, unknown>;
    const { problems } = readWorkshopFile(JSON.stringify({ ...w, title: '', minutes: 'long', colour: 'teal' }));
    expect(problems.map((p) => p.path).sort()).toEqual(['$', '$.minutes', '$.title']);
  });

  it('imports a valid file under its own id, or a fresh one when that is taken', async () => {
    const text = JSON.stringify({ ...builtIn('essentials'), id: 'from-a-colleague' });
    expect(await hub.importFile(text)).toEqual({ workshopId: 'from-a-colleague', title: builtIn('essentials').title });
    expect(await hub.importFile(text)).toMatchObject({ workshopId: 'from-a-colleague-2', renamedFrom: 'from-a-colleague' });
    // a built-in id is never taken over
    expect(await hub.importFile(JSON.stringify(builtIn('essentials')))).toMatchObject({
      workshopId: 'essentials-2',
      renamedFrom: 'essentials',
    });
    // nor is a draft's
    const draft = await hub.create();
    expect(await hub.importFile(JSON.stringify({ ...builtIn('essentials'), id: draft.workshopId }))).toMatchObject({
      workshopId: `${draft.workshopId}-2`,
    });
    expect((await store.listUserWorkshops()).map((w) => w.id)).toEqual([
      'from-a-colleague',
      'from-a-colleague-2',
      'essentials-2',
      `${draft.workshopId}-2`,
    ]);
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const text = `\uFEFF${JSON.stringify({ ...builtIn('at-work'), id: 'bom' })}`;
    expect((await hub.importFile(text)).workshopId).toBe('bom');
  });

  it('exports a workshop that imports again unchanged', async () => {
    const exportsDir = join(dataDir, 'exports');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(exportsDir, { recursive: true });
    const original = builtIn('growing-up');
    const file = await exportWorkshopFile(exportsDir, original);
    expect(file).toMatchObject({ id: 'workshop-growing-up.json', fileName: 'workshop-growing-up.json' });
    const text = await readFile(join(exportsDir, file.fileName), 'utf8');
    expect(Buffer.byteLength(text)).toBe(file.bytes);
    const imported = await hub.importFile(text);
    expect(imported.workshopId).toBe('growing-up-2');
    expect((await store.listUserWorkshops())[0]).toEqual({ ...original, id: 'growing-up-2' });
  });

  it('refuses a file larger than the limit at the channel', () => {
    const input = editorChannels['workshop-files:import'].input;
    expect(input.safeParse({ text: 'x'.repeat(MAX_WORKSHOP_FILE_CHARS + 1) }).success).toBe(false);
    expect(input.safeParse({ text: '{}' }).success).toBe(true);
    expect(input.safeParse({ text: '{}', extra: 1 }).success).toBe(false);
  });
});
