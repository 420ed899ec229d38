import type { Slide } from '../../../../src-main/contract';
import { m, type Locale } from '../../lib/i18n.svelte';

type Speak = { locale: Locale };

/** What kind of activity a slide is, in the projector's language. */
export function kindWord(kind: Slide['kind'], speak: Speak): string {
  switch (kind) {
    case 'teach':
      return m.stage_kind_teach({}, speak);
    case 'discussion':
      return m.stage_kind_discussion({}, speak);
    case 'scenario':
      return m.stage_kind_scenario({}, speak);
    case 'card-sort':
      return m.stage_kind_card_sort({}, speak);
    case 'spectrum':
      return m.stage_kind_spectrum({}, speak);
    case 'poll':
      return m.stage_kind_poll({}, speak);
    case 'reflection':
      return m.stage_kind_reflection({}, speak);
    case 'role-play':
      return m.stage_kind_role_play({}, speak);
    case 'break':
      return m.stage_kind_break({}, speak);
    case 'missing':
      return '';
  }
}

/** How the room works on a slide (pairs, small groups…), in the projector's language. */
export function groupingWord(slide: Pick<Slide, 'grouping' | 'groupingId'>, speak: Speak): string {
  switch (slide.groupingId) {
    case 'solo':
      return m.stage_grouping_solo({}, speak);
    case 'pairs':
      return m.stage_grouping_pairs({}, speak);
    case 'small-groups':
      return m.stage_grouping_small_groups({}, speak);
    case 'whole-group':
      return m.stage_grouping_whole_group({}, speak);
    default:
      return slide.grouping;
  }
}

/** The time of day a countdown ends ("14:35"), in the projector's language, with the digits the timer uses. */
export function clockTimeFor(ms: number, speak: Speak, now = Date.now()): string {
  const format = new Intl.DateTimeFormat(speak.locale, { hour: '2-digit', minute: '2-digit', numberingSystem: 'latn' });
  return format.format(new Date(now + Math.max(0, ms)));
}

/** Why a result is held back, saying how many answered and never how many did not ("x of y" points at who did not). */
export function heldLine(gate: NonNullable<Slide['gate']>, speak: Speak): string {
  return gate.waitingFor === 'group'
    ? m.stage_held_group({ count: gate.answered, k: gate.k }, speak)
    : m.stage_held_reveal({ count: gate.answered }, speak);
}
