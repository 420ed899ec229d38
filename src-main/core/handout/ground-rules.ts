import { m, type Locale } from '../catalog/locale';
import type { Workshop } from '../workshop/workshop-schema';
import { textBlocks } from './text-blocks';

/** Used when a workshop opens without its own list of ground rules. */
export const defaultGroundRules = (locale: Locale = 'en'): string[] => [
  m.handouts_ground_rule_stays_here({}, { locale }),
  m.handouts_ground_rule_pass({}, { locale }),
  m.handouts_ground_rule_listen({}, { locale }),
];

/** The workshop's own ground rules: the list in its ground-rules activity, as written for the group. */
export function groundRulesOf(workshop: Pick<Workshop, 'activities'>, locale: Locale = 'en'): string[] {
  const opening = workshop.activities.find((a) => a.id === 'ground-rules' || /ground rules/i.test(a.title));
  if (!opening) return defaultGroundRules(locale);
  for (const source of [opening.instructions, opening.handout ?? '']) {
    const list = textBlocks(source).find((b) => b.kind === 'list' && b.items.length >= 2);
    if (list?.kind === 'list') return list.items;
  }
  return defaultGroundRules(locale);
}

/**
 * A content note addressed to participants. Template notes are written for the facilitator
 * ("...; offer the right to pass"): keep what the workshop touches on and speak to the reader.
 */
export function participantContentNote(workshop: Pick<Workshop, 'contentNotes'>, locale: Locale = 'en'): string {
  const topics = workshop.contentNotes
    .map((n) =>
      n
        .split(/;\s*/)
        .filter((part) => !/\b(offer|remind|tell|ask) (the |them|participants|people)|\boffer the right\b|\bagree to\b/i.test(part))
        .join('; ')
        .replace(/[.;\s]+$/, '')
        .replace(/^(Participants|Colleagues|People) (may|will|talk)\b/, (_, _who: string, verb: string) =>
          verb === 'talk' ? 'You will talk' : `You ${verb}`,
        )
        .replace(/\btheir own\b/g, 'your own'),
    )
    .filter((n) => n !== '')
    .map((n) => {
      const lowered = n.charAt(0).toLowerCase() + n.slice(1);
      return /^(touches|invites) /i.test(n) ? m.handouts_content_note_topic({ topic: lowered }, { locale }) : `${n}.`;
    });
  return [...topics, m.handouts_content_note_you_decide({}, { locale })].join(' ');
}
