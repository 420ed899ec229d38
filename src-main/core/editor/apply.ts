import type { Workshop } from '../workshop/workshop-schema';
import type { Activity, ScenarioCard } from '../workshop/activity-schema';
import type { EditOp } from './ops';
import { checkDraft } from './draft';
import { describe, EditRejected, setValue } from './paths';
import { addItem, removeItem } from './lists';
import { duplicateActivity, insertActivity, insertBankCard, moveActivity, removeActivity, syncSections } from './agenda-ops';

/** Where copies come from: the library's activities and the banks' scenario cards. */
export interface Sources {
  activity(workshopId: string, activityId: string): Activity | undefined;
  card(bankId: string, cardId: string): ScenarioCard | undefined;
}

/** Typing edits to the same field share an undo step; this names the field. */
export const groupKeyOf = (op: EditOp): string | null => (op.type === 'set' ? `set:${describe(op.path)}` : null);

/**
 * Apply one edit to a draft and return the new draft; the old one is left as it was.
 * The result always has a sound shape (see draft.ts); an edit that would break it is refused.
 */
export function applyEdit(draft: Workshop, op: EditOp, sources: Sources): Workshop {
  const next = structuredClone(draft);
  switch (op.type) {
    case 'set':
      setValue(next, op.path, op.value);
      break;
    case 'add-item':
      addItem(next, op.path, op.index);
      break;
    case 'remove-item':
      removeItem(next, op.path, op.index);
      break;
    case 'add-activity': {
      const activity = sources.activity(op.workshopId, op.activityId);
      if (!activity) throw new EditRejected(`There is no activity “${op.activityId}” in workshop “${op.workshopId}”.`);
      insertActivity(next, activity, op.at);
      break;
    }
    case 'move-activity':
      moveActivity(next, op.from, op.to);
      break;
    case 'remove-activity':
      removeActivity(next, op.index);
      break;
    case 'duplicate-activity':
      duplicateActivity(next, op.index);
      break;
    case 'add-bank-card': {
      const card = sources.card(op.bankId, op.cardId);
      if (!card) throw new EditRejected(`There is no card “${op.cardId}” in bank “${op.bankId}”.`);
      insertBankCard(next, op.activityIndex, card);
      break;
    }
  }
  syncSections(next);
  const check = checkDraft(next);
  if (!check.sound) {
    const first = check.structural[0];
    throw new EditRejected(`That change does not fit the workshop: ${first.path}: ${first.message}`);
  }
  return next;
}
