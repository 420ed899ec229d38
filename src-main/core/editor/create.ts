import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../workshop/workshop-schema';

/**
 * A new, empty workshop. It is a draft from the start (no title, audience, summary or
 * activities yet), so the editor lists what to fill in before it can be saved and run.
 */
export const emptyWorkshop = (id: string): Workshop => ({
  schemaVersion: WORKSHOP_SCHEMA_VERSION,
  id,
  title: '',
  summary: '',
  audience: '',
  minutes: 60,
  sections: ['understanding'],
  contentNotes: [],
  activities: [],
});

/** A copy of any workshop to make one's own; built-in ones stay as they are. */
export function duplicateWorkshop(w: Workshop, id: string): Workshop {
  return { ...structuredClone(w), id, title: `${w.title} (copy)`.slice(0, 120) };
}
