import { m, type Locale } from '../catalog/locale';
import type { Workshop } from '../workshop/workshop-schema';
import { comparisonTableFor, type ComparisonRow } from '../workshop/comparison-table';

export interface KeyIdea {
  title: string;
  text?: string;
  points: string[];
}

export interface ComparisonContent {
  /** The table's language, which sets the side its columns start from. */
  lang: string;
  title: string;
  intro: string;
  columns: { aspect: string; autonomy: string; attachment: string };
  rows: readonly ComparisonRow[];
}

export interface KeyIdeasContent {
  title: string;
  ideas: KeyIdea[];
  /** Only for a workshop that teaches with the comparison table. */
  comparison?: ComparisonContent;
}

export const usesComparisonTable = (w: Pick<Workshop, 'activities'>): boolean =>
  w.activities.some((a) => a.kind === 'teach' && a.showComparisonTable);

/**
 * The teaching points participants keep: the workshop's own `keyIdeas` when it has them, else
 * what its teaching activities put on the projector, under each activity's title.
 */
export function keyIdeasOf(workshop: Pick<Workshop, 'activities' | 'keyIdeas' | 'lang'>, locale: Locale = 'en'): KeyIdeasContent {
  const ideas: KeyIdea[] = workshop.keyIdeas
    ? workshop.keyIdeas.map((k) => ({ title: k.title, text: k.text, points: [] }))
    : // A teaching activity built on the comparison table is the table itself, printed below.
      workshop.activities.flatMap((a) => (a.kind === 'teach' && !a.showComparisonTable ? [{ title: a.title, points: a.points }] : []));
  return {
    title: m.handouts_key_ideas({}, { locale }),
    ideas,
    ...(usesComparisonTable(workshop) ? { comparison: comparisonContentOf(workshop.lang) } : {}),
  };
}

/** The comparison table as a handout prints it, in the workshop's language. */
function comparisonContentOf(lang: string): ComparisonContent {
  const { lang: tableLang, title, intro, columns, rows } = comparisonTableFor(lang);
  return { lang: tableLang, title, intro, columns, rows };
}
