import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import { SECTION_SLUGS } from '../core/workshop/sections';
import { ACTIVITY_KINDS } from '../core/workshop/kinds';
import { editOpSchema } from '../core/editor/ops';
import type { Workshop } from '../core/workshop/workshop-schema';
import type { Problem } from '../core/result';
import type { EditorAgenda } from '../core/editor/agenda';
import type { BrowserActivity, BrowserCard } from '../core/editor/browse';
import type { ExportedFile } from './handouts';

/** What the editor shows: the draft, its problems and agenda, and whether it is saved. */
export interface EditorSnapshot {
  workshopId: string;
  /** The workshop as edited; its content may break rules listed in `problems`. */
  draft: Workshop;
  /** Each problem at its JSON path in the workshop, e.g. `$.activities[2].title`. */
  problems: Problem[];
  agenda: EditorAgenda;
  /** Goes up by one with every change, so a view can tell newer answers from older ones. */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * 'saved': the library holds exactly this workshop. 'draft': it has problems, so it is kept
   * as a draft and the library keeps the last valid version (if there is one).
   */
  saved: { state: 'saved' | 'draft'; at: string };
}

/** A workshop of the user's own, as "My workshops" lists it. */
export interface MyWorkshopItem {
  id: string;
  title: string;
  audience: string;
  minutes: number;
  activityCount: number;
  /** 'draft' when unsaved changes with problems are waiting in the editor. */
  state: 'saved' | 'draft';
  problemCount: number;
  /** A valid version is in the library and can be run. */
  inLibrary: boolean;
}

export interface BrowseResult {
  activities: BrowserActivity[];
  cards: BrowserCard[];
}

export interface ImportedWorkshop {
  workshopId: string;
  title: string;
  /** The id the file gave, when it clashed with a workshop already here and a fresh one was used. */
  renamedFrom?: string;
}

/** Workshop files are small; this keeps one request well under the host's 1 MiB body limit. */
export const MAX_WORKSHOP_FILE_CHARS = 512 * 1024;

const workshopRef = z.strictObject({ workshopId: idSchema });
const createInput = z.strictObject({ from: idSchema.optional() });
const editInput = z.strictObject({ workshopId: idSchema, ops: z.array(editOpSchema).min(1).max(50) });
const browseInput = z.strictObject({
  text: z.string().max(200).optional(),
  section: z.enum(SECTION_SLUGS).optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  minMinutes: z.number().int().min(0).max(480).optional(),
  maxMinutes: z.number().int().min(0).max(480).optional(),
});
const importInput = z.strictObject({
  text: z.string().max(MAX_WORKSHOP_FILE_CHARS, 'the file is larger than 512 KB'),
  fileName: z.string().max(255).optional(),
});

export const editorChannels = {
  /** A workshop of one's own: a copy of `from` (built-in or own), or an empty one. */
  'editor:create': channel<typeof createInput, EditorSnapshot>(createInput),
  'editor:open': channel<typeof workshopRef, EditorSnapshot>(workshopRef),
  'editor:edit': channel<typeof editInput, EditorSnapshot>(editInput),
  'editor:undo': channel<typeof workshopRef, EditorSnapshot>(workshopRef),
  'editor:redo': channel<typeof workshopRef, EditorSnapshot>(workshopRef),
  'editor:list': channel<z.ZodObject<{}>, MyWorkshopItem[]>(z.strictObject({})),
  'editor:delete': channel<typeof workshopRef, { deleted: boolean }>(workshopRef),
  /** The activity browser: every activity in the library and every bank card, filtered. */
  'editor:browse': channel<typeof browseInput, BrowseResult>(browseInput),
  /** Write a workshop as a .json file to the exports folder. */
  'workshop-files:export': channel<typeof workshopRef, ExportedFile>(workshopRef),
  /** Read a workshop file's text; an invalid file is refused with every problem's JSON path. */
  'workshop-files:import': channel<typeof importInput, ImportedWorkshop>(importInput),
};
