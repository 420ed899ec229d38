import type { Workshop } from '../workshop/workshop-schema';
import { COMPARISON_TABLE, type ComparisonRow } from '../workshop/comparison-table';

export interface KeyIdea {
  title: string;
  text?: string;
  points: string[];
}

export interface ComparisonContent {
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

export const COMPARISON_CONTENT: Omit<ComparisonContent, 'rows'> = {
  title: 'Autonomy and attachment at a glance',
  intro:
    'Both are healthy human needs. Autonomy is about steering your own life; attachment is about the bonds ' +
    'that make you feel safe. Most of us move between the two many times a day.',
  columns: { aspect: 'Aspect', autonomy: 'Autonomy', attachment: 'Attachment' },
};

export const usesComparisonTable = (w: Pick<Workshop, 'activities'>): boolean =>
  w.activities.some((a) => a.kind === 'teach' && a.showComparisonTable);

/**
 * The teaching points participants keep: the workshop's own `keyIdeas` when it has them, else
 * what its teaching activities put on the projector, under each activity's title.
 */
export function keyIdeasOf(workshop: Pick<Workshop, 'activities' | 'keyIdeas'>): KeyIdeasContent {
  const ideas: KeyIdea[] = workshop.keyIdeas
    ? workshop.keyIdeas.map((k) => ({ title: k.title, text: k.text, points: [] }))
    : // A teaching activity built on the comparison table is the table itself, printed below.
      workshop.activities.flatMap((a) => (a.kind === 'teach' && !a.showComparisonTable ? [{ title: a.title, points: a.points }] : []));
  return {
    title: 'Key ideas',
    ideas,
    ...(usesComparisonTable(workshop) ? { comparison: { ...COMPARISON_CONTENT, rows: COMPARISON_TABLE } } : {}),
  };
}
