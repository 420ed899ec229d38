import type { Workshop } from '../workshop/workshop-schema';
import { totalMinutes } from '../workshop/timing';
import type { Locale } from '../catalog/locale';
import { actionPlan, type ActionPlan } from './action-plan';
import { formatDateField, formatMinutes } from './format';
import { groundRulesOf, participantContentNote } from './ground-rules';
import type { HandoutOptions, HandoutPart } from './handout-options';
import { keyIdeasOf, type KeyIdeasContent } from './key-ideas';
import { supportContent, type SupportContent } from './support';
import { worksheetsOf, type Worksheet } from './worksheets';
import { wordsLocaleOf } from './words-locale';

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
  /** The language of the pack's fixed words (headings, labels): the workshop's, English when it has no catalog. */
  locale: Locale;
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
  const locale = wordsLocaleOf(workshop, options.wordsLocale);
  const all = worksheetsOf(workshop, locale);
  const ownPlan = all.some((s) => s.isActionPlan);
  const kept = all.filter((s) => (s.isActionPlan ? has('action-plan') : has('worksheets')));
  const worksheets = kept.map((s, i) => ({ ...s, number: i + 1 }));
  return {
    workshopTitle: workshop.title,
    locale,
    parts: options.parts,
    ...(has('cover')
      ? {
          cover: {
            title: workshop.title,
            summary: workshop.summary,
            audience: workshop.audience,
            duration: formatMinutes(totalMinutes(workshop.activities), locale),
            ...(options.date ? { date: formatDateField(options.date, workshop.lang) } : {}),
            ...(options.facilitatorName ? { facilitatorName: options.facilitatorName } : {}),
            groundRules: groundRulesOf(workshop, locale),
            contentNote: participantContentNote(workshop, locale),
          },
        }
      : {}),
    ...(has('key-ideas') ? { keyIdeas: keyIdeasOf(workshop, locale) } : {}),
    worksheets,
    ...(has('action-plan') && !ownPlan ? { actionPlan: actionPlan(locale) } : {}),
    support: supportContent(options.support, locale),
  };
}
