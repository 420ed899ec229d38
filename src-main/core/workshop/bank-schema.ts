import { z } from 'zod';
import { SECTION_SLUGS } from './sections';
import { scenarioCardSchema } from './activity-schema';
import { WORKSHOP_SCHEMA_VERSION } from './workshop-schema';
import { DEFAULT_LANGUAGE, languageTagSchema, primaryLanguage } from './language';

/** A bank of scenario cards for one section, which facilitators draw on when they build a workshop. */
export const scenarioBankSchema = z
  .strictObject({
    schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
    /** The language of the cards (BCP 47); a workshop draws only on banks in its own language. */
    lang: languageTagSchema.default(DEFAULT_LANGUAGE),
    section: z.enum(SECTION_SLUGS),
    title: z.string().trim().min(1).max(120),
    cards: z.array(scenarioCardSchema).min(1),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.cards.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: `duplicate card id "${c.id}"` });
      seen.add(c.id);
    });
  });

export type ScenarioBank = z.infer<typeof scenarioBankSchema>;

/** The banks a workshop in `lang` may draw cards from: those in the same language. */
export const banksInLanguage = (banks: readonly ScenarioBank[], lang: string): ScenarioBank[] =>
  banks.filter((b) => primaryLanguage(b.lang) === primaryLanguage(lang));
