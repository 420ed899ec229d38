import { z } from 'zod';

export const liveIntentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('previous') }),
  z.strictObject({ type: z.literal('goto'), activityIndex: z.number().int().min(0).max(1000) }),
]);
