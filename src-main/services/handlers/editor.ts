import { join } from 'node:path';
import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { EditorHub } from '../editor/editor-hub';
import { DraftFiles } from '../editor/draft-files';
import { exportWorkshopFile } from '../editor/workshop-files';
import { browseActivities, browseCards } from '../../core/editor/browse';
import { findWorkshop } from './workshops';

type EditorHandlers = Pick<
  Handlers,
  | 'editor:create'
  | 'editor:open'
  | 'editor:edit'
  | 'editor:undo'
  | 'editor:redo'
  | 'editor:list'
  | 'editor:delete'
  | 'editor:browse'
  | 'workshop-files:export'
  | 'workshop-files:import'
>;

export function editorHandlers(ctx: AppContext): EditorHandlers {
  const hub = new EditorHub(ctx.store, ctx.library, new DraftFiles(join(ctx.dataDir, 'drafts')));
  return {
    'editor:create': ({ from }) => hub.create(from),
    'editor:open': ({ workshopId }) => hub.open(workshopId),
    'editor:edit': ({ workshopId, ops }) => hub.edit(workshopId, ops),
    'editor:undo': ({ workshopId }) => hub.undo(workshopId),
    'editor:redo': ({ workshopId }) => hub.redo(workshopId),
    'editor:list': () => hub.list(),
    'editor:delete': ({ workshopId }) => hub.delete(workshopId),
    async 'editor:browse'(query) {
      const own = await ctx.store.listUserWorkshops();
      const sources = [
        ...ctx.library.workshops.map((workshop) => ({ workshop, builtIn: true })),
        ...own.map((workshop) => ({ workshop, builtIn: false })),
      ];
      return { activities: browseActivities(sources, query), cards: browseCards(ctx.library.banks, query) };
    },
    async 'workshop-files:export'({ workshopId }) {
      const { workshop } = await findWorkshop(ctx, workshopId);
      return exportWorkshopFile(ctx.exportsDir, workshop);
    },
    'workshop-files:import': ({ text }) => hub.importFile(text),
  };
}
