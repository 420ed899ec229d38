/** The article's sections, by slug. Every activity names the one it draws on. */
export const SECTION_SLUGS = [
  'comparison',
  'understanding',
  'foundations',
  'development',
  'early-childhood',
  'adolescence',
  'culture',
  'relationships',
  'workplace',
  'strategies',
  'balance',
] as const;

export type SectionSlug = (typeof SECTION_SLUGS)[number];

export const SECTION_TITLES: Record<SectionSlug, string> = {
  comparison: 'The comparison table',
  understanding: 'Understanding autonomy and attachment',
  foundations: 'Foundations of autonomy',
  development: 'Attachment in human development',
  'early-childhood': 'Early childhood',
  adolescence: 'Adolescence',
  culture: 'Cultural perspectives',
  relationships: 'Close relationships',
  workplace: 'The workplace',
  strategies: 'Strategies',
  balance: 'Finding balance',
};
