import type { Workshop } from '../workshop/workshop-schema';
import { totalMinutes } from '../workshop/timing';
import { ACTION_PLAN, type ActionPlan } from './action-plan';
import { formatDateField, formatMinutes } from './format';
import { groundRulesOf, participantContentNote } from './ground-rules';
import type { HandoutOptions, HandoutPart } from './handout-options';
import { keyIdeasOf, type KeyIdeasContent } from './key-ideas';
import { supportContent, type SupportContent } from './support';
import { worksheetsOf, type Worksheet } from './worksheets';

export interface CoverContent {
  title: string;
  summary: string;
  audience: string;
  duration: string;
  /** Absent fields are printed as lines to fill in by hand. */
  date?: string;
  facilitatorName?: string;
  /** The workshop's own ground rules. */
  groundRules: string[];
  /** Addressed to participants: what the workshop touches on, and that they may pass. */
  contentNote: string;
}

/** Everything one copy of a participant pack contains, in print order. */
export interface HandoutPackContent {
  workshopTitle: string;
  parts: HandoutPart[];
  cover?: CoverContent;
  keyIdeas?: KeyIdeasContent;
  /** Agenda order; the workshop's own action plan, when it has one, is among them. */
  worksheets: Worksheet[];
  /** The general action plan, only for a workshop that has none of its own. */
  actionPlan?: ActionPlan;
  support: SupportContent;
}

/** The participant pack of a workshop (with any chosen scenario cards already applied). */
export function handoutPackContent(workshop: Workshop, options: HandoutOptions): HandoutPackContent {
  const has = (p: HandoutPart) => options.parts.includes(p);
  const all = worksheetsOf(workshop);
  const ownPlan = all.some((s) => s.isActionPlan);
  const kept = all.filter((s) => (s.isActionPlan ? has('action-plan') : has('worksheets')));
  const worksheets = kept.map((s, i) => ({ ...s, number: i + 1 }));
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
            ...(options.date ? { date: formatDateField(options.date) } : {}),
            ...(options.facilitatorName ? { facilitatorName: options.facilitatorName } : {}),
            groundRules: groundRulesOf(workshop),
            contentNote: participantContentNote(workshop),
          },
        }
      : {}),
    ...(has('key-ideas') ? { keyIdeas: keyIdeasOf(workshop) } : {}),
    worksheets,
    ...(has('action-plan') && !ownPlan ? { actionPlan: ACTION_PLAN } : {}),
    support: supportContent(options.support),
  };
}
