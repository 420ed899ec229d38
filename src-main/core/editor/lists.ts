import type { Workshop } from '../workshop/workshop-schema';
import type { Activity } from '../workshop/activity-schema';
import { nextItemId } from './ids';
import { describe, EditRejected, parentOf } from './paths';
import type { FieldPath } from './ops';

const TEXT_LISTS = new Set(['contentNotes', 'materials', 'debrief', 'points', 'questions', 'prompts', 'observerQuestions']);

/** The activity a path points into, when it does. */
const activityOf = (draft: Workshop, path: FieldPath): Activity | undefined =>
  path[0] === 'activities' && typeof path[1] === 'number' ? draft.activities[path[1]] : undefined;

/**
 * A blank item for a list, chosen by the list's name and the activity's kind. Blank text breaks
 * the "must not be empty" rule on purpose: the editor shows it as the next thing to fill in.
 */
function blankItem(draft: Workshop, path: FieldPath, list: readonly unknown[]): unknown {
  const name = path[path.length - 1];
  const ids = list as { id: string }[];
  if (typeof name !== 'string') throw new EditRejected(`${describe(path)} is not a list.`);
  if (TEXT_LISTS.has(name)) return '';
  switch (name) {
    case 'steps':
      return { minutes: 1, text: '' };
    case 'cards':
      if (path.length === 3 && activityOf(draft, path)?.kind === 'scenario')
        return { id: nextItemId('card', ids), title: '', situation: '', questions: ['', ''] };
      return { id: nextItemId('card', ids), text: '' };
    case 'categories':
      return { id: nextItemId('category', ids), label: '' };
    case 'options':
      return { id: nextItemId('option', ids), label: '' };
    case 'statements':
      return { id: nextItemId('statement', ids), text: '' };
    case 'roles':
      return { name: '', brief: '' };
    case 'perspectives':
      return { label: '', text: '' };
    default:
      throw new EditRejected(`${describe(path)} is not a list the editor can add to.`);
  }
}

export function addItem(draft: Workshop, path: FieldPath, index?: number): void {
  const { parent, key } = parentOf(draft, path);
  const record = parent as Record<string | number, unknown>;
  // Perspectives are optional and come as a pair: the first add creates both.
  if (key === 'perspectives' && !Object.hasOwn(parent, key)) {
    record[key] = [
      { label: '', text: '' },
      { label: '', text: '' },
    ];
    return;
  }
  const list = record[key];
  if (!Array.isArray(list)) throw new EditRejected(`${describe(path)} is not a list.`);
  if (list.length >= 60) throw new EditRejected('This list is full.');
  const at = index === undefined ? list.length : Math.min(index, list.length);
  list.splice(at, 0, blankItem(draft, path, list));
}

export function removeItem(draft: Workshop, path: FieldPath, index: number): void {
  const { parent, key } = parentOf(draft, path);
  const list = (parent as Record<string | number, unknown>)[key];
  if (!Array.isArray(list) || index >= list.length) throw new EditRejected(`There is no item ${index} at ${describe(path)}.`);
  const [removed] = list.splice(index, 1) as { id?: string }[];
  // A card sort's answer key names categories: forget answers that pointed at the removed one.
  const activity = activityOf(draft, path);
  if (activity?.kind === 'card-sort' && key === 'categories' && removed?.id) {
    for (const card of activity.cards) if (card.category === removed.id) delete card.category;
  }
  // A lone perspective is not allowed; removing one removes the pair.
  if (key === 'perspectives') delete (parent as Record<string, unknown>)[key];
}
