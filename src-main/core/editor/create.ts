import { catalogLocale, m } from '../catalog/locale';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../workshop/workshop-schema';
import { DEFAULT_LANGUAGE } from '../workshop/language';

/**
 * A new, empty workshop. It is a draft from the start (no title, audience, summary or
 * activities yet), so the editor lists what to fill in before it can be saved and run.
 */
export const emptyWorkshop = (id: string): Workshop => ({
  schemaVersion: WORKSHOP_SCHEMA_VERSION,
  id,
  lang: DEFAULT_LANGUAGE,
  title: '',
  summary: '',
  audience: '',
  minutes: 60,
  sections: ['understanding'],
  contentNotes: [],
  activities: [],
});

/**
 * A copy of any workshop to make one's own; built-in ones stay as they are. The copy keeps the
 * language it is written in, but is no longer the translation of another workshop: once edited,
 * it is the facilitator's own version, not a rendering of the original.
 */
/** "Title (copy)" in the workshop's own language, within the 120 characters a title may have. */
export const copyTitle = (title: string, lang: string | undefined): string =>
  m.common_copy_title({ title }, { locale: catalogLocale(lang) }).slice(0, 120);

export function duplicateWorkshop(w: Workshop, id: string): Workshop {
  const { translationOf: _dropped, ...copy } = structuredClone(w);
  return { ...copy, id, title: copyTitle(w.title, w.lang) };
}
