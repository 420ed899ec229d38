import { z } from 'zod';
import { SCREEN_MODES, SPECTRUM_POSITIONS } from '../session/session-schema';
import { idSchema } from '../workshop/activity-schema';

/**
 * What a view may ask the live session to do. Views send intents, never their own copy of the
 * state; the hub applies them in order and pushes the result to every view.
 */
const move = [
  /** Next step, or the next activity after the last step (clicker: PageDown, Right, Space). */
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('previous') }),
] as const;

const timer = z.strictObject({
  type: z.literal('timer'),
  action: z.enum(['start', 'pause', 'toggle', 'reset', 'add-minute', 'remove-minute']),
});

const screen = z.strictObject({
  type: z.literal('screen'),
  mode: z.enum(SCREEN_MODES),
  /** Pressing B on a black screen brings the picture back. */
  toggle: z.boolean().optional(),
});

const reveal = z.strictObject({ type: z.literal('reveal') });

const count = z.number().int().min(-1000).max(1000);

export const liveIntentSchema = z.discriminatedUnion('type', [
  ...move,
  /** Whole activities, for the console's Previous/Next buttons and the agenda. */
  z.strictObject({ type: z.literal('next-activity') }),
  z.strictObject({ type: z.literal('previous-activity') }),
  z.strictObject({
    type: z.literal('goto'),
    activityIndex: z.number().int().min(0).max(1000),
    step: z.number().int().min(0).max(1000).optional(),
  }),
  timer,
  screen,
  z.strictObject({ type: z.literal('poll-add'), activityId: idSchema, optionId: idSchema, by: count }),
  z.strictObject({ type: z.literal('poll-set'), activityId: idSchema, optionId: idSchema, count: z.number().int().min(0).max(10000) }),
  z.strictObject({
    type: z.literal('spectrum-add'),
    activityId: idSchema,
    statementId: idSchema,
    position: z
      .number()
      .int()
      .min(0)
      .max(SPECTRUM_POSITIONS - 1),
    by: count,
  }),
  /** Where the group put a card; null takes it back off the board. */
  z.strictObject({ type: z.literal('sort-place'), activityId: idSchema, cardId: idSchema, categoryId: idSchema.nullable() }),
  /** Phones' votes: how the room sorted a card (card sort), which response it chose for a card (scenario). */
  z.strictObject({ type: z.literal('vote-add'), activityId: idSchema, itemId: idSchema, optionId: idSchema, by: count }),
  /** How many phones answered a question (a statement or card when itemId is given), for the privacy gate. */
  z.strictObject({
    type: z.literal('phones-answered'),
    activityId: idSchema,
    itemId: idSchema.optional(),
    count: z.number().int().min(0).max(10000),
  }),
  /** "Hide results until I reveal" for the question on screen. */
  z.strictObject({ type: z.literal('hold-results'), hold: z.boolean() }),
  /** Shows the held results of the question on screen (key R). */
  reveal,
  /** Shows or hides the card sort's answer key on the projector. */
  z.strictObject({ type: z.literal('answer-key'), show: z.boolean() }),
  z.strictObject({ type: z.literal('theme'), theme: z.enum(['dark', 'light']) }),
  z.strictObject({ type: z.literal('chime'), on: z.boolean() }),
  /** Marks the session as run; it drops off the "Resume session" list. */
  z.strictObject({ type: z.literal('finish') }),
]);
export type LiveIntent = z.infer<typeof liveIntentSchema>;

/**
 * The projector window has the clicker keys, and R to reveal what the facilitator held back, but no
 * say over results, settings or the session's end.
 */
export const projectorIntentSchema = z.discriminatedUnion('type', [...move, timer, screen, reveal]);
export type ProjectorIntent = z.infer<typeof projectorIntentSchema>;
