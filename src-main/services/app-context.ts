import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore, type Store } from './store/store';
import { loadTemplates, type BuiltInLibrary } from './templates/load-templates';
import { EventHub } from './event-hub';
import { LiveHub } from './live/live-hub';
import { EditorHub } from './editor/editor-hub';
import { DraftFiles } from './editor/draft-files';
import { lookUpWorkshop } from './lookup';
import { Rooms } from './room/rooms';

/** Everything the handlers need, opened once per host. */
export interface AppContext {
  host: 'electron' | 'web';
  version: string;
  dataDir: string;
  exportsDir: string;
  store: Store;
  library: BuiltInLibrary;
  events: EventHub;
  /** Running sessions. */
  live: LiveHub;
  /** Workshops open in the editor. */
  editor: EditorHub;
  /** The room phones join; nothing listens until the facilitator opens it. */
  rooms: Rooms;
  /** Saves time spent on running sessions, then releases the data folder. */
  close(): Promise<void>;
}

export interface OpenOptions {
  host: AppContext['host'];
  dataDir: string;
  templatesDir: string;
  version: string;
  /** The built renderer, which holds the phone page the room serves. */
  rendererDir?: string;
}

export async function openAppContext(options: OpenOptions): Promise<AppContext> {
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const exportsDir = join(options.dataDir, 'exports');
  await mkdir(exportsDir, { recursive: true });
  const [store, library] = await Promise.all([openStore(options.dataDir, { owner: options.host }), loadTemplates(options.templatesDir)]);
  const events = new EventHub();
  const live = new LiveHub(store, events, async (id) => (await lookUpWorkshop({ store, library }, id))?.workshop, {
    banks: library.banks,
  });
  const rooms = new Rooms({ store, live, events, rendererDir: options.rendererDir ?? join(options.templatesDir, '..', 'out', 'renderer') });
  const editor = new EditorHub(store, library, new DraftFiles(join(options.dataDir, 'drafts'), store.quarantine));
  return {
    host: options.host,
    version: options.version,
    dataDir: options.dataDir,
    exportsDir,
    store,
    library,
    events,
    live,
    editor,
    rooms,
    async close() {
      // The room stops first: phones are told, and nothing about them outlives the process.
      await rooms.dispose();
      live.dispose();
      await live.checkpoint().catch(() => {});
      await store.close();
    },
  };
}
