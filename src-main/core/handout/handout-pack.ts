import type { Workshop } from '../workshop/workshop-schema';
import { COMPARISON_TABLE, type ComparisonRow } from '../workshop/comparison-table';
import { SECTION_TITLES } from '../workshop/sections';
import { totalMinutes } from '../workshop/timing';
import { ACTION_PLAN, GROUND_RULES, type ActionPlan } from './action-plan';
import { formatDateField, formatMinutes } from './format';
import { HANDOUT_PART_LABELS, type HandoutOptions, type HandoutPart } from './handout-options';
import { worksheetsOf, type Worksheet } from './worksheets';

export interface CoverContent {
  title: string;
  summary: string;
  audience: string;
  duration: string;
  /** The article's sections the workshop draws on. */
  topics: string[];
  /** Absent fields are printed as lines to fill in by hand. */
  date?: string;
  facilitatorName?: string;
  contents: string[];
  groundRules: readonly string[];
  contentNotes: string[];
}

export interface ComparisonContent {
  title: string;
  intro: string;
  columns: { aspect: string; autonomy: string; attachment: string };
  rows: readonly ComparisonRow[];
  prompt: string;
}

/** Everything one copy of a handout pack contains, in print order. */
export interface HandoutPackContent {
  workshopTitle: string;
  parts: HandoutPart[];
  cover?: CoverContent;
  comparison?: ComparisonContent;
  worksheets: Worksheet[];
  actionPlan?: ActionPlan;
}

export const COMPARISON_CONTENT: Omit<ComparisonContent, 'rows'> = {
  title: 'Autonomy and attachment at a glance',
  intro:
    'Both are healthy human needs. Autonomy is about steering your own life; attachment is about the bonds ' +
    'that make you feel safe. Most of us move between the two many times a day.',
  columns: { aspect: 'Aspect', autonomy: 'Autonomy', attachment: 'Attachment' },
  prompt: 'Where do you notice each of them in your own week?',
};

export function handoutPackContent(workshop: Workshop, options: HandoutOptions): HandoutPackContent {
  const has = (p: HandoutPart) => options.parts.includes(p);
  const worksheets = has('worksheets') ? worksheetsOf(workshop) : [];
  const contents = options.parts
    .filter((p) => p !== 'cover' && (p !== 'worksheets' || worksheets.length > 0))
    .flatMap((p) => (p === 'worksheets' ? worksheets.map((w) => `Worksheet ${w.number}: ${w.title}`) : [HANDOUT_PART_LABELS[p]]));

  return {
    workshopTitle: workshop.title,
    parts: options.parts,
    ...(has('cover')
      ? {
          cover: {
            title: workshop.title,
            summary: workshop.summary,
            audience: workshop.audience,
            duration: formatMinutes(totalMinutes(workshop.activities)),
            topics: workshop.sections.map((s) => SECTION_TITLES[s]),
            ...(options.date ? { date: formatDateField(options.date) } : {}),
            ...(options.facilitatorName ? { facilitatorName: options.facilitatorName } : {}),
            contents,
            groundRules: GROUND_RULES,
            contentNotes: workshop.contentNotes,
          },
        }
      : {}),
    ...(has('comparison') ? { comparison: { ...COMPARISON_CONTENT, rows: COMPARISON_TABLE } } : {}),
    worksheets,
    ...(has('action-plan') ? { actionPlan: ACTION_PLAN } : {}),
  };
}
