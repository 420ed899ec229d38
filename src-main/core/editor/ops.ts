import { z } from 'zod';
import { idSchema } from '../workshop/activity-schema';

/** A step into the workshop: a field name or a list index. Field names are plain words, so no `__proto__`. */
const segment = z.union([z.string().regex(/^[a-zA-Z]{1,40}$/), z.number().int().min(0).max(999)]);
export const fieldPathSchema = z.array(segment).min(1).max(8);
export type FieldPath = z.infer<typeof fieldPathSchema>;

const index = z.number().int().min(0).max(999);

/**
 * One change to a workshop, as the editor sends it. Values are plain text, numbers or switches;
 * whole activities and cards are named by reference and copied from the library by the host.
 */
export const editOpSchema = z.discriminatedUnion('type', [
  /** Set a text, number or switch; null removes an optional field (start time, content note). */
  z.strictObject({
    type: z.literal('set'),
    path: fieldPathSchema,
    value: z.union([z.string().max(5000), z.number().min(-100000).max(100000), z.boolean(), z.null()]),
  }),
  /** Add a blank item to a list (a question, a step, a card, an option) at `index` or at the end. */
  z.strictObject({ type: z.literal('add-item'), path: fieldPathSchema, index: index.optional() }),
  z.strictObject({ type: z.literal('remove-item'), path: fieldPathSchema, index }),
  /** Copy an activity from a workshop in the library into the agenda. */
  z.strictObject({ type: z.literal('add-activity'), workshopId: idSchema, activityId: idSchema, at: index.optional() }),
  z.strictObject({ type: z.literal('move-activity'), from: index, to: index }),
  z.strictObject({ type: z.literal('remove-activity'), index }),
  z.strictObject({ type: z.literal('duplicate-activity'), index }),
  /** Copy a scenario card from a bank into a scenario activity. */
  z.strictObject({ type: z.literal('add-bank-card'), activityIndex: index, bankId: idSchema, cardId: idSchema }),
]);

export type EditOp = z.infer<typeof editOpSchema>;
