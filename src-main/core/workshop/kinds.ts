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

export const KIND_LABELS: Record<ActivityKind, string> = {
  teach: 'Teach',
  discussion: 'Discussion',
  scenario: 'Scenario cards',
  'card-sort': 'Card sort',
  spectrum: 'Spectrum line',
  poll: 'Poll',
  reflection: 'Reflection',
  'role-play': 'Role play',
  break: 'Break',
};

export const GROUPINGS = ['solo', 'pairs', 'small-groups', 'whole-group'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUPING_LABELS: Record<Grouping, string> = {
  solo: 'On your own',
  pairs: 'In pairs',
  'small-groups': 'In small groups',
  'whole-group': 'Whole group',
};
