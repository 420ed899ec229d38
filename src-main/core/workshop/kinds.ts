import { m, type Locale } from '../catalog/locale';

export const ACTIVITY_KINDS = [
  'teach',
  'discussion',
  'scenario',
  'card-sort',
  'spectrum',
  'poll',
  'reflection',
  'role-play',
  'break',
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What each kind of activity is called, in a catalog language. */
export const kindLabels = (locale: Locale = 'en'): Record<ActivityKind, string> => {
  const o = { locale };
  return {
    teach: m.reference_kind_teach({}, o),
    discussion: m.reference_kind_discussion({}, o),
    scenario: m.reference_kind_scenario({}, o),
    'card-sort': m.reference_kind_card_sort({}, o),
    spectrum: m.reference_kind_spectrum({}, o),
    poll: m.reference_kind_poll({}, o),
    reflection: m.reference_kind_reflection({}, o),
    'role-play': m.reference_kind_role_play({}, o),
    break: m.reference_kind_break({}, o),
  };
};

/** The labels in English, for code that has no language at hand. */
export const KIND_LABELS: Record<ActivityKind, string> = kindLabels('en');

export const GROUPINGS = ['solo', 'pairs', 'small-groups', 'whole-group'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** How people work in an activity, in a catalog language. */
export const groupingLabels = (locale: Locale = 'en'): Record<Grouping, string> => {
  const o = { locale };
  return {
    solo: m.reference_grouping_solo({}, o),
    pairs: m.reference_grouping_pairs({}, o),
    'small-groups': m.reference_grouping_small_groups({}, o),
    'whole-group': m.reference_grouping_whole_group({}, o),
  };
};

/** The labels in English, for code that has no language at hand. */
export const GROUPING_LABELS: Record<Grouping, string> = groupingLabels('en');
