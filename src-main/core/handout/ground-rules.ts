import type { Workshop } from '../workshop/workshop-schema';
import { textBlocks } from './text-blocks';

/** Used when a workshop opens without its own list of ground rules. */
export const GROUND_RULES: readonly string[] = [
  'What is shared here stays here.',
  'You may pass on any question or activity, no reason needed.',
  'We listen to understand, not to fix.',
];

/** The workshop's own ground rules: the list in its ground-rules activity, as written for the group. */
export function groundRulesOf(workshop: Pick<Workshop, 'activities'>): string[] {
  const opening = workshop.activities.find((a) => a.id === 'ground-rules' || /ground rules/i.test(a.title));
  if (!opening) return [...GROUND_RULES];
  for (const source of [opening.instructions, opening.handout ?? '']) {
    const list = textBlocks(source).find((b) => b.kind === 'list' && b.items.length >= 2);
    if (list?.kind === 'list') return list.items;
  }
  return [...GROUND_RULES];
}

/**
 * A content note addressed to participants. Template notes are written for the facilitator
 * ("...; offer the right to pass"): keep what the workshop touches on and speak to the reader.
 */
export function participantContentNote(workshop: Pick<Workshop, 'contentNotes'>): string {
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
      return /^(touches|invites) /i.test(n) ? `This workshop ${lowered}.` : `${n}.`;
    });
  return [
    ...topics,
    'You decide what you share. You can pass on any question or activity, at any time, without saying why, ' +
      'and step out for a moment if you need to.',
  ].join(' ');
}
