import type { Handlers } from '../../contract';
import type { AppContext } from '../app-context';
import { exportWorkshopFile } from '../editor/workshop-files';
import { browseActivities, browseCards } from '../../core/editor/browse';
import { allWorkshops, findWorkshop } from '../lookup';

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
  const hub = ctx.editor;
  return {
    'editor:create': ({ from }) => hub.create(from),
    'editor:open': ({ workshopId }) => hub.open(workshopId),
    'editor:edit': ({ workshopId, ops }) => hub.edit(workshopId, ops),
    'editor:undo': ({ workshopId }) => hub.undo(workshopId),
    'editor:redo': ({ workshopId }) => hub.redo(workshopId),
    'editor:list': () => hub.list(),
    'editor:delete': ({ workshopId }) => hub.delete(workshopId),
    async 'editor:browse'(query) {
      return { activities: browseActivities(await allWorkshops(ctx), query), cards: browseCards(ctx.library.banks, query) };
    },
    async 'workshop-files:export'({ workshopId }) {
      const { workshop } = await findWorkshop(ctx, workshopId);
      return exportWorkshopFile(ctx.exportsDir, workshop);
    },
    'workshop-files:import': ({ text }) => hub.importFile(text),
  };
}
