import { m, type Locale } from '../catalog/locale';

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

/** The sections' titles in a catalog language. */
export const sectionTitles = (locale: Locale = 'en'): Record<SectionSlug, string> => {
  const o = { locale };
  return {
    comparison: m.reference_section_comparison({}, o),
    understanding: m.reference_section_understanding({}, o),
    foundations: m.reference_section_foundations({}, o),
    development: m.reference_section_development({}, o),
    'early-childhood': m.reference_section_early_childhood({}, o),
    adolescence: m.reference_section_adolescence({}, o),
    culture: m.reference_section_culture({}, o),
    relationships: m.reference_section_relationships({}, o),
    workplace: m.reference_section_workplace({}, o),
    strategies: m.reference_section_strategies({}, o),
    balance: m.reference_section_balance({}, o),
  };
};

/** The titles in English, for code that has no language at hand. */
export const SECTION_TITLES: Record<SectionSlug, string> = sectionTitles('en');
