import { z } from 'zod';
import { SECTION_SLUGS } from './sections';
import { activitySchema, idSchema } from './activity-schema';
import { DEFAULT_LANGUAGE, languageTagSchema } from './language';

export const WORKSHOP_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const people = z.number().int('whole people').min(1).max(500);

/** How many people the workshop is made for, and what changes at either end. */
export const groupSizeSchema = z
  .strictObject({
    min: people,
    best: people,
    max: people,
    /** What to change with a small group (about 6). */
    small: text(600),
    /** What to change with a large group (about 30). */
    large: text(600),
  })
  .refine((g) => g.min <= g.best && g.best <= g.max, { message: 'use min ≤ best ≤ max', path: ['best'] });

export const workshopSchema = z
  .strictObject({
    schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
    id: idSchema,
    /** The language the workshop is written in (BCP 47); files from before languages are English. */
    lang: languageTagSchema.default(DEFAULT_LANGUAGE),
    /** The id of the workshop this one translates; checked against the library when it loads. */
    translationOf: idSchema.optional(),
    title: text(120),
    summary: text(1200),
    audience: text(200),
    /** Target length in minutes. */
    minutes: z.number().int().min(5).max(960),
    /** Planned start time of day, "HH:MM", for running start times on the agenda. */
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, e.g. 09:30')
      .optional(),
    sections: z.array(z.enum(SECTION_SLUGS)).min(1),
    /** Addressed to participants: what the workshop touches on, and that anyone may pass. */
    contentNotes: z.array(text(600)),
    /** What participants take away, for the facilitator guide's "at a glance". */
    goals: z.array(text(300)).min(1).max(8).optional(),
    groupSize: groupSizeSchema.optional(),
    /** How to arrange the room: chairs, tables, wall space, screen. */
    roomSetup: text(800).optional(),
    /** The teaching points participants keep: the pack's "Key ideas" page. */
    keyIdeas: z
      .array(z.strictObject({ title: text(120), text: text(600) }))
      .min(1)
      .max(8)
      .optional(),
    activities: z.array(activitySchema).min(1).max(60),
  })
  .superRefine((w, ctx) => {
    if (w.translationOf === w.id) ctx.addIssue({ code: 'custom', path: ['translationOf'], message: 'a workshop cannot translate itself' });
    const seen = new Set<string>();
    w.activities.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['activities', i, 'id'], message: `duplicate activity id "${a.id}"` });
      seen.add(a.id);
      if (!w.sections.includes(a.section)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'section'],
          message: `section "${a.section}" is not listed in the workshop's sections`,
        });
      }
    });
    for (const p of checkActivityReferences(w)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type Workshop = z.infer<typeof workshopSchema>;
export type GroupSize = z.infer<typeof groupSizeSchema>;

/** Cross-references inside activities that a plain object schema cannot see. */
export function checkActivityReferences(w: Pick<Workshop, 'activities'>): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  w.activities.forEach((a, i) => {
    if (a.kind === 'card-sort') {
      const ids = new Set(a.categories.map((c) => c.id));
      a.cards.forEach((c, j) => {
        if (c.category && !ids.has(c.category)) {
          problems.push({ path: ['activities', i, 'cards', j, 'category'], message: `no category "${c.category}" in this card sort` });
        }
      });
    }
    const list = 'cards' in a ? a.cards : 'statements' in a ? a.statements : 'options' in a ? a.options : [];
    const seen = new Set<string>();
    list.forEach((item, j) => {
      if (seen.has(item.id))
        problems.push({
          path: ['activities', i, 'statements' in a ? 'statements' : 'options' in a ? 'options' : 'cards', j, 'id'],
          message: `duplicate id "${item.id}"`,
        });
      seen.add(item.id);
    });
  });
  return problems;
}
