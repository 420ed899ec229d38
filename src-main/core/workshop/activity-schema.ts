import { z } from 'zod';
import { SECTION_SLUGS } from './sections';
import { GROUPINGS } from './kinds';

/** Ids appear in file names and URLs: lower-case letters, digits and dashes only. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and dashes (at most 80)');

const text = (max = 4000) => z.string().trim().min(1, 'must not be empty').max(max);
const minutes = z.number().int('whole minutes').min(0).max(480);

export const scriptSchema = z.strictObject({
  /** What the facilitator says to open the activity. */
  say: text(),
  /** The steps, each with its minutes; they add up to the activity's minutes. */
  steps: z.array(z.strictObject({ minutes, text: text() })).min(1),
  debrief: z.array(text(600)),
});

const common = {
  id: idSchema,
  title: text(120),
  minutes: minutes.min(1),
  section: z.enum(SECTION_SLUGS),
  goal: text(600),
  /** What participants are asked to do, in words they can follow. */
  instructions: text(),
  grouping: z.enum(GROUPINGS),
  materials: z.array(text(200)),
  /** Text printed on the activity's worksheet; absent when it has none. */
  handout: text().optional(),
  /** Shown before activities that invite personal history; addressed to participants. */
  contentNote: text(600).optional(),
  /** For the facilitator only (console, guide): what to watch for, how to handle a hard moment. */
  facilitatorNote: text(800).optional(),
  /** What to cut or shorten when the session runs late. */
  shortOfTime: text(400).optional(),
  script: scriptSchema,
};

/** Who a scenario card is about, so a facilitator can pick cards that fit the group. */
export const CARD_AGES = ['early-years', 'school-age', 'teen', 'young-adult', 'adult', 'older-adult'] as const;
/** Where a scenario card takes place. */
export const CARD_SETTINGS = ['home', 'school', 'work', 'community', 'online'] as const;

export const scenarioCardSchema = z.strictObject({
  id: idSchema,
  title: text(120),
  situation: text(1500),
  questions: z.array(text(400)).min(2).max(4),
  perspectives: z
    .array(z.strictObject({ label: text(80), text: text(800) }))
    .length(2)
    .optional(),
  /** For the facilitator only: how to handle the card when it may touch real harm. */
  facilitatorNote: text(600).optional(),
  age: z.enum(CARD_AGES).optional(),
  setting: z.enum(CARD_SETTINGS).optional(),
});

export const sortCardSchema = z.strictObject({
  id: idSchema,
  text: text(300),
  /** Answer key: the category this card belongs in, when there is one. */
  category: idSchema.optional(),
  explanation: text(600).optional(),
  /** For the facilitator only. */
  facilitatorNote: text(600).optional(),
});

const option = z.strictObject({ id: idSchema, label: text(160) });

export const activitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('teach'),
    /** Key points shown on the projector. */
    points: z.array(text(300)).min(1),
    showComparisonTable: z.boolean(),
  }),
  z.strictObject({ ...common, kind: z.literal('discussion'), prompt: text(400), questions: z.array(text(400)) }),
  z.strictObject({
    ...common,
    kind: z.literal('scenario'),
    cards: z.array(scenarioCardSchema).min(1),
    /** Responses a phone can choose for every card; absent, one per point of view and "Somewhere in between". */
    responses: z.array(option).min(2).max(6).optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('card-sort'),
    categories: z.array(option).min(2).max(6),
    cards: z.array(sortCardSchema).min(2),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('spectrum'),
    poles: z.strictObject({ left: text(80), right: text(80) }),
    statements: z.array(z.strictObject({ id: idSchema, text: text(300), facilitatorNote: text(600).optional() })).min(1),
  }),
  z.strictObject({ ...common, kind: z.literal('poll'), question: text(300), options: z.array(option).min(2).max(8) }),
  z.strictObject({ ...common, kind: z.literal('reflection'), prompts: z.array(text(400)).min(1) }),
  z.strictObject({
    ...common,
    kind: z.literal('role-play'),
    brief: text(1500),
    roles: z.array(z.strictObject({ name: text(80), brief: text(1000) })).min(2),
    observerQuestions: z.array(text(400)).min(1),
  }),
  z.strictObject({ ...common, kind: z.literal('break') }),
]);

export type Activity = z.infer<typeof activitySchema>;
export type ActivityOf<K extends Activity['kind']> = Extract<Activity, { kind: K }>;
export type ScenarioCard = z.infer<typeof scenarioCardSchema>;
export type SortCard = z.infer<typeof sortCardSchema>;
export type CardAge = (typeof CARD_AGES)[number];
export type CardSetting = (typeof CARD_SETTINGS)[number];
